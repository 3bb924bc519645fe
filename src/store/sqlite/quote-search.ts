import { toFtsMatch } from '../fts-query.js';
import type { QuoteHit, QuoteQuery } from '../types.js';
import { guildToken } from './guild-visibility.js';
import type { SqliteDb } from './open-db.js';

/**
 * Full-text candidates kept per query: enough for any page a person will read. The MATCH includes the guild
 * token, so FTS5 intersects with the guild's rows instead of post-filtering every match.
 */
export const FTS_CANDIDATES = 100;
/**
 * bm25 is computed over at most this many of the newest matches: a word found in most quotes would otherwise
 * cost a ranking pass over all of them. Rare words (the useful searches) have fewer matches and are fully ranked.
 */
export const RANK_WINDOW = 400;
/** A speaker's newest quotes searched when a text filter is combined with the speaker. */
const SPEAKER_CANDIDATES = 2_000;

interface HitRow {
	quoteId: number;
	text: string;
	speaker: string | null;
	speakerEntityId: number | null;
	articleId: number;
	articleTitle: string;
	articleUrl: string | null;
	publishedAt: number | null;
	createdAt: number;
	sortAt: number;
}

function toHit(row: HitRow): QuoteHit {
	const { sortAt: _sortAt, ...hit } = row;
	return hit;
}

export type SearchQuotes = (query: QuoteQuery, speakerId: number | null) => { hits: QuoteHit[]; total: number };

export function prepareQuoteSearch(db: SqliteDb): SearchQuotes {
	const s = {
		hit: db.prepare<[number], HitRow>(
			`SELECT q.id AS quoteId, q.text AS text, q.speaker AS speaker, q.speaker_entity_id AS speakerEntityId,
			 q.article_id AS articleId, a.title AS articleTitle, a.url AS articleUrl, a.published_at AS publishedAt,
			 a.created_at AS createdAt, a.sort_at AS sortAt FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?`,
		),
		bySpeaker: db
			.prepare<[string, number, number, number, number], number>(
				`SELECT quote_id FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ?
				 ORDER BY sort_at DESC, quote_id DESC LIMIT ? OFFSET ?`,
			)
			.pluck(),
		countBySpeaker: db
			.prepare<[string, number, number], number>('SELECT count(*) FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ?')
			.pluck(),
		speakerIds: db
			.prepare<[string, number, number, number], number>(
				'SELECT quote_id FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ? ORDER BY sort_at DESC LIMIT ?',
			)
			.pluck(),
		windowStart: db
			.prepare<[string, number], number>(
				'SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid > 0 ORDER BY rowid DESC LIMIT 1 OFFSET ?',
			)
			.pluck(),
		// A speaker's own quotes are searched directly, so a common word cannot crowd them out of the window.
		ftsAmong: db.prepare<[string, string, number], { id: number; rank: number }>(
			`SELECT rowid AS id, bm25(search_fts, 1.0, 0.0) AS rank FROM search_fts WHERE search_fts MATCH ?
			 AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?`,
		),
		fts: db.prepare<[string, number, number], { id: number; rank: number }>(
			// Positive rowids are quotes; negative ones are articles (migration 003).
			`SELECT rowid AS id, bm25(search_fts, 1.0, 0.0) AS rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= max(?, 1)
			 ORDER BY rank LIMIT ?`,
		),
	};

	const hydrate = (ids: number[]): QuoteHit[] => {
		const hits: QuoteHit[] = [];
		for (const id of ids) {
			const row = s.hit.get(id);
			if (row) hits.push(toHit(row));
		}
		return hits;
	};

	const textCandidates = (guildId: string, about: string, among: number[] | null): Array<{ id: number; rank: number }> => {
		const scope = `guilds : "${guildToken(guildId)}"`;
		for (const operator of ['AND', 'OR'] as const) {
			const terms = toFtsMatch(about, operator);
			if (terms === null) return [];
			const match = `${scope} AND text : (${terms})`;
			let rows: Array<{ id: number; rank: number }>;
			if (among) {
				rows = s.ftsAmong.all(match, JSON.stringify(among), FTS_CANDIDATES);
			} else {
				// Quote ids grow with time, so the window of the newest matches starts at the RANK_WINDOW-th id from the top.
				const from = s.windowStart.get(match, RANK_WINDOW - 1) ?? 0;
				rows = s.fts.all(match, from, FTS_CANDIDATES);
			}
			// All the words first; when no quote has them all, any of them.
			if (rows.length > 0 || !terms.includes(' AND ')) return rows;
		}
		return [];
	};

	return (query, speakerId) => {
		const since = query.since ?? Number.MIN_SAFE_INTEGER;
		const offset = Math.max(0, query.offset ?? 0);
		const limit = Math.max(0, query.limit);
		const about = query.about?.trim() ?? '';
		if (!about) {
			if (speakerId === null) return { hits: [], total: 0 };
			const ids = s.bySpeaker.all(query.guildId, speakerId, since, limit, offset);
			return { hits: hydrate(ids), total: s.countBySpeaker.get(query.guildId, speakerId, since) ?? 0 };
		}
		const among = speakerId === null ? null : s.speakerIds.all(query.guildId, speakerId, since, SPEAKER_CANDIDATES);
		const candidates = among?.length === 0 ? [] : textCandidates(query.guildId, about, among);
		const rows: Array<HitRow & { rank: number }> = [];
		for (const candidate of candidates) {
			const row = s.hit.get(candidate.id);
			if (row && row.sortAt >= since) rows.push({ ...row, rank: candidate.rank });
		}
		// bm25 is lower-is-better; equal relevance goes newest first.
		rows.sort((a, b) => a.rank - b.rank || b.sortAt - a.sortAt || b.quoteId - a.quoteId);
		const page = rows.slice(offset, offset + limit).map(({ rank: _rank, ...row }) => toHit(row));
		return { hits: page, total: rows.length };
	};
}
