/** /feed why on SQLite: what happened to one article URL, limited to the guild's own feeds and posts. */
import { urlKey } from '../url-key.js';
import type { UrlExplanation } from '../types.js';
import { explanationOf, seenOnly, visibleToGuild, type ExplainedArticleRow } from '../url-explanation.js';
import type { SqliteDb } from './open-db.js';

type ArticleRow = ExplainedArticleRow;

export function createSqliteExplainUrl(db: SqliteDb): (guildId: string, url: string) => Promise<UrlExplanation> {
	const s = {
		seen: db.prepare<[string, string], { feedId: number; feedTitle: string | null; feedUrl: string; seenAt: number; feedCreatedAt: number }>(
			`SELECT DISTINCT s.feed_id AS feedId, f.title AS feedTitle, f.url AS feedUrl, s.seen_at AS seenAt, f.created_at AS feedCreatedAt
			 FROM feed_targets t JOIN seen_items s ON s.feed_id = t.feed_id JOIN feeds f ON f.id = t.feed_id
			 WHERE t.guild_id = ? AND s.link_key = ? ORDER BY s.seen_at`,
		),
		articleByUrl: db.prepare<[string], ArticleRow>(
			'SELECT a.id, a.story_id, a.title, a.created_at, a.feed_id FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url_key = ?',
		),
		article: db.prepare<[number], ArticleRow>('SELECT id, story_id, title, created_at, feed_id FROM articles WHERE id = ?'),
		guildFollows: db.prepare<[string, number], number>('SELECT 1 FROM feed_targets WHERE guild_id = ? AND feed_id = ? LIMIT 1').pluck(),
		deliveries: db.prepare<[number, string], UrlExplanation['deliveries'][number]>(
			`SELECT article_id AS articleId, channel_id AS channelId, status, message_id AS messageId, last_error AS lastError, attempts
			 FROM deliveries WHERE story_id = ? AND guild_id = ? AND kind = 'channel' ORDER BY id`,
		),
		skips: db.prepare<[number, string], UrlExplanation['skips'][number]>(
			`SELECT t.channel_id AS channelId, s.reason AS reason, s.detail AS detail, s.at AS at
			 FROM target_skips s JOIN feed_targets t ON t.id = s.target_id WHERE s.article_id = ? AND t.guild_id = ? ORDER BY t.id`,
		),
	};
	return async (guildId, url) => {
		const key = urlKey(url);
		const seen = key ? s.seen.all(guildId, key) : [];
		const row = key ? s.articleByUrl.get(key) : undefined;
		const deliveries = row ? s.deliveries.all(row.story_id, guildId) : [];
		const follows = row?.feed_id != null && s.guildFollows.get(guildId, row.feed_id) !== undefined;
		if (!row || !visibleToGuild(follows, deliveries.length)) return seenOnly(seen);
		const first = row.story_id !== row.id ? s.article.get(row.story_id) : undefined;
		return explanationOf(seen, row, first, deliveries, s.skips.all(row.id, guildId));
	};
}
