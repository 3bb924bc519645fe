import { estimateJaccard, SAME_STORY_JACCARD } from '../minhash-lsh.js';

export interface StoryCandidate {
	storyId: number;
	signature: ArrayLike<number>;
}

/** The story a body belongs to: the candidate most similar to it, if at or above the same-story similarity. */
export function bestStory(signature: ArrayLike<number>, candidates: Iterable<StoryCandidate>): number | null {
	let best: { story: number; score: number } | null = null;
	for (const candidate of candidates) {
		const score = estimateJaccard(signature, candidate.signature);
		if (score >= SAME_STORY_JACCARD && (!best || score > best.score)) best = { story: candidate.storyId, score };
	}
	return best?.story ?? null;
}
