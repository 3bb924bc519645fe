import type { EntityType } from '../../briefs/types.js';
import type { EntitySummary } from '../types.js';
import type { Db } from './db.js';

export interface EntityStats {
	articleCount: number;
	firstSeen: number;
	lastSeen: number;
}

interface SummaryRow {
	id: number;
	name: string;
	type: EntityType;
	aliases: string[];
	article_count: number;
	first_seen: number;
	last_seen: number;
}

/** The current id of an entity that may have been merged into another since the id was handed out. */
export async function currentEntityId(db: Db, entityId: number): Promise<number> {
	const [row] = await db.query<{ new_id: number }>(`SELECT new_id FROM entity_redirects WHERE old_id = $1`, [entityId]);
	return row?.new_id ?? entityId;
}

/**
 * The entities as this guild sees them, in the order of `ids`; those none of the guild's articles mention are
 * left out. mentionCount is the number of the guild's articles that mention the entity, as in SQLite.
 */
export async function loadSummaries(
	db: Db,
	guildId: string,
	ids: Iterable<number>,
): Promise<Array<EntitySummary & { stats: EntityStats }>> {
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return [];
	const found = await db.query<SummaryRow>(
		`SELECT e.id, e.name, e.type, st.article_count, st.first_seen, st.last_seen,
			ARRAY(SELECT n.name FROM entity_names n WHERE n.entity_id = e.id AND n.name <> e.name
				ORDER BY length(n.name) DESC, n.norm) AS aliases
		FROM entities e
		CROSS JOIN LATERAL (
			SELECT count(*) AS article_count, min(g.sort_at) AS first_seen, max(g.sort_at) AS last_seen
			FROM mentions m JOIN article_guilds g ON g.article_id = m.article_id AND g.guild_id = $1
			WHERE m.entity_id = e.id) st
		WHERE e.id = ANY($2) AND st.article_count > 0`,
		[guildId, wanted],
	);
	const byId = new Map(found.map((r) => [r.id, r]));
	return wanted.flatMap((id) => {
		const r = byId.get(id);
		if (!r) return [];
		return [
			{
				id: r.id,
				name: r.name,
				type: r.type,
				aliases: r.aliases,
				mentionCount: r.article_count,
				stats: { articleCount: r.article_count, firstSeen: r.first_seen, lastSeen: r.last_seen },
			},
		];
	});
}

/** Most mentioned first, then by name. */
export function byMentions(a: EntitySummary, b: EntitySummary): number {
	return b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
}

export function withoutStats(summary: EntitySummary & { stats?: EntityStats }): EntitySummary {
	const { stats: _stats, ...rest } = summary;
	return rest;
}
