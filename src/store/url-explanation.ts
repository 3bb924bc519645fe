/**
 * What both engines' `/feed why` share: the rule that says which articles a guild may be told about, and the shape
 * of the answer. Only the queries differ between SQLite and Postgres.
 */
import type { UrlExplanation } from './types.js';

/** An `articles` row as the explain queries read it. */
export interface ExplainedArticleRow {
	id: number;
	story_id: number;
	title: string;
	created_at: number;
	feed_id: number | null;
}

/** An article the guild neither follows the feed of nor was posted is another guild's business. */
export function visibleToGuild(followsFeed: boolean, deliveriesInGuild: number): boolean {
	return followsFeed || deliveriesInGuild > 0;
}

/** Nothing to tell but what the guild's own feeds saw. */
export function seenOnly(seen: UrlExplanation['seen']): UrlExplanation {
	return { seen, article: null, deliveries: [], skips: [] };
}

export function explanationOf(
	seen: UrlExplanation['seen'],
	row: ExplainedArticleRow,
	first: Pick<ExplainedArticleRow, 'id' | 'title' | 'created_at'> | undefined,
	deliveries: UrlExplanation['deliveries'],
	skips: UrlExplanation['skips'],
): UrlExplanation {
	return {
		seen,
		article: {
			id: row.id,
			title: row.title,
			createdAt: row.created_at,
			feedId: row.feed_id,
			firstCopy: first ? { id: first.id, title: first.title, createdAt: first.created_at } : null,
		},
		deliveries,
		skips,
	};
}
