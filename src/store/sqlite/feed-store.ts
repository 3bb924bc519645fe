import { LimitError } from '../../shared/errors.js';
import type { FeedFetchSuccess, FeedStore, SeenItem } from '../types.js';
import { toFeed, toTarget, type FeedRow, type TargetRow } from '../policy/feed-rows.js';
import { selectUnseen } from '../policy/seen-items.js';
import { createSqliteFeedAdmin, guildFeedCount } from './feed-admin-store.js';
import { createSqliteExplainUrl } from './explain-url.js';
import type { SqliteDb } from './open-db.js';

/** The interval wishes of a feed's active targets (see FeedRecord.intervalMs), computed where feeds are due. */
const DUE_INTERVAL_COLUMNS = `
	(SELECT MIN(t.interval_ms) FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL) AS interval_ms,
	(SELECT COUNT(*) FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL AND t.interval_ms IS NULL) > 0 AS interval_has_default`;

/** Errors kept per feed for display; older ones are dropped. */
const ERRORS_KEPT_PER_FEED = 20;
const ADMIN_DISABLED = 'disabled by an administrator';
/** Writes committed together at most; a bigger batch would hold the write lock long enough to stall readers. */
const MAX_BATCH = 512;

interface QueuedWrite {
	run: () => void;
	resolve: () => void;
	reject: (error: unknown) => void;
}

/**
 * Group commit for the poll cycle's small writes: every write queued during one event-loop turn is committed in one
 * transaction, and each caller's promise settles only once its own write is committed. A caller therefore still
 * sees its write durable before it goes on (crash-safety ordering is unchanged), while a cycle of 10,000 polls makes
 * a few hundred commits instead of tens of thousands.
 */
function createGroupCommit(db: SqliteDb): (run: () => void) => Promise<void> {
	let queue: QueuedWrite[] = [];
	const commitAll = db.transaction((batch: QueuedWrite[]) => {
		for (const write of batch) write.run();
	});
	const commitOne = db.transaction((write: QueuedWrite) => write.run());
	const flush = (): void => {
		const batch = queue;
		queue = [];
		if (batch.length === 0) return;
		try {
			commitAll.immediate(batch);
		} catch {
			// One failing write must not fail the others; the batch rolled back whole, so each is redone alone.
			for (const write of batch) {
				try {
					commitOne.immediate(write);
				} catch (error) {
					write.reject(error);
					continue;
				}
				write.resolve();
			}
			return;
		}
		for (const write of batch) write.resolve();
	};
	return (run) =>
		new Promise<void>((resolve, reject) => {
			queue.push({ run, resolve, reject });
			if (queue.length === 1) setImmediate(flush);
			else if (queue.length >= MAX_BATCH) flush();
		});
}

export function createSqliteFeedStore(db: SqliteDb, now: () => number): FeedStore {
	const s = {
		feedById: db.prepare<[number], FeedRow>('SELECT * FROM feeds WHERE id = ?'),
		feedByUrl: db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?'),
		insertFeed: db.prepare('INSERT INTO feeds (url, backfill, next_poll_at, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING'),
		targetByKey: db.prepare<[number, string, string], TargetRow>(
			'SELECT * FROM feed_targets WHERE feed_id = ? AND guild_id = ? AND channel_id = ?',
		),
		insertTarget: db.prepare(
			'INSERT INTO feed_targets (feed_id, guild_id, channel_id, created_at, locale) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
		),
		reenableTarget: db.prepare('UPDATE feed_targets SET disabled_reason = NULL WHERE id = ?'),
		removeTargets: db.prepare('DELETE FROM feed_targets WHERE guild_id = ? AND feed_id = ?'),
		removeTarget: db.prepare('DELETE FROM feed_targets WHERE guild_id = ? AND feed_id = ? AND channel_id = ?'),
		deleteOrphanFeed: db.prepare('DELETE FROM feeds WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feed_targets WHERE feed_id = ?)'),
		guildFeeds: db.prepare<[string], FeedRow>(
			'SELECT f.* FROM feeds f WHERE f.id IN (SELECT feed_id FROM feed_targets WHERE guild_id = ?) ORDER BY f.id',
		),
		guildTargets: db.prepare<[string], TargetRow>('SELECT * FROM feed_targets WHERE guild_id = ? ORDER BY id'),
		targetsForFeed: db.prepare<[number], TargetRow>('SELECT * FROM feed_targets WHERE feed_id = ? ORDER BY id'),
		targetById: db.prepare<[number], TargetRow>('SELECT * FROM feed_targets WHERE id = ?'),
		due: db.prepare<[number, number], FeedRow>(
			`SELECT f.*, ${DUE_INTERVAL_COLUMNS} FROM feeds f WHERE f.disabled_reason IS NULL AND f.next_poll_at <= ?
			 AND EXISTS (SELECT 1 FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL)
			 ORDER BY f.next_poll_at, f.id LIMIT ?`,
		),
		success: db.prepare(
			`UPDATE feeds SET final_url = @finalUrl, title = COALESCE(@title, title), etag = @etag, last_modified = @lastModified,
			 body_hash = @bodyHash, next_poll_at = @nextPollAt, last_polled_at = @polledAt, consecutive_failures = 0
			 WHERE id = @id`,
		),
		notModified: db.prepare('UPDATE feeds SET next_poll_at = ?, last_polled_at = ?, consecutive_failures = 0 WHERE id = ?'),
		failure: db.prepare(
			`UPDATE feeds SET consecutive_failures = consecutive_failures + 1, last_error = @error, last_error_at = @at,
			 next_poll_at = @nextPollAt, last_polled_at = @at, disabled_reason = COALESCE(@disable, disabled_reason)
			 WHERE id = @id`,
		),
		insertError: db.prepare('INSERT INTO feed_errors (feed_id, error, at) VALUES (?, ?, ?)'),
		trimErrors: db.prepare(
			`DELETE FROM feed_errors WHERE feed_id = ? AND id NOT IN
			 (SELECT id FROM feed_errors WHERE feed_id = ? ORDER BY at DESC, id DESC LIMIT ${ERRORS_KEPT_PER_FEED})`,
		),
		enable: db.prepare('UPDATE feeds SET disabled_reason = NULL, consecutive_failures = 0 WHERE id = ?'),
		disable: db.prepare('UPDATE feeds SET disabled_reason = COALESCE(disabled_reason, ?) WHERE id = ?'),
		disableTarget: db.prepare('UPDATE feed_targets SET disabled_reason = ? WHERE id = ?'),
		seenByKey: db.prepare('SELECT 1 FROM seen_items WHERE feed_id = ? AND key = ?').pluck(),
		seenByLink: db.prepare('SELECT 1 FROM seen_items WHERE feed_id = ? AND link_key = ? LIMIT 1').pluck(),
		seenByHash: db.prepare('SELECT 1 FROM seen_items WHERE feed_id = ? AND content_hash = ? LIMIT 1').pluck(),
		insertSeen: db.prepare(
			`INSERT INTO seen_items (feed_id, key, link_key, content_hash, seen_at) VALUES (?, ?, ?, ?, ?)
			 ON CONFLICT (feed_id, key) DO UPDATE SET link_key = COALESCE(excluded.link_key, link_key), content_hash = excluded.content_hash`,
		),
		markInitialized: db.prepare('UPDATE feeds SET initialized = 1 WHERE id = ?'),
		recentErrors: db.prepare<[string, number], { feedId: number; url: string; error: string; at: number }>(
			`SELECT e.feed_id AS feedId, f.url AS url, e.error AS error, e.at AS at FROM feed_errors e JOIN feeds f ON f.id = e.feed_id
			 WHERE e.feed_id IN (SELECT feed_id FROM feed_targets WHERE guild_id = ?) ORDER BY e.at DESC, e.id DESC LIMIT ?`,
		),
	};

	const isSeen = (feedId: number, item: SeenItem): boolean =>
		s.seenByKey.get(feedId, item.key) !== undefined ||
		(item.linkKey !== null && s.seenByLink.get(feedId, item.linkKey) !== undefined) ||
		s.seenByHash.get(feedId, item.contentHash) !== undefined;

	const groupCommit = createGroupCommit(db);

	const unseen = (feedId: number, items: SeenItem[]): SeenItem[] => selectUnseen(items, (item) => isSeen(feedId, item));

	const addTx = db.transaction((input: Parameters<FeedStore['addFeedTarget']>[0]) => {
		const at = input.now ?? now();
		const url = input.url.trim();
		const max = input.limits?.maxFeeds;
		if (max !== undefined && guildFeedCount(db, input.guildId, url) >= max) throw new LimitError('feeds', max);
		s.insertFeed.run(url, Math.max(0, Math.floor(input.backfill ?? 0)), at, at);
		const feed = s.feedByUrl.get(url);
		if (!feed) throw new Error(`feed ${url} vanished during insert`);
		const created = s.insertTarget.run(feed.id, input.guildId, input.channelId, at, input.locale ?? null).changes === 1;
		let target = s.targetByKey.get(feed.id, input.guildId, input.channelId);
		if (!target) throw new Error(`target for ${url} vanished during insert`);
		if (!created && target.disabled_reason !== null) {
			// Adding a refused channel again is how an admin says access was fixed.
			s.reenableTarget.run(target.id);
			target = { ...target, disabled_reason: null };
		}
		return { feed: toFeed(feed), target: toTarget(target), created };
	});

	const removeTx = db.transaction((input: { guildId: string; feedId: number; channelId?: string }) => {
		const removed =
			input.channelId === undefined
				? s.removeTargets.run(input.guildId, input.feedId).changes
				: s.removeTarget.run(input.guildId, input.feedId, input.channelId).changes;
		// A feed nobody follows is dropped with its seen items; adding it again starts cleanly with a backfill.
		if (removed > 0) s.deleteOrphanFeed.run(input.feedId, input.feedId);
		return removed;
	});

	const failureTx = db.transaction(
		(feedId: number, failure: { error: string; at: number; nextPollAt: number; disable?: string | null }) => {
			s.failure.run({ id: feedId, error: failure.error, at: failure.at, nextPollAt: failure.nextPollAt, disable: failure.disable ?? null });
			s.insertError.run(feedId, failure.error, failure.at);
			s.trimErrors.run(feedId, feedId);
			const row = s.feedById.get(feedId);
			if (!row) throw new Error(`unknown feed ${feedId}`);
			return toFeed(row);
		},
	);

	return {
		...createSqliteFeedAdmin(db, now),
		explainUrl: createSqliteExplainUrl(db),
		async addFeedTarget(input) {
			return addTx.immediate(input);
		},
		async removeFeedTarget(input) {
			return removeTx.immediate(input);
		},
		async listGuildFeeds(guildId) {
			const targets = s.guildTargets.all(guildId).map(toTarget);
			return s.guildFeeds.all(guildId).map((row) => ({ ...toFeed(row), targets: targets.filter((t) => t.feedId === row.id) }));
		},
		async getFeed(feedId) {
			const row = s.feedById.get(feedId);
			return row ? toFeed(row) : null;
		},
		async getFeedByUrl(url) {
			const row = s.feedByUrl.get(url.trim());
			return row ? toFeed(row) : null;
		},
		async dueFeeds(at, limit) {
			return s.due.all(at, limit).map(toFeed);
		},
		async targetsForFeed(feedId) {
			return s.targetsForFeed.all(feedId).map(toTarget);
		},
		async getTarget(targetId) {
			const row = s.targetById.get(targetId);
			return row ? toTarget(row) : null;
		},
		async recordFetchSuccess(feedId: number, result: FeedFetchSuccess) {
			const run = () => s.success.run({
				id: feedId,
				finalUrl: result.finalUrl,
				title: result.title,
				etag: result.etag,
				lastModified: result.lastModified,
				bodyHash: result.bodyHash,
				nextPollAt: result.nextPollAt,
				polledAt: result.polledAt,
			});
			await groupCommit(run);
		},
		async recordNotModified(feedId, nextPollAt, polledAt) {
			await groupCommit(() => s.notModified.run(nextPollAt, polledAt, feedId));
		},
		async recordFetchFailure(feedId, failure) {
			return failureTx.immediate(feedId, failure);
		},
		async setFeedEnabled(feedId, enabled) {
			if (enabled) s.enable.run(feedId);
			else s.disable.run(ADMIN_DISABLED, feedId);
		},
		async disableTarget(targetId, reason) {
			s.disableTarget.run(reason, targetId);
		},
		async unseenItems(feedId, items) {
			return unseen(feedId, items);
		},
		async markItemsSeen(feedId, items) {
			const at = now();
			// Insert only: the caller wants no answer, so the three look-ups per item that unseenItems needs are skipped.
			await groupCommit(() => {
				for (const item of items) s.insertSeen.run(feedId, item.key, item.linkKey, item.contentHash, at);
			});
		},
		async markInitialized(feedId) {
			await groupCommit(() => s.markInitialized.run(feedId));
		},
		async recentFeedErrors(guildId, limit) {
			return s.recentErrors.all(guildId, limit);
		},
	};
}
