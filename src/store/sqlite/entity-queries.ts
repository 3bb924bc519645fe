import type { EntityType } from '../../briefs/types.js';
import type { EntitySummary } from '../types.js';
import type { SqliteDb } from './open-db.js';

/** Shared lookups of the mention store: redirects, guild stats and entity summaries. */
export interface EntityQueries {
	/** The current id of an entity that may have been merged into another since the id was handed out. */
	current(entityId: number): number;
	/** The entity as this guild sees it, or null when none of the guild's articles mention it. */
	summary(guildId: string, entityId: number): EntitySummary | null;
	stats(guildId: string, entityId: number): { article_count: number; first_seen: number; last_seen: number } | undefined;
}

export function prepareEntityQueries(db: SqliteDb): EntityQueries {
	const s = {
		redirect: db.prepare<[number], number>('SELECT new_id FROM entity_redirects WHERE old_id = ?').pluck(),
		entity: db.prepare<[number], { id: number; name: string; type: EntityType }>('SELECT id, name, type FROM entities WHERE id = ?'),
		names: db.prepare<[number], string>('SELECT name FROM entity_names WHERE entity_id = ? ORDER BY length(name) DESC').pluck(),
		stats: db.prepare<[string, number], { article_count: number; first_seen: number; last_seen: number }>(
			'SELECT article_count, first_seen, last_seen FROM entity_guild WHERE guild_id = ? AND entity_id = ?',
		),
	};
	const current = (entityId: number): number => s.redirect.get(entityId) ?? entityId;
	return {
		current,
		stats: (guildId, entityId) => s.stats.get(guildId, entityId),
		summary(guildId, entityId) {
			const stats = s.stats.get(guildId, entityId);
			if (!stats) return null;
			const entity = s.entity.get(entityId);
			if (!entity) return null;
			const aliases = s.names.all(entityId).filter((name) => name !== entity.name);
			return { id: entity.id, name: entity.name, type: entity.type, aliases, mentionCount: stats.article_count };
		},
	};
}
