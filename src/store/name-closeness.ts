/**
 * How close a typed name is to a stored one, for "did you mean" suggestions. Both engines rank their candidates
 * with this one rule, so that a suggestion never depends on the database.
 *
 * A candidate is close when the whole typed name is within a few edits of one of its names, or when every typed
 * word is within a few edits of a different word of that name ("Poupart" → "Henri Poupart-Lafarge",
 * "Claire Duboi" → "Claire Dubois"). The edits allowed grow with the length of what is compared, so that short
 * words must match nearly exactly: "here" is not "Henri" (2 edits in 4 letters), and a name nobody holds gets no
 * suggestion rather than a wrong one.
 */
import { editDistance } from './edit-distance.js';

/** Edits allowed in a string of `length` code points: none up to 3, then one per four letters, at most 3. */
export function allowedEdits(length: number): number {
	return length <= 3 ? 0 : Math.min(3, Math.floor(length / 4));
}

/**
 * The distance of a normalised query to the closest of a candidate's normalised names, or null when none is
 * close. Lower is closer; word matches count one more than a whole-name match of the same distance.
 */
export function nameDistance(query: string, candidateNames: readonly string[]): number | null {
	const q = query.trim();
	if (!q) return null;
	const tokens = q.split(' ').filter(Boolean);
	let best: number | null = null;
	const keep = (d: number) => {
		if (best === null || d < best) best = d;
	};
	for (const candidate of candidateNames) {
		const whole = editDistance(q, candidate, allowedEdits([...q].length));
		if (whole <= allowedEdits([...q].length)) keep(whole);
		const words = candidate.split(' ').filter(Boolean);
		const wordDistance = matchWords(tokens, words);
		if (wordDistance !== null) keep(wordDistance + 1);
	}
	return best;
}

/** The summed distance when each token matches a different word within its allowance, else null (greedy). */
function matchWords(tokens: readonly string[], words: readonly string[]): number | null {
	if (tokens.length > words.length) return null;
	const used = new Set<number>();
	let total = 0;
	for (const token of tokens) {
		const max = allowedEdits([...token].length);
		let bestIndex = -1;
		let bestDistance = max + 1;
		words.forEach((word, index) => {
			if (used.has(index)) return;
			const d = editDistance(token, word, max);
			if (d < bestDistance) {
				bestDistance = d;
				bestIndex = index;
			}
		});
		if (bestIndex < 0) return null;
		used.add(bestIndex);
		total += bestDistance;
	}
	return total;
}
