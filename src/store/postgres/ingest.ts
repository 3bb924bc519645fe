import type { PoolClient } from 'pg';
import type { Brief } from '../../briefs/types.js';
import { capIngest } from '../brief-caps.js';
import { lshBandKeys } from '../minhash-lsh.js';
import type { IngestInput, IngestResult } from '../types.js';
import { articleUrlKeys, parseTime, sortTime, sourceName } from '../policy/article-policy.js';
import { planContent } from '../policy/content-plan.js';
import { createNonce } from './delivery-store.js';
import { resolveEntity } from './entity-resolver.js';
import { findStory } from './story-index.js';

/**
 * Ingests serialise on one advisory lock: story matching and entity merging read, then write, across rows,
 * and two workers ingesting copies of one story at once must still link them.
 */
const INGEST_LOCK = 'briefbot:ingest';

interface ArticleRef {
	id: number;
	story_id: number;
	sort_at: number;
}

/** Same steps and rules as src/store/sqlite/ingest.ts, on one Postgres transaction. */
export async function ingestBrief(client: PoolClient, uncapped: IngestInput, at: number): Promise<IngestResult> {
	const input = capIngest(uncapped);
	const { brief } = input;
	await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [INGEST_LOCK]);
	const keys = articleUrlKeys(brief);
	const existing = await findExisting(client, keys, input);
	if (existing) {
		const deliveryIds = await serveTargets(client, existing, input, at, false);
		const duplicateOf = existing.story_id !== existing.id ? existing.story_id : null;
		return { articleId: existing.id, storyId: existing.story_id, duplicateOf, alreadyIngested: true, deliveryIds };
	}
	const signature = brief.minhash;
	const bands = lshBandKeys(signature);
	const story = await findStory(client, signature, bands, at);
	const publishedAt = parseTime(brief.publishedAt);
	const sortAt = sortTime(publishedAt, at);
	const summary = brief.summary.join(' ');
	const inserted = await client.query<ArticleRef>(
		`WITH next AS (SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS id)
		INSERT INTO articles (id, story_id, url, canonical_url, title, source_name, language, published_at, feed_id,
			item_key, minhash, sort_at, search, created_at)
		OVERRIDING SYSTEM VALUE
		SELECT id, COALESCE($1, id), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
			setweight(to_tsvector('simple', bb_fold($4)), 'A') || setweight(to_tsvector('simple', bb_fold($12)), 'B'), $13
		FROM next RETURNING id, story_id, sort_at`,
		[
			story,
			brief.url,
			brief.canonicalUrl,
			brief.title,
			sourceName(brief),
			brief.language,
			publishedAt,
			input.feedId,
			input.itemKey,
			signature.length ? signature : null,
			sortAt,
			summary,
			at,
		],
	);
	const article = inserted.rows[0]!;
	await client.query(
		`INSERT INTO article_urls (url_key, article_id) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`,
		[keys, article.id],
	);
	await client.query(`INSERT INTO briefs (article_id, schema_version, body, created_at) VALUES ($1, $2, $3, $4)`, [
		article.id,
		brief.schemaVersion,
		JSON.stringify(brief),
		at,
	]);
	await client.query(
		`INSERT INTO minhash_bands (band, article_id) SELECT b, $2 FROM unnest($1::bigint[]) AS b ON CONFLICT DO NOTHING`,
		[bands, article.id],
	);
	// A later copy of a story adds no second set of entities, mentions and quotes.
	if (story === null) await writeContent(client, article, brief, at);
	const deliveryIds = await serveTargets(client, article, input, at, true);
	return { articleId: article.id, storyId: article.story_id, duplicateOf: story, alreadyIngested: false, deliveryIds };
}

async function findExisting(client: PoolClient, keys: string[], input: IngestInput): Promise<ArticleRef | null> {
	const found = await client.query<ArticleRef>(
		`SELECT a.id, a.story_id, a.sort_at FROM articles a WHERE a.id = COALESCE(
			(SELECT u.article_id FROM article_urls u WHERE u.url_key = ANY($1) ORDER BY array_position($1, u.url_key) LIMIT 1),
			(SELECT i.id FROM articles i WHERE $2::bigint IS NOT NULL AND $3::text <> '' AND i.feed_id = $2 AND i.item_key = $3
				ORDER BY i.id LIMIT 1))`,
		[keys, input.feedId, input.itemKey],
	);
	return found.rows[0] ?? null;
}

async function writeContent(client: PoolClient, article: ArticleRef, brief: Brief, at: number): Promise<void> {
	const resolved: Array<number | null> = [];
	for (const entity of brief.entities) resolved.push(await resolveEntity(client, entity, article.id, at));
	const { mentions: counts, speakers } = planContent(brief, resolved);
	if (counts.size > 0) {
		await client.query(
			`INSERT INTO mentions (entity_id, article_id, count) SELECT e, $3, c FROM unnest($1::bigint[], $2::int[]) AS t(e, c)`,
			[[...counts.keys()], [...counts.values()], article.id],
		);
	}
	const kept = brief.quotes.map((quote, index) => ({ quote, index })).filter(({ quote }) => quote.text.trim() !== '');
	if (kept.length === 0) return;
	await client.query(
		`INSERT INTO quotes (article_id, position, text, speaker, speaker_entity_id, cue, key, search, sort_at, created_at)
		SELECT $1, p, t, s, e, c, k, to_tsvector('simple', bb_fold(t)), $8, $9
		FROM unnest($2::int[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::boolean[]) AS q(p, t, s, e, c, k)`,
		[
			article.id,
			kept.map((k) => k.index),
			kept.map((k) => k.quote.text),
			kept.map((k) => k.quote.speaker),
			kept.map((k) => speakers[k.index] ?? null),
			kept.map((k) => k.quote.cue),
			kept.map((k) => k.quote.key),
			article.sort_at,
			at,
		],
	);
}

/** Guild visibility and one outbox row per target; for a copy, the guild also sees the story's first copy. */
async function serveTargets(client: PoolClient, article: ArticleRef, input: IngestInput, at: number, isNew: boolean): Promise<number[]> {
	const guilds = [...new Set(input.targets.map((t) => t.guildId))];
	if (guilds.length > 0) {
		await client.query(
			`INSERT INTO article_guilds (article_id, guild_id, sort_at)
			SELECT a.id, g, a.sort_at FROM articles a CROSS JOIN unnest($2::text[]) AS g
			WHERE a.id = $1 OR a.id = $3
			ON CONFLICT DO NOTHING`,
			[article.id, guilds, article.story_id],
		);
	}
	const deliveryIds: number[] = [];
	const hold = input.hold;
	for (const target of input.targets) {
		// STORY_HOLD (ADR 010): a new story's post is due `hold.ms` later, so a more original copy may still take its place.
		const row = await client.query<{ id: number }>(
			`INSERT INTO deliveries (article_id, story_id, guild_id, channel_id, target_id, kind, nonce, next_attempt_at,
				created_at, copy_rank)
			VALUES ($1, $2, $3, $4, $5, 'channel', $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
			[article.id, article.story_id, target.guildId, target.channelId, target.targetId, createNonce(), at + (hold?.ms ?? 0), at, hold?.rank ?? 0],
		);
		if (row.rows[0]) deliveryIds.push(row.rows[0].id);
		// A copy that arrives while the story's post still waits, unsent and untried, and is more original, is the one posted.
		else if (isNew && hold && hold.ms > 0 && article.story_id !== article.id) {
			await client.query(
				`UPDATE deliveries SET article_id = $1, copy_rank = $2 WHERE story_id = $3 AND channel_id = $4 AND kind = 'channel'
				AND status = 'pending' AND attempts = 0 AND claimed_by IS NULL AND next_attempt_at > $5 AND copy_rank < $2`,
				[article.id, hold.rank, article.story_id, target.channelId, at],
			);
		}
	}
	return deliveryIds;
}
