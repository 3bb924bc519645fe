import { normalizeName } from '../normalize-name.js';
import { nameDistance } from '../name-closeness.js';
import type { EntitySummary, MentionStore } from '../types.js';
import type { Db } from './db.js';
import { loadEntityCard } from './entity-card.js';
import { byMentions, currentEntityId, loadSummaries, withoutStats } from './entity-queries.js';
import { escapeLike } from './like.js';
import { searchQuotes } from './quote-search.js';

/** Same bounds as the SQLite store (src/store/sqlite/mention-store.ts). */
const PREFIX_CANDIDATES = 300;
const RECENT_ARTICLES_FOR_SUGGESTIONS = 20;
const MAX_NAME_LENGTH = 200;

export function createPostgresMentionStore(db: Db): MentionStore {
	const summaries = async (guildId: string, ids: Iterable<number>): Promise<EntitySummary[]> =>
		(await loadSummaries(db, guildId, ids)).map(withoutStats);

	/** Entities the guild can see with a name, or a later word of one, starting with `prefix` (normalised). */
	const byPrefix = async (guildId: string, prefix: string): Promise<number[]> => {
		const rows = await db.query<{ entity_id: number }>(
			`SELECT DISTINCT k.entity_id FROM entity_keys k
			WHERE k.key LIKE $2 || '%' AND EXISTS (
				SELECT 1 FROM mentions m JOIN article_guilds g ON g.article_id = m.article_id AND g.guild_id = $1
				WHERE m.entity_id = k.entity_id)
			LIMIT $3`,
			[guildId, escapeLike(prefix), PREFIX_CANDIDATES],
		);
		return rows.map((r) => r.entity_id);
	};

	const namesOf = async (ids: number[]): Promise<Map<number, string[]>> => {
		const rows = await db.query<{ entity_id: number; norm: string }>(
			`SELECT entity_id, norm FROM entity_names WHERE entity_id = ANY($1)`,
			[ids],
		);
		const names = new Map<number, string[]>();
		for (const row of rows) names.set(row.entity_id, [...(names.get(row.entity_id) ?? []), row.norm]);
		return names;
	};

	return {
		async searchQuotes(query) {
			const speakerId = query.speakerEntityId === undefined ? null : await currentEntityId(db, query.speakerEntityId);
			return searchQuotes(db, query, speakerId);
		},

		async autocompleteEntities(guildId, prefix, limit) {
			const norm = normalizeName(prefix.slice(0, MAX_NAME_LENGTH));
			if (!norm) {
				const recent = await db.query<{ entity_id: number }>(
					`SELECT DISTINCT m.entity_id FROM (
						SELECT article_id FROM article_guilds WHERE guild_id = $1 ORDER BY sort_at DESC LIMIT $2) r
					JOIN mentions m ON m.article_id = r.article_id`,
					[guildId, RECENT_ARTICLES_FOR_SUGGESTIONS],
				);
				return (await summaries(guildId, recent.map((r) => r.entity_id))).sort(byMentions).slice(0, limit);
			}
			const ids = await byPrefix(guildId, norm);
			const names = await namesOf(ids);
			// Names that start with what was typed outrank names where only a later word does.
			const direct = new Set(ids.filter((id) => (names.get(id) ?? []).some((n) => n.startsWith(norm))));
			return (await summaries(guildId, ids))
				.sort((a, b) => Number(direct.has(b.id)) - Number(direct.has(a.id)) || byMentions(a, b))
				.slice(0, limit);
		},

		async findEntity(guildId, name) {
			const norm = normalizeName(name.slice(0, MAX_NAME_LENGTH));
			if (!norm) return null;
			const ids = await db.query<{ entity_id: number }>(`SELECT entity_id FROM entity_names WHERE norm = $1`, [norm]);
			return (await summaries(guildId, ids.map((r) => r.entity_id))).sort(byMentions)[0] ?? null;
		},

		async closestEntities(guildId, name, limit) {
			const norm = normalizeName(name.slice(0, MAX_NAME_LENGTH));
			if (!norm) return [];
			const tokens = norm.split(' ').filter((t) => [...t].length >= 2);
			const candidates = new Set<number>();
			// Candidates share the first letters of the name or of one of its words; edit distance ranks them.
			for (const token of [norm, ...tokens]) {
				for (const id of await byPrefix(guildId, [...token].slice(0, 2).join(''))) candidates.add(id);
			}
			const found = await summaries(guildId, candidates);
			const names = await namesOf(found.map((s) => s.id));
			return found
				.map((summary) => ({ summary, distance: nameDistance(norm, names.get(summary.id) ?? []) }))
				.filter((entry): entry is { summary: EntitySummary; distance: number } => entry.distance !== null)
				.sort((a, b) => a.distance - b.distance || byMentions(a.summary, b.summary))
				.slice(0, limit)
				.map((entry) => entry.summary);
		},

		async entityCard(guildId, entityId) {
			return loadEntityCard(db, guildId, entityId);
		},

		async getEntity(guildId, entityId) {
			const [summary] = await summaries(guildId, [await currentEntityId(db, entityId)]);
			return summary ?? null;
		},
	};
}
