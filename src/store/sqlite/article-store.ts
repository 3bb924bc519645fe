import { decodeSignature, lshBandKeys } from '../minhash-lsh.js';
import type { ArticleStore, IngestInput, StoredArticle } from '../types.js';
import { decodeBrief } from './brief-json.js';
import { prepareGuildVisibility } from './guild-visibility.js';
import { prepareIngest, STORY_WINDOW_MS } from './ingest.js';
import type { SqliteDb } from './open-db.js';

interface ArticleRow {
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

/** Articles deleted per transaction, so a large purge never holds the write lock for long. */
const PURGE_BATCH = 500;

function toArticle(row: ArticleRow): StoredArticle {
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

export function createSqliteArticleStore(db: SqliteDb, now: () => number): ArticleStore {
	const ingestOne = prepareIngest(db, now);
	const ingest = db.transaction(ingestOne);
	const ingestMany = db.transaction((inputs: IngestInput[]) => inputs.map(ingestOne));
	const visibility = prepareGuildVisibility(db);
	const s = {
		article: db.prepare<[number], ArticleRow>(
			'SELECT id, story_id, url, canonical_url, title, source_name, language, published_at, created_at FROM articles WHERE id = ?',
		),
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
		deleteOrphanEntity: db.prepare(
			`DELETE FROM entities WHERE id = @id AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id)
			 AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_entity_id = @id)
			 AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE entity_id = @id)`,
		),
		oldSignatures: db
			.prepare<[number, number], number>('SELECT id FROM articles WHERE minhash IS NOT NULL AND created_at < ? LIMIT ?')
			.pluck(),
		signature: db.prepare<[number], Buffer | null>('SELECT minhash FROM articles WHERE id = ?').pluck(),
		dropBand: db.prepare('DELETE FROM minhash_bands WHERE band = ? AND article_id = ?'),
		dropSignature: db.prepare('UPDATE articles SET minhash = NULL WHERE id = ?'),
	};

	/** Bands are keyed by (band, article) only, so they are found again from the stored signature. */
	const dropBands = (id: number): void => {
		const blob = s.signature.get(id);
		if (!blob) return;
		for (const band of lshBandKeys([...decodeSignature(blob)])) s.dropBand.run(band, id);
	};

	const purgeBatch = db.transaction((ids: number[]) => {
		const entities = new Set<number>();
		for (const id of ids) {
			for (const entityId of s.entitiesOf.all(id)) entities.add(entityId);
			visibility.revokeAll(id);
			dropBands(id);
			s.deleteArticle.run(id);
		}
		for (const entityId of entities) s.deleteOrphanEntity.run({ id: entityId });
	});

	const dropBandsBatch = db.transaction((ids: number[]) => {
		for (const id of ids) {
			dropBands(id);
			s.dropSignature.run(id);
		}
	});

	return {
		async ingest(input) {
			return ingest.immediate(input);
		},
		async getArticle(articleId) {
			const row = s.article.get(articleId);
			return row ? toArticle(row) : null;
		},
		async ingestMany(inputs) {
			return ingestMany.immediate(inputs);
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
			// LSH bands only serve the story window: older ones are dead weight in the hottest index.
			for (;;) {
				const ids = s.oldSignatures.all(now() - STORY_WINDOW_MS, PURGE_BATCH);
				if (ids.length === 0) break;
				dropBandsBatch.immediate(ids);
				await new Promise((resolve) => setImmediate(resolve));
			}
			return total;
		},
	};
}
