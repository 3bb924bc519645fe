import type { EntityType } from '../../briefs/types.js';
import type { EntityCard, QuoteHit } from '../types.js';
import type { EntityQueries } from './entity-queries.js';
import type { SqliteDb } from './open-db.js';
import type { SearchQuotes } from './quote-search.js';

/** The card reads the entity's most recent articles in the guild only: bounded work for any entity. */
const CARD_ARTICLES = 100;
const MAX_ROLES = 8;
const LATEST_ARTICLES = 5;
const TOP_QUOTES = 3;
const RELATED = 5;

export type LoadEntityCard = (guildId: string, entityId: number) => EntityCard | null;

export function prepareEntityCard(db: SqliteDb, entities: EntityQueries, searchQuotes: SearchQuotes): LoadEntityCard {
	const s = {
		articles: db.prepare<[string, number, number], { article_id: number }>(
			'SELECT article_id FROM entity_article_guild WHERE guild_id = ? AND entity_id = ? ORDER BY sort_at DESC, article_id DESC LIMIT ?',
		),
		article: db.prepare<[number], { title: string; url: string | null; published_at: number | null }>(
			'SELECT title, url, published_at FROM articles WHERE id = ?',
		),
		roles: db.prepare<[number, number], string>('SELECT role FROM entity_roles WHERE entity_id = ? AND article_id = ?').pluck(),
		mentioned: db.prepare<[number], { entity_id: number; count: number }>('SELECT entity_id, count FROM mentions WHERE article_id = ?'),
		entity: db.prepare<[number], { name: string; type: EntityType }>('SELECT name, type FROM entities WHERE id = ?'),
		mentionTotal: db
			.prepare<[string, number], number | null>(
				`SELECT sum(m.count) FROM entity_article_guild g JOIN mentions m ON m.article_id = g.article_id AND m.entity_id = g.entity_id
				 WHERE g.guild_id = ? AND g.entity_id = ?`,
			)
			.pluck(),
		keyQuote: db.prepare<[number], number>('SELECT is_key FROM quotes WHERE id = ?').pluck(),
	};

	const topQuotes = (guildId: string, entityId: number): QuoteHit[] => {
		const { hits } = searchQuotes({ guildId, limit: 20 }, entityId);
		// Key quotes (the brief's best) first, then the newest.
		return hits
			.map((hit, index) => ({ hit, index, key: s.keyQuote.get(hit.quoteId) ?? 0 }))
			.sort((a, b) => b.key - a.key || a.index - b.index)
			.slice(0, TOP_QUOTES)
			.map((entry) => entry.hit);
	};

	return (guildId, requestedId) => {
		const entityId = entities.current(requestedId);
		const summary = entities.summary(guildId, entityId);
		const stats = entities.stats(guildId, entityId);
		if (!summary || !stats) return null;
		const articleIds = s.articles.all(guildId, entityId, CARD_ARTICLES).map((row) => row.article_id);
		const articleCache = new Map<number, { title: string; url: string | null; published_at: number | null }>();
		const articleOf = (id: number) => {
			let row = articleCache.get(id);
			if (!row) {
				row = s.article.get(id) ?? { title: '', url: null, published_at: null };
				articleCache.set(id, row);
			}
			return row;
		};

		const roles: EntityCard['roles'] = [];
		const seenRoles = new Set<string>();
		const coMentions = new Map<number, number>();
		for (const articleId of articleIds) {
			for (const role of s.roles.all(entityId, articleId)) {
				const key = role.toLowerCase();
				if (seenRoles.has(key) || roles.length >= MAX_ROLES) continue;
				seenRoles.add(key);
				const article = articleOf(articleId);
				roles.push({ role, articleId, articleTitle: article.title, articleUrl: article.url });
			}
			for (const row of s.mentioned.all(articleId)) {
				if (row.entity_id !== entityId) coMentions.set(row.entity_id, (coMentions.get(row.entity_id) ?? 0) + 1);
			}
		}

		const related: EntityCard['related'] = [];
		for (const [id, count] of [...coMentions].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
			const entity = s.entity.get(id);
			if (entity) related.push({ id, name: entity.name, type: entity.type, count });
			if (related.length >= RELATED) break;
		}

		return {
			...summary,
			mentionTotal: s.mentionTotal.get(guildId, entityId) ?? 0,
			roles,
			firstSeen: stats.first_seen,
			lastSeen: stats.last_seen,
			latestArticles: articleIds.slice(0, LATEST_ARTICLES).map((articleId) => {
				const article = articleOf(articleId);
				return { articleId, title: article.title, url: article.url, publishedAt: article.published_at };
			}),
			topQuotes: topQuotes(guildId, entityId),
			related,
		};
	};
}
