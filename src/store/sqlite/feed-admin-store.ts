/** The /feed administration half of the SQLite feed store: per-guild target settings, moves, skips, previews. */
import { decodeBrief } from './brief-json.js';
import { LimitError } from '../../shared/errors.js';
import type { FeedStore, TargetPatch } from '../types.js';
import type { RoutePart } from '../policy/target-route-rows.js';
import { createSqliteTargetRoutes } from './target-routes.js';
import type { SqliteDb } from './open-db.js';

type AdminPart = Pick<FeedStore, 'updateGuildFeed' | 'moveGuildFeed' | 'recordSkips' | 'recentFeedBriefs'>;

/** Feeds the guild follows other than the one at `url` (re-adding a followed feed never counts against the cap). */
export function guildFeedCount(db: SqliteDb, guildId: string, url: string): number {
	return db
		.prepare<[string, string], number>(
			`SELECT COUNT(DISTINCT t.feed_id) FROM feed_targets t JOIN feeds f ON f.id = t.feed_id WHERE t.guild_id = ? AND f.url <> ?`,
		)
		.pluck()
		.get(guildId, url.trim()) as number;
}

export function createSqliteFeedAdmin(db: SqliteDb, _now: () => number): AdminPart & RoutePart {
	const s = {
		// Each setting changes only when its flag is set, so one statement serves every patch.
		update: db.prepare(
			`UPDATE feed_targets SET
				label = CASE WHEN @hasLabel THEN @label ELSE label END,
				filter = CASE WHEN @hasFilter THEN @filter ELSE filter END,
				paused_at = CASE WHEN @hasPausedAt THEN @pausedAt ELSE paused_at END,
				format = CASE WHEN @hasFormat THEN @format ELSE format END,
				interval_ms = CASE WHEN @hasIntervalMs THEN @intervalMs ELSE interval_ms END,
				pings = CASE WHEN @hasPings THEN @pings ELSE pings END
			 WHERE guild_id = @guildId AND feed_id = @feedId`,
		),
		otherFilters: db
			.prepare<[string, number], number>(
				'SELECT COUNT(DISTINCT feed_id) FROM feed_targets WHERE guild_id = ? AND feed_id <> ? AND filter IS NOT NULL',
			)
			.pluck(),
		targets: db.prepare<[string, number], { id: number; channel_id: string }>(
			'SELECT id, channel_id FROM feed_targets WHERE guild_id = ? AND feed_id = ? ORDER BY id',
		),
		deleteTarget: db.prepare('DELETE FROM feed_targets WHERE id = ?'),
		// A webhook belongs to its channel: a moved target posts as the bot until /feed webhook is run again.
		moveTarget: db.prepare(
			'UPDATE feed_targets SET channel_id = ?, disabled_reason = NULL, webhook_id = NULL, webhook_token = NULL, webhook_gone_at = NULL WHERE id = ?',
		),
		skip: db.prepare(
			`INSERT INTO target_skips (article_id, target_id, reason, detail, at) VALUES (?, ?, ?, ?, ?)
			 ON CONFLICT (article_id, target_id) DO UPDATE SET reason = excluded.reason, detail = excluded.detail, at = excluded.at`,
		),
		recent: db.prepare<[number, number], { articleId: number; json: string; createdAt: number }>(
			`SELECT a.id AS articleId, b.json AS json, a.created_at AS createdAt FROM articles a JOIN briefs b ON b.article_id = a.id
			 WHERE a.feed_id = ? ORDER BY a.id DESC LIMIT ?`,
		),
	};

	const updateTx = db.transaction((input: Parameters<FeedStore['updateGuildFeed']>[0]) => {
		const max = input.limits?.maxFilters;
		if (max !== undefined && input.patch.filter && s.otherFilters.get(input.guildId, input.feedId)! >= max) {
			throw new LimitError('filters', max);
		}
		return s.update.run({ guildId: input.guildId, feedId: input.feedId, ...patchParams(input.patch) }).changes;
	});

	const moveTx = db.transaction((input: { guildId: string; feedId: number; channelId: string }) => {
		const targets = s.targets.all(input.guildId, input.feedId);
		const [keep, ...rest] = targets;
		if (!keep) return 0;
		// Several channels of one guild collapse into the new one: the unique key allows one target per channel.
		for (const target of rest) s.deleteTarget.run(target.id);
		s.moveTarget.run(input.channelId, keep.id);
		return targets.length;
	});

	const skipTx = db.transaction((articleId: number, skips: Parameters<FeedStore['recordSkips']>[1], at: number) => {
		for (const skip of skips) s.skip.run(articleId, skip.targetId, skip.reason, skip.detail, at);
	});

	return {
		...createSqliteTargetRoutes(db),
		async updateGuildFeed(input) {
			return updateTx.immediate(input);
		},
		async moveGuildFeed(input) {
			return moveTx.immediate(input);
		},
		async recordSkips(articleId, skips, at) {
			if (skips.length > 0) skipTx.immediate(articleId, skips, at);
		},
		async recentFeedBriefs(feedId, limit) {
			return s.recent.all(feedId, limit).map((row) => ({ articleId: row.articleId, brief: decodeBrief(row.json), createdAt: row.createdAt }));
		},
	};
}

/** Named parameters of the update statement: a `has…` flag (1/0) and a value per setting. */
export function patchParams(patch: TargetPatch): Record<string, unknown> {
	const flag = (key: keyof TargetPatch) => (key in patch && patch[key] !== undefined ? 1 : 0);
	return {
		hasLabel: flag('label'),
		label: patch.label ?? null,
		hasFilter: flag('filter'),
		filter: patch.filter ?? null,
		hasPausedAt: flag('pausedAt'),
		pausedAt: patch.pausedAt ?? null,
		hasFormat: flag('format'),
		format: patch.format ?? 'full',
		hasIntervalMs: flag('intervalMs'),
		intervalMs: patch.intervalMs ?? null,
		hasPings: flag('pings'),
		pings: JSON.stringify(patch.pings ?? []),
	};
}
