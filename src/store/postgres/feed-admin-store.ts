/** The /feed administration half of the Postgres feed store: per-guild target settings, moves, skips, previews. */
import type { PoolClient } from 'pg';
import type { Brief } from '../../briefs/types.js';
import { LimitError } from '../../shared/errors.js';
import type { FeedStore } from '../types.js';
import type { Db } from './db.js';
import type { RoutePart } from '../policy/target-route-rows.js';
import { createPostgresTargetRoutes } from './target-routes.js';

type AdminPart = Pick<FeedStore, 'updateGuildFeed' | 'moveGuildFeed' | 'recordSkips' | 'recentFeedBriefs'>;

/**
 * Serialises the guild's feed changes for the rest of the transaction (two concurrent /feed add could both see
 * room for one more), and returns how many feeds the guild follows other than the one at `url`.
 */
export async function lockGuildFeeds(client: PoolClient, guildId: string, url: string): Promise<number> {
	await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`briefbot:guild-feeds:${guildId}`]);
	const found = await client.query<{ n: number }>(
		`SELECT COUNT(DISTINCT t.feed_id) AS n FROM feed_targets t JOIN feeds f ON f.id = t.feed_id WHERE t.guild_id = $1 AND f.url <> $2`,
		[guildId, url.trim()],
	);
	return Number(found.rows[0]?.n ?? 0);
}

export function createPostgresFeedAdmin(db: Db): AdminPart & RoutePart {
	return {
		...createPostgresTargetRoutes(db),
		async updateGuildFeed({ guildId, feedId, patch, limits }) {
			return db.transaction(async (client) => {
				await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`briefbot:guild-feeds:${guildId}`]);
				if (limits?.maxFilters !== undefined && patch.filter) {
					const found = await client.query<{ n: number }>(
						'SELECT COUNT(DISTINCT feed_id) AS n FROM feed_targets WHERE guild_id = $1 AND feed_id <> $2 AND filter IS NOT NULL',
						[guildId, feedId],
					);
					if (Number(found.rows[0]?.n ?? 0) >= limits.maxFilters) throw new LimitError('filters', limits.maxFilters);
				}
				const has = (key: keyof typeof patch) => patch[key] !== undefined;
				const updated = await client.query(
					`UPDATE feed_targets SET
						label = CASE WHEN $3 THEN $4 ELSE label END,
						filter = CASE WHEN $5 THEN $6 ELSE filter END,
						paused_at = CASE WHEN $7 THEN $8::bigint ELSE paused_at END,
						format = CASE WHEN $9 THEN $10 ELSE format END,
						interval_ms = CASE WHEN $11 THEN $12::bigint ELSE interval_ms END,
						pings = CASE WHEN $13 THEN $14::jsonb ELSE pings END
					WHERE guild_id = $1 AND feed_id = $2`,
					[
						guildId,
						feedId,
						has('label'),
						patch.label ?? null,
						has('filter'),
						patch.filter ?? null,
						has('pausedAt'),
						patch.pausedAt ?? null,
						has('format'),
						patch.format ?? 'full',
						has('intervalMs'),
						patch.intervalMs ?? null,
						has('pings'),
						JSON.stringify(patch.pings ?? []),
					],
				);
				return updated.rowCount ?? 0;
			});
		},

		async moveGuildFeed({ guildId, feedId, channelId }) {
			return db.transaction(async (client) => {
				const targets = (
					await client.query<{ id: number }>('SELECT id FROM feed_targets WHERE guild_id = $1 AND feed_id = $2 ORDER BY id FOR UPDATE', [
						guildId,
						feedId,
					])
				).rows;
				const [keep, ...rest] = targets;
				if (!keep) return 0;
				// Several channels of one guild collapse into the new one: the unique key allows one target per channel.
				if (rest.length > 0) await client.query('DELETE FROM feed_targets WHERE id = ANY($1)', [rest.map((t) => t.id)]);
				// A webhook belongs to its channel: a moved target posts as the bot until /feed webhook is run again.
				await client.query(
					'UPDATE feed_targets SET channel_id = $1, disabled_reason = NULL, webhook_id = NULL, webhook_token = NULL, webhook_gone_at = NULL WHERE id = $2',
					[channelId, keep.id],
				);
				return targets.length;
			});
		},

		async recordSkips(articleId, skips, at) {
			if (skips.length === 0) return;
			await db.query(
				`INSERT INTO target_skips (article_id, target_id, reason, detail, at)
				SELECT $1, t, r, d, $5 FROM unnest($2::bigint[], $3::text[], $4::text[]) AS x(t, r, d)
				ON CONFLICT (article_id, target_id) DO UPDATE SET reason = EXCLUDED.reason, detail = EXCLUDED.detail, at = EXCLUDED.at`,
				[articleId, skips.map((s) => s.targetId), skips.map((s) => s.reason), skips.map((s) => s.detail), at],
			);
		},

		async recentFeedBriefs(feedId, limit) {
			const found = await db.query<{ id: number; body: Brief; created_at: number }>(
				`SELECT a.id, b.body, a.created_at FROM articles a JOIN briefs b ON b.article_id = a.id
				WHERE a.feed_id = $1 ORDER BY a.id DESC LIMIT $2`,
				[feedId, limit],
			);
			return found.map((r) => ({ articleId: r.id, brief: r.body, createdAt: r.created_at }));
		},
	};
}
