import { normalizeQuoteQuery } from '../policy/quote-query.js';
import { ftsTerms, toScopedFtsMatch } from '../fts-query.js';
import type { QuoteHit, QuoteQuery } from '../types.js';
import type { SqliteDb } from './open-db.js';

/** Full-text candidates kept per query: enough for any page a person will read. */
export const FTS_CANDIDATES = 100;
/**
 * bm25 is computed over at most this many of the guild's newest matches: a word found in most quotes would
 * otherwise cost a ranking pass over all of them. Rare words (the useful searches) are fully ranked.
 */
export const RANK_WINDOW = 400;
/** A speaker's newest quotes searched when a text filter is combined with the speaker. */
const SPEAKER_CANDIDATES = 1_000;

type HitRow = QuoteHit & { sortAt: number };

function toHit(row: HitRow): QuoteHit {
	const { sortAt: _sortAt, ...hit } = row;
	return hit;
}

/** Case- and accent-folded words, as the unicode61 tokenizer with remove_diacritics sees them. */
function foldedWords(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/**
 * How well a quote matches the terms, for a speaker's own quotes (a few hundred, scored in memory): 0 when a
 * term is missing and `all` is required, else matched terms first, then term density.
 */
function scoreText(text: string, terms: string[], all: boolean): number {
	const words = foldedWords(text);
	let matched = 0;
	let occurrences = 0;
	for (const term of terms) {
		const count = words.filter((w) => w === term).length;
		if (count > 0) matched++;
		occurrences += count;
	}
	if (matched === 0 || (all && matched < terms.length)) return 0;
	return matched + occurrences / (words.length + 10);
}

const NEWEST_TOTAL_CAP = 100;

export type SearchQuotes = (query: QuoteQuery, speakerId: number | null) => { hits: QuoteHit[]; total: number };

export function prepareQuoteSearch(db: SqliteDb): SearchQuotes {
	const s = {
		hit: db.prepare<[number], HitRow>(
			`SELECT q.id AS quoteId, q.text AS text, q.speaker AS speaker, q.speaker_entity_id AS speakerEntityId,
			 q.article_id AS articleId, a.title AS articleTitle, a.url AS articleUrl, a.published_at AS publishedAt,
			 a.created_at AS createdAt, a.sort_at AS sortAt FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?`,
		),
		speakerQuotes: db.prepare<[string, number, number, number], { id: number; sortAt: number }>(
			`SELECT quote_id AS id, sort_at AS sortAt FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ?
			 ORDER BY sort_at DESC, quote_id DESC LIMIT ?`,
		),
		quoteText: db.prepare<[number], string>('SELECT text FROM quotes WHERE id = ?').pluck(),
		guildKey: db.prepare<[string], number>('SELECT id FROM guild_keys WHERE guild_id = ?').pluck(),
		bySpeaker: db
			.prepare<[string, number, number, number, number], number>(
				`SELECT quote_id FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ?
				 ORDER BY sort_at DESC, quote_id DESC LIMIT ? OFFSET ?`,
			)
			.pluck(),
		// `/quote since:` alone: the guild's newest quotes. Bounded, so the count is "at least" past the cap.
		newest: db
			.prepare<[string, number, number, number], number>(
				`SELECT quote_id FROM quote_guild WHERE guild_id = ? AND sort_at >= ?
				 ORDER BY sort_at DESC, quote_id DESC LIMIT ? OFFSET ?`,
			)
			.pluck(),
		countBySpeaker: db
			.prepare<[string, number, number], number>('SELECT count(*) FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at >= ?')
			.pluck(),
		// The newest matches by rowid (quote ids grow with time; negative rowids are articles, migration 003),
		// each with its bm25; ranked in JS. FTS5's own ORDER BY rank scores every match before limiting.
		fts: db.prepare<[string, number], { id: number; rank: number }>(
			'SELECT rowid AS id, bm25(search_fts) AS rank FROM search_fts WHERE search_fts MATCH ? AND rowid > 0 ORDER BY rowid DESC LIMIT ?',
		),
	};

	const hydrate = (ids: number[]): HitRow[] => {
		const rows: HitRow[] = [];
		for (const id of ids) {
			const row = s.hit.get(id);
			if (row) rows.push(row);
		}
		return rows;
	};

	const textCandidates = (guildId: string, about: string): Array<{ id: number; rank: number }> => {
		const key = s.guildKey.get(guildId);
		if (key === undefined) return [];
		for (const operator of ['AND', 'OR'] as const) {
			const match = toScopedFtsMatch(about, key, operator);
			if (match === null) return [];
			const rows = s.fts
				.all(match, RANK_WINDOW)
				.sort((a, b) => a.rank - b.rank || b.id - a.id)
				.slice(0, FTS_CANDIDATES);
			// All the words first; when no quote has them all, any of them.
			if (rows.length > 0 || !match.includes(' AND ')) return rows;
		}
		return [];
	};

	/** A speaker's quotes are few: scored in memory, so a common word cannot crowd them out of the FTS window. */
	const speakerText = (query: QuoteQuery, speakerId: number, since: number, about: string): number[] => {
		const terms = [...new Set(ftsTerms(about).flatMap(foldedWords))];
		if (terms.length === 0) return [];
		const quotes = s.speakerQuotes.all(query.guildId, speakerId, since, SPEAKER_CANDIDATES).map((q) => ({ ...q, text: s.quoteText.get(q.id) ?? '' }));
		for (const all of [true, false]) {
			const scored = quotes
				.map((quote) => ({ quote, score: scoreText(quote.text, terms, all) }))
				.filter((entry) => entry.score > 0)
				.sort((a, b) => b.score - a.score || b.quote.sortAt - a.quote.sortAt || b.quote.id - a.quote.id);
			if (scored.length > 0 || terms.length === 1) return scored.map((entry) => entry.quote.id);
		}
		return [];
	};

	return (query, speakerId) => {
		const { since, offset, limit, about } = normalizeQuoteQuery(query);
		if (!about) {
			if (speakerId === null) {
				if (query.since === undefined) return { hits: [], total: 0 };
				const ids = s.newest.all(query.guildId, since, Math.min(limit, NEWEST_TOTAL_CAP), offset);
				const more = s.newest.all(query.guildId, since, NEWEST_TOTAL_CAP, 0).length;
				return { hits: hydrate(ids).map(toHit), total: more };
			}
			const ids = s.bySpeaker.all(query.guildId, speakerId, since, limit, offset);
			return { hits: hydrate(ids).map(toHit), total: s.countBySpeaker.get(query.guildId, speakerId, since) ?? 0 };
		}
		let rows: HitRow[];
		if (speakerId !== null) {
			const ids = speakerText(query, speakerId, since, about);
			return { hits: hydrate(ids.slice(offset, offset + limit)).map(toHit), total: ids.length };
		} else {
			const ranked: Array<HitRow & { rank: number }> = [];
			for (const candidate of textCandidates(query.guildId, about)) {
				const row = s.hit.get(candidate.id);
				if (row && row.sortAt >= since) ranked.push({ ...row, rank: candidate.rank });
			}
			// bm25 is lower-is-better; equal relevance goes newest first.
			ranked.sort((a, b) => a.rank - b.rank || b.sortAt - a.sortAt || b.quoteId - a.quoteId);
			rows = ranked.map(({ rank: _rank, ...row }) => row);
		}
		return { hits: rows.slice(offset, offset + limit).map(toHit), total: rows.length };
	};
}
