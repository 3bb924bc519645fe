import type { PoolClient } from 'pg';
import { estimateJaccard, SAME_STORY_JACCARD } from '../minhash-lsh.js';

/** Copies of a story are looked for among articles stored this recently; older stories are news no more. */
export const STORY_WINDOW_MS = 14 * 24 * 3_600_000;
/** Candidates checked per band: a band shared by very many articles is boilerplate, not a story. */
const CANDIDATES_PER_BAND = 20;

/** The story a body belongs to: the best candidate sharing an LSH band above the same-story similarity. */
export async function findStory(client: PoolClient, signature: number[], bands: number[], at: number): Promise<number | null> {
	if (bands.length === 0) return null;
	const candidates = await client.query<{ story_id: number; minhash: number[] }>(
		`SELECT a.story_id, a.minhash FROM articles a
		WHERE a.id IN (
			SELECT c.article_id FROM unnest($1::bigint[]) AS b(band)
			CROSS JOIN LATERAL (SELECT article_id FROM minhash_bands m WHERE m.band = b.band LIMIT $2) c)
		AND a.minhash IS NOT NULL AND a.created_at >= $3
		ORDER BY a.id`,
		[bands, CANDIDATES_PER_BAND, at - STORY_WINDOW_MS],
	);
	let best: { story: number; score: number } | null = null;
	for (const row of candidates.rows) {
		const score = estimateJaccard(signature, row.minhash);
		if (score >= SAME_STORY_JACCARD && (!best || score > best.score)) best = { story: row.story_id, score };
	}
	return best?.story ?? null;
}
