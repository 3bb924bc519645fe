/**
 * Forum and webhook targets, and the items that were never briefed (#18), on Postgres: a part of the feed store that
 * `createPostgresFeedAdmin` spreads in. The webhook token leaves the store only through `deliveryRoute`.
 */
import { urlKey } from '../url-key.js';
import type { ItemProblem } from '../types.js';
import { DELIVERY_ROUTE_SELECT, ITEM_PROBLEMS_KEPT_MS, toDeliveryRoute, toTargetRoute, type RouteRow, type RoutePart } from '../policy/target-route-rows.js';
import type { Db } from './db.js';

const COLUMNS = 'id, target_kind, webhook_id, webhook_token, webhook_avatar_url, webhook_gone_at';

export function createPostgresTargetRoutes(db: Db): RoutePart {
	return {
		async setTargetKind({ guildId, feedId, channelId, kind }) {
			const rows = await db.query(
				'UPDATE feed_targets SET target_kind = $4 WHERE guild_id = $1 AND feed_id = $2 AND ($3::text IS NULL OR channel_id = $3) RETURNING id',
				[guildId, feedId, channelId ?? null, kind],
			);
			return rows.length;
		},
		async setWebhook({ guildId, targetId, webhook }) {
			const rows = await db.query(
				`UPDATE feed_targets SET webhook_id = $3, webhook_token = $4, webhook_avatar_url = $5, webhook_gone_at = NULL
				WHERE guild_id = $1 AND id = $2 RETURNING id`,
				[guildId, targetId, webhook?.id ?? null, webhook?.token ?? null, webhook?.avatarUrl ?? null],
			);
			return rows.length;
		},
		async markWebhookGone(targetId, webhookId, at) {
			await db.query('UPDATE feed_targets SET webhook_id = NULL, webhook_token = NULL, webhook_gone_at = $1 WHERE id = $2 AND webhook_id = $3', [
				at,
				targetId,
				webhookId,
			]);
		},
		async deliveryRoute(targetId) {
			const [row] = await db.query<RouteRow>(`${DELIVERY_ROUTE_SELECT} WHERE t.id = $1`, [targetId]);
			return row ? toDeliveryRoute(row) : null;
		},
		async targetRoutes(guildId) {
			const rows = await db.query<RouteRow>(`SELECT ${COLUMNS} FROM feed_targets WHERE guild_id = $1 ORDER BY id`, [guildId]);
			return rows.map(toTargetRoute);
		},
		async recordItemProblems(feedId, problems, at) {
			if (problems.length === 0) return;
			await db.transaction(async (client) => {
				await client.query('DELETE FROM item_problems WHERE feed_id = $1 AND at < $2', [feedId, at - ITEM_PROBLEMS_KEPT_MS]);
				await client.query(
					`INSERT INTO item_problems (feed_id, link_key, outcome, detail, at, retry_at)
					SELECT DISTINCT ON (k) $1, k, o, d, $5, r FROM unnest($2::text[], $3::text[], $4::text[], $6::bigint[]) AS x(k, o, d, r)
					ON CONFLICT (feed_id, link_key) DO UPDATE SET outcome = EXCLUDED.outcome, detail = EXCLUDED.detail, at = EXCLUDED.at, retry_at = EXCLUDED.retry_at`,
					[feedId, problems.map((p) => p.linkKey), problems.map((p) => p.outcome), problems.map((p) => p.detail), at, problems.map((p) => p.retryAt)],
				);
			});
		},
		async itemProblems(guildId, url) {
			const key = urlKey(url);
			if (!key) return [];
			return db.query<ItemProblem>(
				`SELECT p.feed_id AS "feedId", p.outcome, p.detail, p.at, p.retry_at AS "retryAt" FROM item_problems p
				WHERE p.link_key = $1 AND p.feed_id IN (SELECT feed_id FROM feed_targets WHERE guild_id = $2)
				-- A failed item that a later poll got through is no longer a problem (a refused one is seen as it is refused).
				AND NOT (p.outcome = 'failed' AND EXISTS (SELECT 1 FROM seen_items s WHERE s.feed_id = p.feed_id AND s.link_key = p.link_key AND s.seen_at > p.at))
				ORDER BY p.at DESC`,
				[key, guildId],
			);
		},
	};
}
