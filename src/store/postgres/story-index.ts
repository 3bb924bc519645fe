import type { PoolClient } from 'pg';
import { STORY_WINDOW_MS } from '../policy/article-policy.js';
import { bestStory } from '../policy/story-match.js';
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
	return bestStory(signature, candidates.rows.map((row) => ({ storyId: row.story_id, signature: row.minhash })));
}
