/** The forum/webhook columns of feed_targets (migration 12), read the same way by SQLite and Postgres. */
import type { DeliveryRoute, FeedStore, TargetKind, TargetRoute } from '../types.js';

export type RoutePart = Pick<
	FeedStore,
	'setTargetKind' | 'setWebhook' | 'markWebhookGone' | 'deliveryRoute' | 'targetRoutes' | 'recordItemProblems' | 'itemProblems'
>;

/** Problems older than this are dropped when new ones are recorded: /feed why is asked about recent articles. */
export const ITEM_PROBLEMS_KEPT_MS = 30 * 86_400_000;

const KINDS: readonly TargetKind[] = ['channel', 'thread', 'forum'];
export const toKind = (value: string | null | undefined): TargetKind => (KINDS.includes(value as TargetKind) ? (value as TargetKind) : 'channel');

export interface RouteRow {
	id: number;
	target_kind: string;
	webhook_id: string | null;
	webhook_token: string | null;
	webhook_avatar_url: string | null;
	webhook_gone_at: number | null;
	/** Only in deliveryRoute's query. */
	source_name?: string | null;
}

export function toDeliveryRoute(row: RouteRow): DeliveryRoute {
	const webhook = row.webhook_id && row.webhook_token ? { id: row.webhook_id, token: row.webhook_token, avatarUrl: row.webhook_avatar_url } : null;
	return { kind: toKind(row.target_kind), webhook, sourceName: row.source_name ?? null };
}

export function toTargetRoute(row: RouteRow): TargetRoute {
	const webhook = row.webhook_id && row.webhook_token ? 'active' : row.webhook_gone_at !== null ? 'gone' : null;
	return { targetId: row.id, kind: toKind(row.target_kind), webhook };
}


/** deliveryRoute's columns: the route, and the name a webhook posts under. */
export const DELIVERY_ROUTE_SELECT = `SELECT t.id, t.target_kind, t.webhook_id, t.webhook_token, t.webhook_avatar_url, t.webhook_gone_at,
	COALESCE(t.label, f.title) AS source_name FROM feed_targets t JOIN feeds f ON f.id = t.feed_id`;
