import { toSettings, type SettingsColumns } from '../target-settings.js';
import type { FeedRecord, FeedTarget } from '../types.js';

/** A `feeds` row as either engine returns it (SQLite booleans are 0/1, Postgres ones are booleans). */
export interface FeedRow {
	id: number;
	url: string;
	final_url: string | null;
	title: string | null;
	etag: string | null;
	last_modified: string | null;
	body_hash: string | null;
	consecutive_failures: number;
	last_error: string | null;
	last_error_at: number | null;
	disabled_reason: string | null;
	next_poll_at: number;
	last_polled_at: number | null;
	initialized: boolean | number;
	backfill: number;
	created_at: number;
	/** Only where feeds are listed as due: the interval wishes of the feed's active targets. */
	interval_ms?: number | null;
	interval_has_default?: boolean | number;
}

export interface TargetRow extends SettingsColumns {
	id: number;
	feed_id: number;
	guild_id: string;
	channel_id: string;
	disabled_reason: string | null;
	created_at: number;
}

export function toFeed(row: FeedRow): FeedRecord {
	return {
		id: row.id,
		url: row.url,
		finalUrl: row.final_url,
		title: row.title,
		etag: row.etag,
		lastModified: row.last_modified,
		bodyHash: row.body_hash,
		consecutiveFailures: row.consecutive_failures,
		lastError: row.last_error,
		lastErrorAt: row.last_error_at,
		disabledReason: row.disabled_reason,
		nextPollAt: row.next_poll_at,
		lastPolledAt: row.last_polled_at,
		initialized: Boolean(row.initialized),
		backfill: row.backfill,
		createdAt: row.created_at,
		...(row.interval_has_default === undefined
			? {}
			: { intervalMs: row.interval_ms ?? null, intervalHasDefault: Boolean(row.interval_has_default) }),
	};
}

export function toTarget(row: TargetRow): FeedTarget {
	return {
		id: row.id,
		feedId: row.feed_id,
		guildId: row.guild_id,
		channelId: row.channel_id,
		disabledReason: row.disabled_reason,
		createdAt: row.created_at,
		settings: toSettings(row),
	};
}
