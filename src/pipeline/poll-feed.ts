/**
 * One feed, one poll: fetch (conditional), parse, find the items not seen yet, build and store their briefs
 * (ingest-feed-items.ts: one transaction for the feed's items, marked seen only once stored).
 */
import { nextPollAfterFailure, nextPollAfterSuccess, shouldDisable } from '../feeds/backoff.js';
import type { FeedItem } from '../feeds/types.js';
import { describeError } from '../shared/errors.js';
import { fetchFailureCode } from '../shared/failure-codes.js';
import { codedError, disabledAfterReason, refusedReason } from '../shared/stored-failure.js';
import type { FeedRecord } from '../store/types.js';
import { articleWorkOf } from './article-work-of.js';
import { prepareItem, seenOf, storeItems, type ItemResult, type ReadyItem } from './ingest-feed-items.js';
import type { PipelineDeps } from './ports.js';
import { failureDetail, recordItemProblems, type ItemProblemInput } from './item-problems.js';
import { feedInterval } from './select-targets.js';
import { JobFailedError } from './workers/worker-pool.js';

export type PollOutcome =
	| { status: 'unchanged' }
	| { status: 'ok'; newItems: number; stored: number; duplicates: number }
	| { status: 'failed'; error: string; disabled: boolean };

/** Longest last-error text kept on the feed; the whole chain goes to the log. */
const MAX_ERROR_CHARS = 300;
/** Items stored per transaction at most: one commit per feed is far cheaper than one per item (ADR 002). */
const MAX_ITEMS_PER_INGEST = 50;

/**
 * Polls one feed. Whatever throws (a parse, a store write such as a full disk, an item stage) counts as a failed
 * poll: failures, backoff, next poll and last error are recorded, so a failing feed is never re-fetched every tick.
 */
export async function pollFeed(feed: FeedRecord, deps: PipelineDeps): Promise<PollOutcome> {
	try {
		return await pollFeedOnce(feed, deps);
	} catch (error) {
		deps.logger.error({ feed: feed.url, err: describeError(error) }, 'feed poll threw');
		const name = error instanceof Error ? error.name : 'Error';
		const message = error instanceof Error ? error.message : String(error);
		const reason = codedError('internal', `the poll failed (${name}: ${message})`).slice(0, MAX_ERROR_CHARS);
		try {
			return await fail(feed, deps, reason, undefined, false);
		} catch (recordError) {
			// The store itself is failing: nothing more can be recorded; the cycle goes on with the other feeds.
			deps.logger.error({ feed: feed.url, err: describeError(recordError) }, 'recording the failed poll failed');
			return { status: 'failed', error: reason, disabled: false };
		}
	}
}

async function pollFeedOnce(feed: FeedRecord, deps: PipelineDeps): Promise<PollOutcome> {
	const { store, logger } = deps;
	const polledAt = deps.now();
	const fetched = await deps.fetchUrl(feed.url, {
		kind: 'feed',
		etag: feed.etag,
		lastModified: feed.lastModified,
		previousBodyHash: feed.bodyHash,
	});
	if (fetched.status === 'not-modified') {
		await store.feeds.recordNotModified(feed.id, nextPollAfterSuccess(feed.id, feedInterval(feed, deps.intervalMs, deps.minIntervalMs), polledAt, fetched.retryAfterMs), polledAt);
		return { status: 'unchanged' };
	}
	if (fetched.status === 'error') {
		return fail(feed, deps, codedError(fetchFailureCode(fetched.kind, fetched.message), fetched.message), fetched.retryAfterMs, fetched.permanent ?? false);
	}
	let parsed;
	try {
		parsed = await articleWorkOf(deps).run({ kind: 'parse-feed', body: fetched.body, baseUrl: fetched.finalUrl });
	} catch (error) {
		if (!(error instanceof JobFailedError)) throw error;
		return fail(feed, deps, codedError('not-a-feed', `not a readable feed: ${error.reason} (${error.message})`), undefined, false);
	}
	if (parsed.status === 'error') {
		return fail(feed, deps, codedError('not-a-feed', `not a readable feed: ${parsed.error}`), undefined, false);
	}
	const items = uniqueByKey(parsed.feed.items);
	const toProcess = await selectItems(feed, items, deps);
	let stored = 0;
	let duplicates = 0;
	let failedItems = 0;
	const count = (result: ItemResult | null): void => {
		if (result === null) failedItems++;
		if (result === 'stored') stored++;
		if (result === 'duplicate') duplicates++;
	};
	// The feed's title names the source of pages that do not name themselves (rather than their host).
	const titled = { ...feed, title: parsed.feed.title || feed.title };
	const failures: Array<Omit<ItemProblemInput, 'retryAt'>> = [];
	let ready: ReadyItem[] = [];
	const flush = async (): Promise<void> => {
		const batch = ready;
		ready = [];
		const results = await storeItems(titled, batch, deps);
		results.forEach((result, i) => {
			count(result);
			const linkKey = batch[i]?.item.linkKey;
			if (result === null && linkKey) failures.push({ linkKey, outcome: 'failed', detail: 'store-failed: the brief could not be stored' });
		});
	};
	for (const item of toProcess) {
		deps.onNewItem?.({ feedUrl: feed.url, title: item.title, link: item.link });
		try {
			const prepared = await prepareItem(titled, item, deps);
			if (typeof prepared === 'string') count(prepared);
			else ready.push(prepared);
		} catch (error) {
			// The item stays unseen and is retried next poll; the other items go on.
			failedItems++;
			if (item.linkKey) failures.push({ linkKey: item.linkKey, outcome: 'failed', detail: failureDetail(error) });
			logger.error({ feed: feed.url, item: item.link ?? item.key, err: describeError(error) }, 'item processing failed');
		}
		// A feed's new items are stored together, in bounded batches so the first ones are not kept waiting long.
		if (ready.length >= MAX_ITEMS_PER_INGEST) await flush();
	}
	await flush();
	const nextPollAt = nextPollAfterSuccess(feed.id, feedInterval(feed, deps.intervalMs, deps.minIntervalMs), polledAt);
	await store.feeds.recordFetchSuccess(feed.id, {
		finalUrl: fetched.finalUrl,
		title: parsed.feed.title || null,
		etag: failedItems ? null : fetched.etag,
		lastModified: failedItems ? null : fetched.lastModified,
		bodyHash: failedItems ? null : fetched.bodyHash,
		nextPollAt,
		polledAt,
	});
	// The failed items stay unseen: the next poll retries them, and /feed why says when.
	await recordItemProblems(store.feeds, logger, feed.id, failures.map((f) => ({ ...f, retryAt: nextPollAt })), polledAt);
	if (!feed.initialized) await store.feeds.markInitialized(feed.id);
	return { status: 'ok', newItems: toProcess.length, stored, duplicates };
}

/**
 * The items to build briefs for, oldest first. On a feed's first poll only the newest `backfill` items are
 * taken; the others are recorded as seen, so adding a feed never floods a channel.
 */
async function selectItems(feed: FeedRecord, items: FeedItem[], deps: PipelineDeps): Promise<FeedItem[]> {
	if (!feed.initialized) {
		const newestFirst = sortNewestFirst(items);
		const backfill = newestFirst.slice(0, Math.max(0, feed.backfill));
		const rest = newestFirst.slice(backfill.length);
		if (rest.length > 0) await deps.store.feeds.markItemsSeen(feed.id, rest.map(seenOf));
		const unseen = await deps.store.feeds.unseenItems(feed.id, backfill.map(seenOf));
		return oldestFirst(backfill.filter((i) => unseen.some((u) => u.key === i.key)));
	}
	const unseen = await deps.store.feeds.unseenItems(feed.id, items.map(seenOf));
	const keys = new Set(unseen.map((u) => u.key));
	return oldestFirst(items.filter((i) => keys.has(i.key)));
}

async function fail(
	feed: FeedRecord,
	deps: PipelineDeps,
	error: string,
	retryAfterMs: number | undefined,
	permanent: boolean,
): Promise<PollOutcome> {
	const at = deps.now();
	const failures = feed.consecutiveFailures + 1;
	const disable = permanent ? refusedReason(error) : shouldDisable(failures, deps.maxFailures) ? disabledAfterReason(failures, error) : null;
	await deps.store.feeds.recordFetchFailure(feed.id, {
		error,
		at,
		nextPollAt: nextPollAfterFailure(failures, at, retryAfterMs),
		disable,
	});
	deps.logger.warn({ feed: feed.url, failures, error, disabled: disable !== null }, 'feed poll failed');
	return { status: 'failed', error, disabled: disable !== null };
}

function uniqueByKey(items: FeedItem[]): FeedItem[] {
	const seen = new Set<string>();
	return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}

function timeOf(item: FeedItem): number {
	const t = Date.parse(item.published ?? item.updated ?? '');
	return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** Dated items by date; undated ones keep the feed's order, which is newest first by convention. */
function sortNewestFirst(items: FeedItem[]): FeedItem[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => timeOf(b.item) - timeOf(a.item) || a.index - b.index)
		.map((x) => x.item);
}

function oldestFirst(items: FeedItem[]): FeedItem[] {
	return sortNewestFirst(items).reverse();
}
