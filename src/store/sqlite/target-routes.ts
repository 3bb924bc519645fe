/**
 * Forum and webhook targets, and the items that were never briefed (#18), on SQLite: a part of the feed store that
 * `createSqliteFeedAdmin` spreads in. The webhook token leaves the store only through `deliveryRoute`.
 */
import { urlKey } from '../url-key.js';
import type { FeedStore, ItemProblem } from '../types.js';
import { DELIVERY_ROUTE_SELECT, ITEM_PROBLEMS_KEPT_MS, toDeliveryRoute, toTargetRoute, type RouteRow, type RoutePart } from '../policy/target-route-rows.js';
import type { SqliteDb } from './open-db.js';


export function createSqliteTargetRoutes(db: SqliteDb): RoutePart {
	const columns = 'id, target_kind, webhook_id, webhook_token, webhook_avatar_url, webhook_gone_at';
	const s = {
		kind: db.prepare('UPDATE feed_targets SET target_kind = @kind WHERE guild_id = @guildId AND feed_id = @feedId AND (@channelId IS NULL OR channel_id = @channelId)'),
		webhook: db.prepare(
			`UPDATE feed_targets SET webhook_id = @id, webhook_token = @token, webhook_avatar_url = @avatarUrl, webhook_gone_at = NULL
			 WHERE guild_id = @guildId AND id = @targetId`,
		),
		gone: db.prepare('UPDATE feed_targets SET webhook_id = NULL, webhook_token = NULL, webhook_gone_at = ? WHERE id = ? AND webhook_id = ?'),
		route: db.prepare<[number], RouteRow>(`${DELIVERY_ROUTE_SELECT} WHERE t.id = ?`),
		routes: db.prepare<[string], RouteRow>(`SELECT ${columns} FROM feed_targets WHERE guild_id = ? ORDER BY id`),
		problem: db.prepare(
			`INSERT INTO item_problems (feed_id, link_key, outcome, detail, at, retry_at) VALUES (?, ?, ?, ?, ?, ?)
			 ON CONFLICT (feed_id, link_key) DO UPDATE SET outcome = excluded.outcome, detail = excluded.detail, at = excluded.at, retry_at = excluded.retry_at`,
		),
		prune: db.prepare('DELETE FROM item_problems WHERE feed_id = ? AND at < ?'),
		problems: db.prepare<[string, string], ItemProblem>(
			`SELECT p.feed_id AS feedId, p.outcome, p.detail, p.at, p.retry_at AS retryAt FROM item_problems p
			 WHERE p.link_key = ? AND p.feed_id IN (SELECT feed_id FROM feed_targets WHERE guild_id = ?)
			 -- A failed item that a later poll got through is no longer a problem (a refused one is seen as it is refused).
			 AND NOT (p.outcome = 'failed' AND EXISTS (SELECT 1 FROM seen_items s WHERE s.feed_id = p.feed_id AND s.link_key = p.link_key AND s.seen_at > p.at))
			 ORDER BY p.at DESC`,
		),
	};
	const problemsTx = db.transaction((feedId: number, problems: Parameters<FeedStore['recordItemProblems']>[1], at: number) => {
		s.prune.run(feedId, at - ITEM_PROBLEMS_KEPT_MS);
		for (const p of problems) s.problem.run(feedId, p.linkKey, p.outcome, p.detail, at, p.retryAt);
	});
	return {
		async setTargetKind({ guildId, feedId, channelId, kind }) {
			return s.kind.run({ guildId, feedId, channelId: channelId ?? null, kind }).changes;
		},
		async setWebhook({ guildId, targetId, webhook }) {
			return s.webhook.run({ guildId, targetId, id: webhook?.id ?? null, token: webhook?.token ?? null, avatarUrl: webhook?.avatarUrl ?? null }).changes;
		},
		async markWebhookGone(targetId, webhookId, at) {
			s.gone.run(at, targetId, webhookId);
		},
		async deliveryRoute(targetId) {
			const row = s.route.get(targetId);
			return row ? toDeliveryRoute(row) : null;
		},
		async targetRoutes(guildId) {
			return s.routes.all(guildId).map(toTargetRoute);
		},
		async recordItemProblems(feedId, problems, at) {
			if (problems.length > 0) problemsTx.immediate(feedId, problems, at);
		},
		async itemProblems(guildId, url) {
			const key = urlKey(url);
			return key ? s.problems.all(key, guildId) : [];
		},
	};
}
