import { scopedDocument } from '../fts-query.js';
import type { SqliteDb } from './open-db.js';

/** The small integer that prefixes a guild's search terms (migration 004), created on first use. */
export function prepareGuildKeys(db: SqliteDb): (guildId: string) => number {
	const insert = db.prepare('INSERT OR IGNORE INTO guild_keys (guild_id) VALUES (?)');
	const select = db.prepare<[string], number>('SELECT id FROM guild_keys WHERE guild_id = ?').pluck();
	const cache = new Map<string, number>();
	return (guildId) => {
		let key = cache.get(guildId);
		if (key === undefined) {
			key = select.get(guildId);
			if (key === undefined) {
				insert.run(guildId);
				key = select.get(guildId)!;
			}
			cache.set(guildId, key);
		}
		return key;
	};
}

/** What hangs off an article, when the caller just wrote it and need not read it back. */
export interface ArticleContent {
	quotes: Array<{ id: number; speaker: number; text: string }>;
	entities: number[];
	title: string;
	summary: string;
}

export interface GuildVisibility {
	/** Makes an article (its quotes, mentions and entities) visible to a guild; false when it already was. */
	grant(articleId: number, guildId: string, sortAt: number, content?: ArticleContent): boolean;
	/** Removes an article from every guild that could see it, keeping the per-guild statistics exact. */
	revokeAll(articleId: number): void;
	/** Rewrites the article's FTS rows with the guilds that can now see it. */
	refreshFts(articleId: number, isNew: boolean, content?: ArticleContent): void;
}

export function prepareGuildVisibility(db: SqliteDb): GuildVisibility {
	const guildKey = prepareGuildKeys(db);
	const s = {
		insertArticleGuild: db.prepare('INSERT INTO article_guild (guild_id, article_id, sort_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
		articleGuilds: db.prepare<[number], { guild_id: string; sort_at: number }>(
			'SELECT guild_id, sort_at FROM article_guild WHERE article_id = ?',
		),
		deleteArticleGuilds: db.prepare('DELETE FROM article_guild WHERE article_id = ?'),
		quotes: db.prepare<[number], { id: number; speaker: number; text: string }>(
			'SELECT id, COALESCE(speaker_entity_id, 0) AS speaker, text FROM quotes WHERE article_id = ? ORDER BY ord',
		),
		mentionedEntities: db.prepare<[number], number>('SELECT entity_id FROM mentions WHERE article_id = ?').pluck(),
		insertQuoteGuild: db.prepare('INSERT OR IGNORE INTO quote_guild (guild_id, speaker, sort_at, quote_id) VALUES (?, ?, ?, ?)'),
		deleteQuoteGuild: db.prepare('DELETE FROM quote_guild WHERE guild_id = ? AND speaker = ? AND sort_at = ? AND quote_id = ?'),
		insertEntityArticle: db.prepare(
			'INSERT OR IGNORE INTO entity_article_guild (guild_id, entity_id, sort_at, article_id) VALUES (?, ?, ?, ?)',
		),
		deleteEntityArticle: db.prepare(
			'DELETE FROM entity_article_guild WHERE guild_id = ? AND entity_id = ? AND sort_at = ? AND article_id = ?',
		),
		bumpEntityGuild: db
			.prepare<[string, number, number, number], number>(
				`INSERT INTO entity_guild (guild_id, entity_id, article_count, first_seen, last_seen) VALUES (?, ?, 1, ?, ?)
				 ON CONFLICT DO UPDATE SET article_count = article_count + 1, first_seen = min(first_seen, excluded.first_seen),
				 last_seen = max(last_seen, excluded.last_seen) RETURNING article_count`,
			)
			.pluck(),
		insertGuildNames: db.prepare(
			'INSERT OR IGNORE INTO guild_names (guild_id, norm, entity_id) SELECT ?, key, entity_id FROM entity_keys WHERE entity_id = ?',
		),
		entityStats: db.prepare<[string, number], { n: number; first: number | null; last: number | null }>(
			'SELECT count(*) AS n, min(sort_at) AS first, max(sort_at) AS last FROM entity_article_guild WHERE guild_id = ? AND entity_id = ?',
		),
		setEntityGuild: db.prepare('UPDATE entity_guild SET article_count = ?, first_seen = ?, last_seen = ? WHERE guild_id = ? AND entity_id = ?'),
		deleteEntityGuild: db.prepare('DELETE FROM entity_guild WHERE guild_id = ? AND entity_id = ?'),
		deleteGuildNames: db.prepare(
			'DELETE FROM guild_names WHERE guild_id = ? AND entity_id = ? AND norm IN (SELECT key FROM entity_keys WHERE entity_id = ?)',
		),
		article: db.prepare<[number], { title: string; summary: string }>('SELECT title, summary FROM articles WHERE id = ?'),
		// One index for both (migration 003): a quote under its id, an article under minus its id.
		deleteFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
		insertFts: db.prepare('INSERT INTO search_fts (rowid, text) VALUES (?, ?)'),
	};

	const grant = (articleId: number, guildId: string, sortAt: number, content?: ArticleContent): boolean => {
		if (s.insertArticleGuild.run(guildId, articleId, sortAt).changes === 0) return false;
		for (const quote of content?.quotes ?? s.quotes.all(articleId)) s.insertQuoteGuild.run(guildId, quote.speaker, sortAt, quote.id);
		for (const entityId of content?.entities ?? s.mentionedEntities.all(articleId)) {
			if (s.insertEntityArticle.run(guildId, entityId, sortAt, articleId).changes === 0) continue;
			if (s.bumpEntityGuild.get(guildId, entityId, sortAt, sortAt) === 1) s.insertGuildNames.run(guildId, entityId);
		}
		return true;
	};

	const revokeAll = (articleId: number): void => {
		const guilds = s.articleGuilds.all(articleId);
		if (guilds.length === 0) return;
		const quotes = s.quotes.all(articleId);
		const entities = s.mentionedEntities.all(articleId);
		for (const { guild_id: guildId, sort_at: sortAt } of guilds) {
			for (const quote of quotes) s.deleteQuoteGuild.run(guildId, quote.speaker, sortAt, quote.id);
			for (const entityId of entities) {
				if (s.deleteEntityArticle.run(guildId, entityId, sortAt, articleId).changes === 0) continue;
				const stats = s.entityStats.get(guildId, entityId);
				if (!stats || stats.n === 0 || stats.first === null || stats.last === null) {
					s.deleteGuildNames.run(guildId, entityId, entityId);
					s.deleteEntityGuild.run(guildId, entityId);
				} else {
					s.setEntityGuild.run(stats.n, stats.first, stats.last, guildId, entityId);
				}
			}
		}
		s.deleteArticleGuilds.run(articleId);
		for (const quote of quotes) s.deleteFts.run(quote.id);
		s.deleteFts.run(-articleId);
	};

	const refreshFts = (articleId: number, isNew: boolean, content?: ArticleContent): void => {
		const keys = s.articleGuilds
			.all(articleId)
			.map((row) => guildKey(row.guild_id))
			.sort((a, b) => a - b);
		if (keys.length === 0) return;
		for (const quote of content?.quotes ?? s.quotes.all(articleId)) {
			if (!isNew) s.deleteFts.run(quote.id);
			s.insertFts.run(quote.id, scopedDocument(quote.text, keys));
		}
		const article = content ?? s.article.get(articleId);
		if (!article) return;
		if (!isNew) s.deleteFts.run(-articleId);
		s.insertFts.run(-articleId, scopedDocument(`${article.title}\n${article.summary}`, keys));
	};

	return { grant, revokeAll, refreshFts };
}
