import { normalizeQuoteQuery } from '../policy/quote-query.js';
import { ftsTerms } from '../fts-query.js';
import type { QuoteHit, QuoteQuery } from '../types.js';
import type { Db } from './db.js';

/**
 * Full-text candidates ranked per query, as in the SQLite store: enough for any page a person will read,
 * and it bounds a query for a very common word.
 */
const FTS_CANDIDATES = 500;

const NEWEST_TOTAL_CAP = 100;

const HIT_COLUMNS = `q.id AS "quoteId", q.text, q.speaker, q.speaker_entity_id AS "speakerEntityId",
	q.article_id AS "articleId", a.title AS "articleTitle", a.url AS "articleUrl", a.published_at AS "publishedAt",
	a.created_at AS "createdAt"`;

const GUILD_QUOTES = `FROM quotes q JOIN article_guilds g ON g.article_id = q.article_id AND g.guild_id = $1
	JOIN articles a ON a.id = q.article_id`;

/**
 * Quotes the guild's feeds delivered, by speaker and/or free text. The text is reduced to plain words
 * (src/store/fts-query.ts) and reaches Postgres only as a parameter of plainto_tsquery, so quotes, operators and
 * parentheses are never syntax. All the words first; when no quote has them all, any of them. Ranked by
 * relevance, newest first on ties. `speakerId` is already resolved through merges.
 */
export async function searchQuotes(
	db: Db,
	query: QuoteQuery,
	speakerId: number | null,
): Promise<{ hits: QuoteHit[]; total: number }> {
	const { since, offset, limit, about } = normalizeQuoteQuery(query);
	if (!about) {
		if (speakerId === null) {
			if (query.since === undefined) return { hits: [], total: 0 };
			// `/quote since:` alone: the guild's newest quotes, the count bounded as in the SQLite store.
			const newest = await db.query<QuoteHit>(
				`SELECT ${HIT_COLUMNS} ${GUILD_QUOTES} WHERE q.sort_at >= $2 ORDER BY q.sort_at DESC, q.id DESC LIMIT $3`,
				[query.guildId, since, NEWEST_TOTAL_CAP],
			);
			return { hits: newest.slice(offset, offset + limit), total: newest.length };
		}
		const [count] = await db.query<{ n: number }>(
			`SELECT count(*) AS n ${GUILD_QUOTES} WHERE q.speaker_entity_id = $2 AND q.sort_at >= $3`,
			[query.guildId, speakerId, since],
		);
		const hits = await db.query<QuoteHit>(
			`SELECT ${HIT_COLUMNS} ${GUILD_QUOTES} WHERE q.speaker_entity_id = $2 AND q.sort_at >= $3
			ORDER BY q.sort_at DESC, q.id DESC LIMIT $4 OFFSET $5`,
			[query.guildId, speakerId, since, limit, offset],
		);
		return { hits, total: count?.n ?? 0 };
	}
	const terms = ftsTerms(about);
	if (terms.length === 0) return { hits: [], total: 0 };
	for (const operator of ['&', '|'] as const) {
		const rows = await db.query<QuoteHit>(
			`SELECT ${HIT_COLUMNS} ${GUILD_QUOTES}
			CROSS JOIN LATERAL (SELECT CASE WHEN $5 = '&' THEN plainto_tsquery('simple', bb_fold($2))
				ELSE replace(plainto_tsquery('simple', bb_fold($2))::text, ' & ', ' | ')::tsquery END AS tsq) s
			WHERE q.search @@ s.tsq AND ($3::bigint IS NULL OR q.speaker_entity_id = $3) AND q.sort_at >= $4
			ORDER BY ts_rank_cd(q.search, s.tsq) DESC, q.sort_at DESC, q.id DESC LIMIT $6`,
			[query.guildId, terms.join(' '), speakerId, since, operator, FTS_CANDIDATES],
		);
		if (rows.length > 0 || terms.length === 1) return { hits: rows.slice(offset, offset + limit), total: rows.length };
	}
	return { hits: [], total: 0 };
}
