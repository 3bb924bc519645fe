import type { StoredArticle } from './types.js';

/** An `articles` row as both stores select it (same column names in SQLite and Postgres). */
export interface ArticleRow {
	id: number;
	story_id: number;
	url: string | null;
	canonical_url: string | null;
	title: string;
	source_name: string | null;
	language: string;
	published_at: number | null;
	created_at: number;
}

export const ARTICLE_COLUMNS = 'id, story_id, url, canonical_url, title, source_name, language, published_at, created_at';

export function toStoredArticle(row: ArticleRow): StoredArticle {
	return {
		id: row.id,
		storyId: row.story_id,
		url: row.url,
		canonicalUrl: row.canonical_url,
		title: row.title,
		sourceName: row.source_name,
		language: row.language,
		publishedAt: row.published_at,
		createdAt: row.created_at,
	};
}
