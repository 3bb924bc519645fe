/**
 * The article stage of one feed's new items: each item's brief is built on its own, then all of them are stored in
 * one transaction (`ingestMany`): one commit per feed instead of one per item was most of an ingest's cost
 * (docs/adr/002-store.md). Items are marked seen only after their brief is stored, so a crash re-processes rather
 * than loses; ingest is idempotent, so re-processing never posts twice.
 */
import type { Brief } from '../briefs/types.js';
import type { FeedItem } from '../feeds/types.js';
import { describeError } from '../shared/errors.js';
import type { FeedRecord, IngestInput, IngestResult, SeenItem, TargetSkip } from '../store/types.js';
import { buildItemBrief } from './build-item-brief.js';
import { recordItemProblems } from './item-problems.js';
import type { PipelineDeps } from './ports.js';
import { selectTargets } from './select-targets.js';

export type ItemResult = 'stored' | 'duplicate' | 'known' | 'refused';

/** A built brief waiting for the feed's one ingest transaction. */
export interface ReadyItem {
	item: FeedItem;
	brief: Brief;
	input: IngestInput;
	skips: TargetSkip[];
	targets: ReturnType<typeof selectTargets>['deliver'];
}

/** Builds one item's brief and its ingest input; items with nothing to store are finished here. */
export async function prepareItem(feed: FeedRecord, item: FeedItem, deps: PipelineDeps): Promise<ItemResult | ReadyItem> {
	if (deps.handleItem) {
		const handled = await deps.handleItem(feed, item);
		await deps.store.feeds.markItemsSeen(feed.id, [seenOf(item)]);
		return handled;
	}
	const built = await buildItemBrief(item, deps);
	if (built.status === 'refused') {
		// Recorded as seen with its reason (in the log and to onItemDone): retrying would cost the same budget again,
		// and a page that is no article (nor its feed text) is never briefed nor posted.
		await deps.store.feeds.markItemsSeen(feed.id, [seenOf(item)]);
		if (item.linkKey) {
			const refusal = { linkKey: item.linkKey, outcome: 'refused' as const, detail: built.reason.slice(0, 300), retryAt: null };
			await recordItemProblems(deps.store.feeds, deps.logger, feed.id, [refusal], deps.now());
		}
		itemDone(deps, { feedUrl: feed.url, link: item.link, outcome: 'refused', origin: null, reason: built.reason });
		return 'refused';
	}
	// A page that names no site is credited to the feed's title, not to its host name.
	const brief = !built.brief.siteName && feed.title ? { ...built.brief, siteName: feed.title } : built.brief;
	itemDone(deps, { feedUrl: feed.url, link: item.link, outcome: 'briefed', origin: built.origin, reason: built.fallbackReason });
	const active = (await deps.store.feeds.targetsForFeed(feed.id)).filter((t) => t.disabledReason === null);
	const { deliver: targets, skips } = selectTargets(active, brief);
	// Loaded only when STORY_HOLD is on: the main thread otherwise never loads the article modules.
	const hold = deps.storyHoldMs ? { ms: deps.storyHoldMs, rank: (await import('../articles/copy-rank.js')).copyRank(brief) } : null;
	const input: IngestInput = {
		brief,
		feedId: feed.id,
		itemKey: item.key,
		targets: targets.map((t) => ({ guildId: t.guildId, channelId: t.channelId, targetId: t.id })),
		now: deps.now(),
		...(hold ? { hold } : {}),
	};
	return { item, brief, input, skips, targets };
}

/**
 * Stores the feed's built items in one transaction, in order (a later copy of a story finds the earlier one as in
 * separate ingests). When the batch fails, each item is retried alone so that one bad item fails only itself.
 * Returns each item's result, or null for an item that failed (it stays unseen and is retried next poll).
 */
export async function storeItems(feed: FeedRecord, ready: ReadyItem[], deps: PipelineDeps): Promise<Array<ItemResult | null>> {
	if (ready.length === 0) return [];
	let results: Array<IngestResult | null>;
	try {
		results = ready.length === 1 ? [await deps.store.articles.ingest(ready[0]!.input)] : await deps.store.articles.ingestMany(ready.map((r) => r.input));
	} catch (error) {
		if (ready.length === 1) throw error;
		results = [];
		for (const r of ready) {
			try {
				results.push(await deps.store.articles.ingest(r.input));
			} catch (itemError) {
				deps.logger.error({ feed: feed.url, item: r.item.link ?? r.item.key, err: describeError(itemError) }, 'item processing failed');
				results.push(null);
			}
		}
	}
	const stored = ready.flatMap((r, i) => (results[i] ? [{ ready: r, result: results[i] }] : []));
	for (const { ready: r, result } of stored) {
		if (r.skips.length > 0 && !result.alreadyIngested) await deps.store.feeds.recordSkips(result.articleId, r.skips, deps.now());
	}
	if (stored.length > 0) await deps.store.feeds.markItemsSeen(feed.id, stored.map((s) => seenOf(s.ready.item)));
	for (const { ready: r, result } of stored) {
		if (!result.alreadyIngested && deps.onIngested && result.deliveryIds.length > 0) {
			await deps.onIngested({ brief: r.brief, result, targets: r.targets });
		}
	}
	return results.map((result) => (result === null ? null : result.alreadyIngested ? 'known' : result.duplicateOf !== null ? 'duplicate' : 'stored'));
}

type ItemDone = Parameters<NonNullable<PipelineDeps['onItemDone']>>[0];

/** What became of an item, for the log (debug) and the caller's hook. */
function itemDone(deps: PipelineDeps, event: ItemDone): void {
	deps.logger.debug(event, 'item done');
	deps.onItemDone?.(event);
}

export function seenOf(item: FeedItem): SeenItem {
	return { key: item.key, linkKey: item.linkKey, contentHash: item.contentHash };
}
