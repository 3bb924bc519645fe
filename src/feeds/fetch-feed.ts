/**
 * One feed poll's I/O in a call: conditional fetch, then parse unless the body is unchanged.
 * The pipeline stores the validators of an `ok` or `not-modified` result and schedules from a `failed` one.
 */
import type { FetchResult, FetchStatus, FetchUrl } from './fetch-types.js';
import { parseFeed } from './parse-feed.js';
import type { ParsedFeed } from './types.js';

export interface FeedValidators {
	etag?: string | null;
	lastModified?: string | null;
	bodyHash?: string | null;
}

interface Validators {
	finalUrl: string;
	etag: string | null;
	lastModified: string | null;
	bodyHash: string | null;
}

export type FetchFeedResult =
	| (Validators & { status: 'ok'; feed: ParsedFeed; bodyHash: string })
	| (Validators & { status: 'not-modified' })
	| {
			status: 'failed';
			reason: Exclude<FetchStatus, 'ok' | 'not-modified'> | 'parse-error';
			error: string;
			finalUrl: string;
			httpStatus?: number;
			retryAfterMs?: number;
			/** Failures retrying cannot fix (410 Gone, a refused address): the feed can be disabled at once. */
			permanent: boolean;
	  };

export async function fetchFeed(fetchUrl: FetchUrl, url: string, previous: FeedValidators = {}): Promise<FetchFeedResult> {
	const result = await fetchUrl(url, {
		etag: previous.etag ?? null,
		lastModified: previous.lastModified ?? null,
		previousBodyHash: previous.bodyHash ?? null,
	});
	if (result.status === 'not-modified') {
		return {
			status: 'not-modified',
			finalUrl: result.finalUrl,
			etag: result.etag,
			lastModified: result.lastModified,
			bodyHash: result.bodyHash ?? previous.bodyHash ?? null,
		};
	}
	if (result.status !== 'ok') return toFailure(result);
	const parsed = parseFeed(result.body, { baseUrl: result.finalUrl });
	if (parsed.status === 'error') {
		return { status: 'failed', reason: 'parse-error', error: parsed.error, finalUrl: result.finalUrl, permanent: false };
	}
	return {
		status: 'ok',
		feed: parsed.feed,
		finalUrl: result.finalUrl,
		etag: result.etag,
		lastModified: result.lastModified,
		bodyHash: result.bodyHash,
	};
}

function toFailure(result: Exclude<FetchResult, { status: 'ok' | 'not-modified' }>): FetchFeedResult {
	const base = { status: 'failed' as const, reason: result.status, error: result.error, finalUrl: result.finalUrl };
	if (result.status === 'http-error') {
		return {
			...base,
			httpStatus: result.httpStatus,
			...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
			permanent: result.httpStatus === 410,
		};
	}
	return { ...base, permanent: result.status === 'blocked' };
}
