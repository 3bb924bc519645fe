/** /feed why on Postgres: what happened to one article URL, limited to the guild's own feeds and posts. */
import { urlKey } from '../url-key.js';
import type { UrlExplanation } from '../types.js';
import { explanationOf, seenOnly, visibleToGuild, type ExplainedArticleRow } from '../url-explanation.js';
import type { Db } from './db.js';

type ArticleRow = ExplainedArticleRow;

export function createPostgresExplainUrl(db: Db): (guildId: string, url: string) => Promise<UrlExplanation> {
	return async (guildId, url) => {
		const key = urlKey(url);
		if (!key) return seenOnly([]);
		const seen = await db.query<UrlExplanation['seen'][number]>(
			`SELECT DISTINCT s.feed_id AS "feedId", f.title AS "feedTitle", f.url AS "feedUrl", s.seen_at AS "seenAt", f.created_at AS "feedCreatedAt"
			FROM feed_targets t JOIN seen_items s ON s.feed_id = t.feed_id JOIN feeds f ON f.id = t.feed_id
			WHERE t.guild_id = $1 AND s.link_key = $2 ORDER BY s.seen_at`,
			[guildId, key],
		);
		const [row] = await db.query<ArticleRow>(
			`SELECT a.id, a.story_id, a.title, a.created_at, a.feed_id FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url_key = $1`,
			[key],
		);
		if (!row) return seenOnly(seen);
		const deliveries = await db.query<UrlExplanation['deliveries'][number]>(
			`SELECT article_id AS "articleId", channel_id AS "channelId", status, message_id AS "messageId", last_error AS "lastError", attempts
			FROM deliveries WHERE story_id = $1 AND guild_id = $2 AND kind = 'channel' ORDER BY id`,
			[row.story_id, guildId],
		);
		const follows =
			row.feed_id !== null && (await db.query('SELECT 1 FROM feed_targets WHERE guild_id = $1 AND feed_id = $2 LIMIT 1', [guildId, row.feed_id])).length > 0;
		if (!visibleToGuild(follows, deliveries.length)) return seenOnly(seen);
		const [first] = row.story_id !== row.id ? await db.query<ArticleRow>(`SELECT id, title, created_at FROM articles WHERE id = $1`, [row.story_id]) : [];
		const skips = await db.query<UrlExplanation['skips'][number]>(
			`SELECT t.channel_id AS "channelId", s.reason, s.detail, s.at FROM target_skips s JOIN feed_targets t ON t.id = s.target_id
			WHERE s.article_id = $1 AND t.guild_id = $2 ORDER BY t.id`,
			[row.id, guildId],
		);
		return explanationOf(seen, row, first, deliveries, skips);
	};
}
