/**
 * Quotes and articles share one FTS5 index: quotes under their id, articles under minus their id. Every ingest
 * commit flushes one FTS segment instead of two, which was a fifth of the cost of ingesting a brief.
 */
export const ONE_SEARCH_INDEX_SQL = /* sql */ `
CREATE VIRTUAL TABLE search_fts USING fts5 (
	text, guilds,
	tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1
);
INSERT INTO search_fts (rowid, text, guilds)
SELECT q.id, q.text, t.guilds FROM quotes q
JOIN (SELECT article_id, group_concat('g' || lower(hex(guild_id)), ' ') AS guilds FROM article_guild GROUP BY article_id) t
	ON t.article_id = q.article_id;
INSERT INTO search_fts (rowid, text, guilds)
SELECT -a.id, a.title || char(10) || a.summary, t.guilds FROM articles a
JOIN (SELECT article_id, group_concat('g' || lower(hex(guild_id)), ' ') AS guilds FROM article_guild GROUP BY article_id) t
	ON t.article_id = a.id;
DROP TABLE quotes_fts;
DROP TABLE articles_fts;
`;
