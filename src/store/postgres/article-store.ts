import type { Brief } from '../../briefs/types.js';
import { ARTICLE_COLUMNS, toStoredArticle, type ArticleRow } from '../article-row.js';
import type { ArticleStore } from '../types.js';
import type { Db } from './db.js';
import { STORY_WINDOW_MS } from '../policy/article-policy.js';
import { ingestBrief } from './ingest.js';

/** Articles deleted per transaction, so a large purge never holds locks for long. */
const PURGE_BATCH = 500;

export function createPostgresArticleStore(db: Db): ArticleStore {
	return {
		async ingest(input) {
			const now = input.now ?? db.now();
			return db.transaction((client) => ingestBrief(client, input, now));
		},

		async ingestMany(inputs) {
			// One commit for the batch; each ingest sees the ones before it, as separate calls would.
			return db.transaction(async (client) => {
				const results = [];
				for (const input of inputs) results.push(await ingestBrief(client, input, input.now ?? db.now()));
				return results;
			});
		},

		async getArticle(articleId) {
			const [r] = await db.query<ArticleRow>(
				`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`,
				[articleId],
			);
			if (!r) return null;
			return toStoredArticle(r);
		},

		async getBrief(articleId) {
			const [r] = await db.query<{ body: Brief }>(`SELECT body FROM briefs WHERE article_id = $1`, [articleId]);
			return r ? r.body : null;
		},

		async alsoReportedBy(articleId) {
			const found = await db.query<{ source_name: string }>(
				`SELECT o.source_name FROM articles a JOIN articles o ON o.story_id = a.story_id
				WHERE a.id = $1 AND o.source_name IS NOT NULL AND o.source_name IS DISTINCT FROM a.source_name
				GROUP BY o.source_name ORDER BY min(o.id)`,
				[articleId],
			);
			return found.map((r) => r.source_name);
		},

		async recentBriefs(guildId, limit) {
			const found = await db.query<{ article_id: number; body: Brief; created_at: number }>(
				`SELECT g.article_id, b.body, a.created_at FROM article_guilds g
				JOIN articles a ON a.id = g.article_id JOIN briefs b ON b.article_id = g.article_id
				WHERE g.guild_id = $1 ORDER BY g.sort_at DESC, g.article_id DESC LIMIT $2`,
				[guildId, limit],
			);
			return found.map((r) => ({ articleId: r.article_id, brief: r.body, createdAt: r.created_at }));
		},

		async purgeOlderThan(cutoff) {
			let total = 0;
			for (;;) {
				const purged = await db.transaction(async (client) => {
					const ids = (
						await client.query<{ id: number }>(
							`SELECT id FROM articles WHERE created_at < $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
							[cutoff, PURGE_BATCH],
						)
					).rows.map((r) => r.id);
					if (ids.length === 0) return 0;
					const entities = await client.query<{ entity_id: number }>(
						`SELECT DISTINCT entity_id FROM mentions WHERE article_id = ANY($1)`,
						[ids],
					);
					await client.query(`DELETE FROM articles WHERE id = ANY($1)`, [ids]);
					// Those entities, if nothing refers to them any more: no mention, no quote, no subscription.
					await client.query(
						`DELETE FROM entities e WHERE e.id = ANY($1)
						AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
						AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = e.id)
						AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.entity_id = e.id)`,
						[entities.rows.map((r) => r.entity_id)],
					);
					return ids.length;
				});
				total += purged;
				if (purged < PURGE_BATCH) break;
			}
			// LSH bands only serve the story window: older ones are dead weight in the hottest index.
			await db.query(
				`DELETE FROM minhash_bands WHERE article_id IN (SELECT id FROM articles WHERE created_at < $1)`,
				[db.now() - STORY_WINDOW_MS],
			);
			await db.query(`UPDATE articles SET minhash = NULL WHERE minhash IS NOT NULL AND created_at < $1`, [
				db.now() - STORY_WINDOW_MS,
			]);
			return total;
		},
	};
}
