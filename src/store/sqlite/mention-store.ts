import { normalizeName, prefixUpperBound } from '../normalize-name.js';
import { nameDistance } from '../name-closeness.js';
import type { EntitySummary, MentionStore } from '../types.js';
import { prepareEntityCard } from './entity-card.js';
import { prepareEntityQueries } from './entity-queries.js';
import type { SqliteDb } from './open-db.js';
import { prepareQuoteSearch } from './quote-search.js';

/** Name keys read per prefix: autocomplete shows 25 at most, ranked by mentions among these. */
const PREFIX_CANDIDATES = 300;
/** Entities of the guild's latest articles, suggested before anything is typed. */
const RECENT_ARTICLES_FOR_SUGGESTIONS = 20;
const MAX_NAME_LENGTH = 200;
/** Closest names: the most mentioned entities sharing the first two letters of the name or of one of its words. */
const MAX_CLOSEST_HEADS = 4;
const CLOSEST_PER_HEAD = 40;

export function createSqliteMentionStore(db: SqliteDb): MentionStore {
	const entities = prepareEntityQueries(db);
	const searchQuotes = prepareQuoteSearch(db);
	const loadCard = prepareEntityCard(db, entities, searchQuotes);
	const s = {
		prefix: db.prepare<[string, string, string, number], { norm: string; entity_id: number }>(
			'SELECT norm, entity_id FROM guild_names WHERE guild_id = ? AND norm >= ? AND norm < ? LIMIT ?',
		),
		// Ranked in SQL so that only the shown entities are read: names that start with the prefix before
		// names where only a later word does, then by how many of the guild's articles mention them.
		ranked: db
			.prepare<[{ guild: string; from: string; to: string; candidates: number; limit: number }], number>(
				`SELECT c.entity_id FROM (SELECT norm, entity_id FROM guild_names WHERE guild_id = @guild AND norm >= @from AND norm < @to
				 LIMIT @candidates) c
				 JOIN entity_guild g ON g.guild_id = @guild AND g.entity_id = c.entity_id
				 GROUP BY c.entity_id
				 ORDER BY max(EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = c.entity_id AND n.norm >= @from AND n.norm < @to)) DESC,
				 g.article_count DESC, c.entity_id LIMIT @limit`,
			)
			.pluck(),
		exact: db
			.prepare<[string, string], number>(
				`SELECT g.entity_id FROM guild_names g JOIN entity_names n ON n.norm = g.norm AND n.entity_id = g.entity_id
				 WHERE g.guild_id = ? AND g.norm = ?`,
			)
			.pluck(),
		recentMentioned: db
			.prepare<[string, number], number>(
				`SELECT DISTINCT m.entity_id FROM (SELECT article_id FROM article_guild WHERE guild_id = ? ORDER BY sort_at DESC LIMIT ?) r
				 JOIN mentions m ON m.article_id = r.article_id`,
			)
			.pluck(),
		names: db.prepare<[number], string>('SELECT norm FROM entity_names WHERE entity_id = ?').pluck(),
	};

	const summaries = (guildId: string, ids: Iterable<number>): EntitySummary[] => {
		const out: EntitySummary[] = [];
		for (const id of new Set(ids)) {
			const summary = entities.summary(guildId, id);
			if (summary) out.push(summary);
		}
		return out;
	};

	const byMentions = (a: EntitySummary, b: EntitySummary) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);

	const autocomplete = (guildId: string, prefix: string, limit: number): EntitySummary[] => {
		const norm = normalizeName(prefix.slice(0, MAX_NAME_LENGTH));
		if (!norm) return summaries(guildId, s.recentMentioned.all(guildId, RECENT_ARTICLES_FOR_SUGGESTIONS)).sort(byMentions).slice(0, limit);
		const ids = s.ranked.all({ guild: guildId, from: norm, to: prefixUpperBound(norm), candidates: PREFIX_CANDIDATES, limit: Math.max(0, limit) });
		return summaries(guildId, ids);
	};

	const closest = (guildId: string, name: string, limit: number): EntitySummary[] => {
		const norm = normalizeName(name.slice(0, MAX_NAME_LENGTH));
		if (!norm) return [];
		const tokens = norm.split(' ').filter((t) => [...t].length >= 2);
		const candidates = new Set<number>();
		// Candidates share the first letters of the name or of one of its words; edit distance ranks them.
		for (const token of new Set([norm, ...tokens].slice(0, MAX_CLOSEST_HEADS))) {
			const head = [...token].slice(0, 2).join('');
			const ranked = s.ranked.all({ guild: guildId, from: head, to: prefixUpperBound(head), candidates: PREFIX_CANDIDATES, limit: CLOSEST_PER_HEAD });
			for (const id of ranked) candidates.add(id);
		}
		const scored = summaries(guildId, candidates).map((summary) => ({ summary, distance: nameDistance(norm, s.names.all(summary.id)) }));
		return scored
			.filter((entry): entry is { summary: EntitySummary; distance: number } => entry.distance !== null)
			.sort((a, b) => a.distance - b.distance || byMentions(a.summary, b.summary))
			.slice(0, limit)
			.map((entry) => entry.summary);
	};

	return {
		async searchQuotes(query) {
			const speakerId = query.speakerEntityId === undefined ? null : entities.current(query.speakerEntityId);
			return searchQuotes(query, speakerId);
		},
		async autocompleteEntities(guildId, prefix, limit) {
			return autocomplete(guildId, prefix, limit);
		},
		async findEntity(guildId, name) {
			const norm = normalizeName(name.slice(0, MAX_NAME_LENGTH));
			if (!norm) return null;
			return summaries(guildId, s.exact.all(guildId, norm)).sort(byMentions)[0] ?? null;
		},
		async closestEntities(guildId, name, limit) {
			return closest(guildId, name, limit);
		},
		async entityCard(guildId, entityId) {
			return loadCard(guildId, entityId);
		},
		async getEntity(guildId, entityId) {
			return entities.summary(guildId, entities.current(entityId));
		},
	};
}
