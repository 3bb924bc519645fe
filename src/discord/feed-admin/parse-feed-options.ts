/** Validation of /feed options: each failure names the string key of its message. */
import { z } from 'zod';
import type { FeedStringKey } from './strings.js';

export const MAX_FEED_URL_LENGTH = 2_048;
export const MAX_BACKFILL = 10;

const feedUrlSchema = z
	.string({ error: 'urlEmpty' })
	.trim()
	.min(1, { error: 'urlEmpty' })
	.max(MAX_FEED_URL_LENGTH, { error: 'urlTooLong' })
	.refine((value) => URL.canParse(value) || URL.canParse(`https://${value}`), { error: 'urlInvalid', abort: true })
	.transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
	.refine(isHttpUrl, { error: 'urlScheme' })
	.refine((value) => hasHost(value), { error: 'urlInvalid' });

const backfillSchema = z
	.number({ error: 'backfillRange' })
	.int({ error: 'backfillRange' })
	.min(0, { error: 'backfillRange' })
	.max(MAX_BACKFILL, { error: 'backfillRange' });

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: FeedStringKey };

/** A trimmed http(s) URL; a bare "example.com/feed" is read as https. */
export function parseFeedUrl(input: string | null | undefined): ParseResult<string> {
	return toResult(feedUrlSchema.safeParse(input ?? ''));
}

export function parseBackfill(input: number | null | undefined): ParseResult<number | undefined> {
	if (input === null || input === undefined) return { ok: true, value: undefined };
	return toResult(backfillSchema.safeParse(input));
}

function toResult<T>(result: z.ZodSafeParseResult<T>): ParseResult<T> {
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, error: (result.error.issues[0]?.message ?? 'urlInvalid') as FeedStringKey };
}

function isHttpUrl(value: string): boolean {
	const protocol = URL.canParse(value) ? new URL(value).protocol : '';
	return protocol === 'http:' || protocol === 'https:';
}

function hasHost(value: string): boolean {
	const host = new URL(value).hostname;
	// "https://hello" parses, but a feed needs a dotted name, an IP literal or localhost.
	return host.includes('.') || host.startsWith('[') || host === 'localhost';
}
