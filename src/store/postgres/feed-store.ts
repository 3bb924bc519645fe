import type { PoolClient } from 'pg';
import type { FeedRecord, FeedStore, SeenItem } from '../types.js';
import { StoreError } from '../../shared/errors.js';
import { rows, type Db } from './db.js';
import { toFeed, toTarget, type FeedRow, type TargetRow } from '../policy/feed-rows.js';
import { selectUnseen } from '../policy/seen-items.js';
import { createPostgresFeedAdmin, lockGuildFeeds } from './feed-admin-store.js';
import { createPostgresExplainUrl } from './explain-url.js';
import { LimitError } from '../../shared/errors.js';

/** Failures kept per feed for display; older ones are pruned on each new failure. */
const MAX_ERRORS_PER_FEED = 20;
const ADMIN_DISABLED = 'disabled by an administrator';

const FEED_COLUMNS = `id, url, final_url, title, etag, last_modified, body_hash, consecutive_failures, last_error,
	last_error_at, disabled_reason, next_poll_at, last_polled_at, initialized, backfill, created_at`;

type Known = Array<{ key: string; link_key: string | null; content_hash: string }>;

/** Seen rows that share a key, link or content hash with one of the items. */
async function knownItems(q: Db | PoolClient, feedId: number, items: SeenItem[]): Promise<Known> {
	const sql = `SELECT key, link_key, content_hash FROM seen_items
		WHERE feed_id = $1 AND (key = ANY($2) OR link_key = ANY($3) OR content_hash = ANY($4))`;
	const values = [
		feedId,
		items.map((i) => i.key),
		items.flatMap((i) => (i.linkKey === null ? [] : [i.linkKey])),
		items.map((i) => i.contentHash),
	];
	return 'pool' in q ? q.query(sql, values) : (await q.query(sql, values)).rows;
}

export function createPostgresFeedStore(db: Db): FeedStore {
	async function getFeed(feedId: number): Promise<FeedRecord | null> {
		const [row] = await db.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE id = $1`, [feedId]);
		return row ? toFeed(row) : null;
	}

	async function recordSeen(feedId: number, batch: SeenItem[], now: number, client?: PoolClient) {
		if (batch.length === 0) return;
		// One row per key: a key twice in a batch folds the way successive upserts would.
		const byKey = new Map<string, SeenItem>();
		for (const item of batch) {
			const previous = byKey.get(item.key);
			byKey.set(item.key, { ...item, linkKey: item.linkKey ?? previous?.linkKey ?? null });
		}
		const items = [...byKey.values()];
		const sql = `INSERT INTO seen_items (feed_id, key, link_key, content_hash, seen_at)
			SELECT $1, k, l, c, $5 FROM unnest($2::text[], $3::text[], $4::text[]) AS t(k, l, c)
			ON CONFLICT (feed_id, key) DO UPDATE
				SET link_key = COALESCE(EXCLUDED.link_key, seen_items.link_key), content_hash = EXCLUDED.content_hash`;
		const values = [feedId, items.map((i) => i.key), items.map((i) => i.linkKey), items.map((i) => i.contentHash), now];
		if (client) await client.query(sql, values);
		else await db.query(sql, values);
	}

	return {
		...createPostgresFeedAdmin(db),
		explainUrl: createPostgresExplainUrl(db),
		async addFeedTarget({ guildId, url: rawUrl, channelId, backfill, now = db.now(), limits, locale }) {
			const url = rawUrl.trim();
			return db.transaction(async (client) => {
				if (limits?.maxFeeds !== undefined) {
					const count = await lockGuildFeeds(client, guildId, url);
					if (count >= limits.maxFeeds) throw new LimitError('feeds', limits.maxFeeds);
				}
				await client.query(
					`INSERT INTO feeds (url, backfill, next_poll_at, created_at) VALUES ($1, $2, $3, $3)
					ON CONFLICT (url) DO NOTHING`,
					[url, Math.max(0, Math.floor(backfill ?? 0)), now],
				);
				const [feed] = await rows<FeedRow>(client, `SELECT ${FEED_COLUMNS} FROM feeds WHERE url = $1`, [url]);
				if (!feed) throw new StoreError(`feed ${url} vanished during addFeedTarget`);
				const inserted = await rows<TargetRow>(
					client,
					`INSERT INTO feed_targets (feed_id, guild_id, channel_id, created_at, locale) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (feed_id, guild_id, channel_id) DO NOTHING RETURNING *`,
					[feed.id, guildId, channelId, now, locale ?? null],
				);
				// Adding a refused channel again is how an admin says access was fixed.
				const target =
					inserted[0] ??
					(
						await rows<TargetRow>(
							client,
							`UPDATE feed_targets SET disabled_reason = NULL WHERE feed_id = $1 AND guild_id = $2 AND channel_id = $3
							RETURNING *`,
							[feed.id, guildId, channelId],
						)
					)[0];
				if (!target) throw new StoreError(`target of feed ${feed.id} vanished during addFeedTarget`);
				return { feed: toFeed(feed), target: toTarget(target), created: inserted.length > 0 };
			});
		},

		async removeFeedTarget({ guildId, feedId, channelId }) {
			return db.transaction(async (client) => {
				const removed = await client.query(
					`DELETE FROM feed_targets WHERE guild_id = $1 AND feed_id = $2 AND ($3::text IS NULL OR channel_id = $3)`,
					[guildId, feedId, channelId ?? null],
				);
				const count = removed.rowCount ?? 0;
				// A feed nobody follows is dropped with its seen items; adding it again starts cleanly with a backfill.
				if (count > 0) {
					await client.query(
						`DELETE FROM feeds WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM feed_targets WHERE feed_id = $1)`,
						[feedId],
					);
				}
				return count;
			});
		},

		async listGuildFeeds(guildId) {
			const targets = (
				await db.query<TargetRow>(`SELECT * FROM feed_targets WHERE guild_id = $1 ORDER BY feed_id, id`, [guildId])
			).map(toTarget);
			if (targets.length === 0) return [];
			const feedIds = [...new Set(targets.map((t) => t.feedId))];
			const feeds = await db.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE id = ANY($1) ORDER BY id`, [feedIds]);
			return feeds.map((f) => ({ ...toFeed(f), targets: targets.filter((t) => t.feedId === f.id) }));
		},

		getFeed,

		async getFeedByUrl(url) {
			const [row] = await db.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = $1`, [url.trim()]);
			return row ? toFeed(row) : null;
		},

		async dueFeeds(now, limit) {
			const due = await db.query<FeedRow>(
				`SELECT ${FEED_COLUMNS},
					(SELECT MIN(t.interval_ms) FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL) AS interval_ms,
					EXISTS (SELECT 1 FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL
						AND t.interval_ms IS NULL) AS interval_has_default
				FROM feeds f
				WHERE f.disabled_reason IS NULL AND f.next_poll_at <= $1
					AND EXISTS (SELECT 1 FROM feed_targets t WHERE t.feed_id = f.id AND t.disabled_reason IS NULL AND t.paused_at IS NULL)
				ORDER BY f.next_poll_at, f.id LIMIT $2`,
				[now, limit],
			);
			return due.map(toFeed);
		},

		async getTarget(targetId) {
			const [row] = await db.query<TargetRow>(`SELECT * FROM feed_targets WHERE id = $1`, [targetId]);
			return row ? toTarget(row) : null;
		},

		async targetsForFeed(feedId) {
			return (await db.query<TargetRow>(`SELECT * FROM feed_targets WHERE feed_id = $1 ORDER BY id`, [feedId])).map(
				toTarget,
			);
		},

		async recordFetchSuccess(feedId, r) {
			await db.query(
				`UPDATE feeds SET final_url = $2, title = COALESCE($3, title), etag = $4, last_modified = $5, body_hash = $6,
					next_poll_at = $7, last_polled_at = $8, consecutive_failures = 0
				WHERE id = $1`,
				[feedId, r.finalUrl, r.title, r.etag, r.lastModified, r.bodyHash, r.nextPollAt, r.polledAt],
			);
		},

		async recordNotModified(feedId, nextPollAt, polledAt) {
			await db.query(
				`UPDATE feeds SET next_poll_at = $2, last_polled_at = $3, consecutive_failures = 0 WHERE id = $1`,
				[feedId, nextPollAt, polledAt],
			);
		},

		async recordFetchFailure(feedId, failure) {
			return db.transaction(async (client) => {
				const [row] = await rows<FeedRow>(
					client,
					`UPDATE feeds SET consecutive_failures = consecutive_failures + 1, last_error = $2, last_error_at = $3,
						next_poll_at = $4, last_polled_at = $3, disabled_reason = COALESCE($5, disabled_reason)
					WHERE id = $1 RETURNING ${FEED_COLUMNS}`,
					[feedId, failure.error, failure.at, failure.nextPollAt, failure.disable ?? null],
				);
				if (!row) throw new StoreError(`unknown feed ${feedId}`);
				await client.query(`INSERT INTO feed_errors (feed_id, error, at) VALUES ($1, $2, $3)`, [
					feedId,
					failure.error,
					failure.at,
				]);
				await client.query(
					`DELETE FROM feed_errors WHERE feed_id = $1 AND id NOT IN (
						SELECT id FROM feed_errors WHERE feed_id = $1 ORDER BY at DESC, id DESC LIMIT $2)`,
					[feedId, MAX_ERRORS_PER_FEED],
				);
				return toFeed(row);
			});
		},

		async setFeedEnabled(feedId, enabled) {
			await db.query(
				enabled
					? `UPDATE feeds SET disabled_reason = NULL, consecutive_failures = 0 WHERE id = $1`
					: `UPDATE feeds SET disabled_reason = COALESCE(disabled_reason, $2) WHERE id = $1`,
				enabled ? [feedId] : [feedId, ADMIN_DISABLED],
			);
		},

		async disableTarget(targetId, reason) {
			await db.query(`UPDATE feed_targets SET disabled_reason = $2 WHERE id = $1`, [targetId, reason]);
		},

		async unseenItems(feedId, items) {
			if (items.length === 0) return [];
			const known = await knownItems(db, feedId, items);
			const keys = new Set(known.map((k) => k.key));
			const links = new Set(known.flatMap((k) => (k.link_key === null ? [] : [k.link_key])));
			const hashes = new Set(known.map((k) => k.content_hash));
			return selectUnseen(
				items,
				(item) => keys.has(item.key) || (item.linkKey !== null && links.has(item.linkKey)) || hashes.has(item.contentHash),
			);
		},

		async markItemsSeen(feedId, items) {
			await recordSeen(feedId, items, db.now());
		},

		async markInitialized(feedId) {
			await db.query(`UPDATE feeds SET initialized = true WHERE id = $1`, [feedId]);
		},

		async recentFeedErrors(guildId, limit) {
			return db.query<{ feedId: number; url: string; error: string; at: number }>(
				`SELECT e.feed_id AS "feedId", f.url, e.error, e.at FROM feed_errors e JOIN feeds f ON f.id = e.feed_id
				WHERE e.feed_id IN (SELECT feed_id FROM feed_targets WHERE guild_id = $1)
				ORDER BY e.at DESC, e.id DESC LIMIT $2`,
				[guildId, limit],
			);
		},
	};
}
