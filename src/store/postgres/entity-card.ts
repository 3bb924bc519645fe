import type { EntityType } from '../../briefs/types.js';
import type { EntityCard, QuoteHit } from '../types.js';
import type { Db } from './db.js';
import { currentEntityId, loadSummaries, withoutStats } from './entity-queries.js';
import { searchQuotes } from './quote-search.js';

/** Same bounds as the SQLite card: the entity's most recent articles in the guild only. */
const CARD_ARTICLES = 200;
const MAX_ROLES = 8;
const LATEST_ARTICLES = 5;
const TOP_QUOTES = 3;
const RELATED = 5;

interface CardArticle {
	id: number;
	title: string;
	url: string | null;
	published_at: number | null;
}

export async function loadEntityCard(db: Db, guildId: string, requestedId: number): Promise<EntityCard | null> {
	const entityId = await currentEntityId(db, requestedId);
	const [summary] = await loadSummaries(db, guildId, [entityId]);
	if (!summary) return null;
	const articles = await db.query<CardArticle>(
		`SELECT a.id, a.title, a.url, a.published_at FROM mentions m
		JOIN article_guilds g ON g.article_id = m.article_id AND g.guild_id = $1
		JOIN articles a ON a.id = m.article_id
		WHERE m.entity_id = $2 ORDER BY g.sort_at DESC, g.article_id DESC LIMIT $3`,
		[guildId, entityId, CARD_ARTICLES],
	);
	const [total] = await db.query<{ n: string | number | null }>(
		`SELECT sum(m.count) AS n FROM mentions m JOIN article_guilds g ON g.article_id = m.article_id AND g.guild_id = $1
		WHERE m.entity_id = $2`,
		[guildId, entityId],
	);
	const articleIds = articles.map((a) => a.id);
	const byId = new Map(articles.map((a) => [a.id, a]));

	const roleRows = await db.query<{ article_id: number; role: string }>(
		`SELECT article_id, role FROM entity_roles WHERE entity_id = $1 AND article_id = ANY($2) ORDER BY role`,
		[entityId, articleIds],
	);
	const roles: EntityCard['roles'] = [];
	const seenRoles = new Set<string>();
	for (const articleId of articleIds) {
		for (const { role } of roleRows.filter((r) => r.article_id === articleId)) {
			const key = role.toLowerCase();
			if (seenRoles.has(key) || roles.length >= MAX_ROLES) continue;
			seenRoles.add(key);
			const article = byId.get(articleId)!;
			roles.push({ role, articleId, articleTitle: article.title, articleUrl: article.url });
		}
	}

	const related = await db.query<{ id: number; name: string; type: EntityType; count: number }>(
		`SELECT e.id, e.name, e.type, count(*) AS count FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.article_id = ANY($1) AND m.entity_id <> $2
		GROUP BY e.id ORDER BY count DESC, e.id LIMIT $3`,
		[articleIds, entityId, RELATED],
	);

	return {
		...withoutStats(summary),
		mentionTotal: Number(total?.n ?? 0),
		roles,
		firstSeen: summary.stats.firstSeen,
		lastSeen: summary.stats.lastSeen,
		latestArticles: articles.slice(0, LATEST_ARTICLES).map((a) => ({
			articleId: a.id,
			title: a.title,
			url: a.url,
			publishedAt: a.published_at,
		})),
		topQuotes: await topQuotes(db, guildId, entityId),
		related,
	};
}

/** Key quotes (the brief's best) first, then the newest. */
async function topQuotes(db: Db, guildId: string, entityId: number): Promise<QuoteHit[]> {
	const { hits } = await searchQuotes(db, { guildId, limit: 20 }, entityId);
	if (hits.length === 0) return [];
	const keys = await db.query<{ id: number }>(`SELECT id FROM quotes WHERE id = ANY($1) AND key`, [
		hits.map((h) => h.quoteId),
	]);
	const isKey = new Set(keys.map((k) => k.id));
	return hits
		.map((hit, index) => ({ hit, index, key: isKey.has(hit.quoteId) ? 1 : 0 }))
		.sort((a, b) => b.key - a.key || a.index - b.index)
		.slice(0, TOP_QUOTES)
		.map((entry) => entry.hit);
}
