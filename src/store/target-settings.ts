/** The settings columns of feed_targets (migration 8), read the same way by SQLite and Postgres. */
import type { FeedFormat, FeedPing, TargetSettings } from './types.js';

export interface SettingsColumns {
	label?: string | null;
	filter?: string | null;
	paused_at?: number | null;
	format?: string | null;
	interval_ms?: number | null;
	/** JSON text in SQLite, jsonb (already parsed) in Postgres. */
	pings?: string | FeedPing[] | null;
	locale?: string | null;
}

const FORMATS: readonly FeedFormat[] = ['full', 'compact', 'headline'];

export function toSettings(row: SettingsColumns): TargetSettings {
	return {
		label: row.label ?? null,
		filter: row.filter ?? null,
		pausedAt: row.paused_at ?? null,
		format: FORMATS.includes(row.format as FeedFormat) ? (row.format as FeedFormat) : 'full',
		intervalMs: row.interval_ms ?? null,
		pings: readPings(row.pings),
		locale: row.locale ?? null,
	};
}

function readPings(value: SettingsColumns['pings']): FeedPing[] {
	if (!value) return [];
	const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
	if (!Array.isArray(parsed)) return [];
	// Only well-formed snowflakes survive: these ids end up in allowedMentions.
	return parsed.filter(
		(p): p is FeedPing =>
			typeof p === 'object' && p !== null && (p.kind === 'role' || p.kind === 'user') && /^\d{1,20}$/.test(String(p.id)),
	);
}
