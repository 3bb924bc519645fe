import type { SqliteDb } from '../open-db.js';
import { scopedDocument } from '../../fts-query.js';

/**
 * The search index becomes guild-scoped at the term level (see scopedDocument): with one guild token per row,
 * a word found in most of the 1,000,000 quotes had to be intersected with the guild's rows on every search,
 * which took tens of milliseconds. Each guild gets a small integer key for its terms.
 */
export const GUILD_SCOPED_SEARCH_SQL = /* sql */ `
CREATE TABLE guild_keys (
	id INTEGER PRIMARY KEY,
	guild_id TEXT NOT NULL UNIQUE
);
INSERT INTO guild_keys (guild_id) SELECT DISTINCT guild_id FROM article_guild ORDER BY guild_id;
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5 (
	text,
	tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", content = '', contentless_delete = 1
);
`;

/** Re-indexes every visible quote and article into the new index. */
export function reindexScopedSearch(db: SqliteDb): void {
	const keysOf = db
		.prepare<[number], number>(
			'SELECT k.id FROM article_guild ag JOIN guild_keys k ON k.guild_id = ag.guild_id WHERE ag.article_id = ? ORDER BY k.id',
		)
		.pluck();
	const quotes = db.prepare<[number], { id: number; text: string }>('SELECT id, text FROM quotes WHERE article_id = ?');
	const insert = db.prepare('INSERT INTO search_fts (rowid, text) VALUES (?, ?)');
	// Paged, since better-sqlite3 cannot write while a statement is still iterating.
	const page = db.prepare<[number], { id: number; title: string; summary: string }>(
		'SELECT id, title, summary FROM articles WHERE id > ? AND id IN (SELECT article_id FROM article_guild) ORDER BY id LIMIT 1000',
	);
	for (let last = Number.MIN_SAFE_INTEGER; ; ) {
		const articles = page.all(last);
		if (articles.length === 0) break;
		for (const article of articles) {
			const keys = keysOf.all(article.id);
			for (const quote of quotes.all(article.id)) insert.run(quote.id, scopedDocument(quote.text, keys));
			insert.run(-article.id, scopedDocument(`${article.title}\n${article.summary}`, keys));
		}
		last = articles.at(-1)!.id;
	}
}
