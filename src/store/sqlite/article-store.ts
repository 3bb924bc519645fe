import { ARTICLE_COLUMNS, toStoredArticle, type ArticleRow } from '../article-row.js';
import type { ArticleStore, IngestInput } from '../types.js';
import { decodeBrief } from './brief-json.js';
import { prepareGuildVisibility } from './guild-visibility.js';
import { STORY_WINDOW_MS } from '../policy/article-policy.js';
import { prepareIngest } from './ingest.js';
import type { SqliteDb } from './open-db.js';
import { prepareStoryIndex } from './story-index.js';

/** Articles deleted per transaction, so a large purge never holds the write lock for long. */
const PURGE_BATCH = 500;

export function createSqliteArticleStore(db: SqliteDb, now: () => number): ArticleStore {
	const stories = prepareStoryIndex(db);
	const ingestOne = prepareIngest(db, now, stories);
	const ingestTransaction = db.transaction(ingestOne);
	const ingestManyTransaction = db.transaction((inputs: IngestInput[]) => inputs.map(ingestOne));
	// The story index may have read rows of the rolled-back transaction, whose ids will be used again.
	const forgetOnFailure = <T>(write: () => T): T => {
		try {
			return write();
		} catch (error) {
			stories.reset();
			throw error;
		}
	};
	const visibility = prepareGuildVisibility(db);
	const s = {
		article: db.prepare<[number], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
		brief: db.prepare<[number], string>('SELECT json FROM briefs WHERE article_id = ?').pluck(),
		alsoReported: db
			.prepare<[number, number], string>(
				`SELECT DISTINCT source_name FROM articles WHERE story_id = (SELECT story_id FROM articles WHERE id = ?)
				 AND source_name IS NOT NULL AND source_name IS NOT (SELECT source_name FROM articles WHERE id = ?) ORDER BY id`,
			)
			.pluck(),
		recent: db.prepare<[string, number], { articleId: number; json: string; createdAt: number }>(
			`SELECT ag.article_id AS articleId, b.json AS json, a.created_at AS createdAt FROM article_guild ag
			 JOIN articles a ON a.id = ag.article_id JOIN briefs b ON b.article_id = ag.article_id
			 WHERE ag.guild_id = ? ORDER BY ag.sort_at DESC, ag.article_id DESC LIMIT ?`,
		),
		expired: db.prepare<[number, number], number>('SELECT id FROM articles WHERE created_at < ? ORDER BY id LIMIT ?').pluck(),
		entitiesOf: db.prepare<[number], number>('SELECT entity_id FROM mentions WHERE article_id = ?').pluck(),
		deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
		// A speaker always has a mention in the article that quotes them, so no mention means no quote either.
		deleteOrphanEntity: db.prepare(
			`DELETE FROM entities WHERE id = @id AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id)
			 AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE entity_id = @id)`,
		),
		oldSignatures: db
			.prepare<[number, number], number>('SELECT id FROM articles WHERE minhash IS NOT NULL AND created_at < ? LIMIT ?')
			.pluck(),
		dropSignature: db.prepare('UPDATE articles SET minhash = NULL WHERE id = ?'),
	};

	const purgeBatch = db.transaction((ids: number[]) => {
		const entities = new Set<number>();
		for (const id of ids) {
			for (const entityId of s.entitiesOf.all(id)) entities.add(entityId);
			visibility.revokeAll(id);
			s.deleteArticle.run(id);
		}
		for (const entityId of entities) s.deleteOrphanEntity.run({ id: entityId });
	});

	const dropSignatures = db.transaction((ids: number[]) => {
		for (const id of ids) s.dropSignature.run(id);
	});

	return {
		async ingest(input) {
			return forgetOnFailure(() => ingestTransaction.immediate(input));
		},
		async getArticle(articleId) {
			const row = s.article.get(articleId);
			return row ? toStoredArticle(row) : null;
		},
		async ingestMany(inputs) {
			return forgetOnFailure(() => ingestManyTransaction.immediate(inputs));
		},
		async getBrief(articleId) {
			const json = s.brief.get(articleId);
			return json === undefined ? null : decodeBrief(json);
		},
		async alsoReportedBy(articleId) {
			return s.alsoReported.all(articleId, articleId);
		},
		async recentBriefs(guildId, limit) {
			return s.recent.all(guildId, limit).map((row) => ({
				articleId: row.articleId,
				brief: decodeBrief(row.json),
				createdAt: row.createdAt,
			}));
		},
		async purgeOlderThan(cutoff) {
			let total = 0;
			for (;;) {
				const ids = s.expired.all(cutoff, PURGE_BATCH);
				if (ids.length === 0) break;
				purgeBatch.immediate(ids);
				total += ids.length;
				// Yield between batches so that command handlers run during a long purge.
				await new Promise((resolve) => setImmediate(resolve));
			}
			// Signatures only serve the story window: older ones would only fill the in-memory story index.
			const windowStart = now() - STORY_WINDOW_MS;
			stories.dropBefore(windowStart);
			for (;;) {
				const ids = s.oldSignatures.all(windowStart, PURGE_BATCH);
				if (ids.length === 0) break;
				dropSignatures.immediate(ids);
				await new Promise((resolve) => setImmediate(resolve));
			}
			return total;
		},
	};
}
