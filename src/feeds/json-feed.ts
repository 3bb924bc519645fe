/**
 * JSON Feed 1.0 and 1.1 through a zod schema. Fields are lenient (`catch`): one malformed item field is dropped,
 * never the feed.
 * @see https://www.jsonfeed.org/version/1.1/
 */
import { z } from 'zod';
import { parseFeedDate } from './feed-dates.js';
import { httpIcon } from './feed-icon.js';
import { resolveLink } from './map-xml-feed.js';
import type { RawFeed, RawItem } from './raw-feed.js';

const text = z.string().nullish().catch(null);
const identifier = z
	.union([z.string(), z.number()])
	.transform((v) => String(v))
	.nullish()
	.catch(null);
const authorSchema = z.object({ name: text }).loose().nullish().catch(null);

const itemSchema = z
	.object({
		id: identifier,
		url: text,
		external_url: text,
		title: text,
		content_html: text,
		content_text: text,
		summary: text,
		date_published: text,
		date_modified: text,
		author: authorSchema,
		authors: z.array(authorSchema).nullish().catch(null),
	})
	.loose();

const feedSchema = z
	.object({
		version: z.string().regex(/jsonfeed\.org\/version\/1/),
		title: text,
		home_page_url: text,
		feed_url: text,
		description: text,
		icon: text,
		favicon: text,
		items: z.array(z.unknown()).catch([]),
	})
	.loose();

export type JsonFeedResult = { status: 'ok'; feed: RawFeed } | { status: 'error'; error: string };

export function looksLikeJson(text: string): boolean {
	return /^\s*[{[]/.test(text);
}

export function parseJsonFeed(source: string, baseUrl?: string): JsonFeedResult {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		return { status: 'error', error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
	}
	const parsed = feedSchema.safeParse(data);
	if (!parsed.success) return { status: 'error', error: 'not a JSON Feed (missing or unknown "version")' };
	const feed = parsed.data;
	const link = resolveLink(feed.home_page_url ?? null, baseUrl);
	const items: RawItem[] = [];
	for (const raw of feed.items) {
		const item = itemSchema.safeParse(raw);
		if (item.success) items.push(mapItem(item.data, link ?? baseUrl));
	}
	return {
		status: 'ok',
		feed: {
			format: 'json',
			title: feed.title ?? '',
			link,
			id: feed.feed_url ?? null,
			description: feed.description ?? '',
			updated: null,
			published: null,
			items,
			icon: httpIcon(feed.icon ?? null, link ?? baseUrl) ?? httpIcon(feed.favicon ?? null, link ?? baseUrl),
		},
	};
}

function mapItem(item: z.infer<typeof itemSchema>, base: string | null | undefined): RawItem {
	const authorName = item.authors?.find((a) => a?.name)?.name ?? item.author?.name ?? null;
	const content = item.content_html ?? item.content_text ?? null;
	return {
		id: item.id ?? null,
		title: item.title ?? '',
		link: resolveLink(item.url ?? item.external_url ?? null, base),
		description: item.summary ?? content ?? '',
		content,
		author: authorName,
		published: parseFeedDate(item.date_published),
		updated: parseFeedDate(item.date_modified),
	};
}
