/**
 * The normalised feed as the CLI and the conformance script print it: the shape that
 * ../shared/datasets/feeds/score.py reads (`feed` and `items` with title, link, id, description and ISO dates).
 */
import { parseFeed } from './parse-feed.js';
import { decodeBody } from './decode-body.js';
import type { FeedItem, ParsedFeed } from './types.js';

export interface FeedRecordEntry {
	title: string;
	link: string | null;
	id: string | null;
	description: string;
	updated: string | null;
	published: string | null;
}

export type FeedRecordOutput =
	| { error: null; format: ParsedFeed['format']; recovered: boolean; feed: FeedRecordEntry; items: FeedRecordEntry[] }
	| { error: string };

/** Decodes the bytes of a feed file (charset from BOM or XML declaration) and parses it, keeping every item. */
export function parseFeedBytes(bytes: Uint8Array, contentType?: string | null): FeedRecordOutput {
	const result = parseFeed(decodeBody(bytes, contentType), { dedupe: false });
	if (result.status === 'error') return { error: result.error };
	const { feed } = result;
	return {
		error: null,
		format: feed.format,
		recovered: feed.recovered,
		feed: {
			title: feed.title,
			link: feed.link,
			id: feed.id ?? null,
			description: feed.description,
			updated: feed.updated,
			published: feed.published ?? null,
		},
		items: feed.items.map(toEntry),
	};
}

function toEntry(item: FeedItem): FeedRecordEntry {
	return {
		title: item.title,
		link: item.link,
		id: item.id,
		description: item.description,
		updated: item.updated,
		published: item.published,
	};
}
