import { TAG_COUNT, allowed, isInside } from './tags.js';

/** Scores the decoder needs: one row of TAG_COUNT per token, the tag-to-tag transitions, and the start scores. */
export interface Scores {
	emissions: Float32Array;
	transitions: Float32Array;
	start: Float32Array;
	/** Positions where no name continues (a comma, a quotation mark, a line break before the token): no I- tag there. */
	barriers?: Uint8Array;
}

// Names run across spaces, hyphens, dots, ampersands and apostrophes, never across these.
const BARRIER = /[,;:()[\]"«»“”„!?\n]/;

/**
 * The barrier positions of a token list, from the characters before each token: punctuation above, a sentence end
 * (where the sentence splitter, which knows abbreviations like "St.", starts a sentence), and a full stop glued between
 * two words ("Guerini.Villani", as copied text loses its spaces).
 */
export function barriersOf(tokens: ReadonlyArray<{ gap: string; text: string; initial: boolean }>): Uint8Array {
	const out = new Uint8Array(tokens.length);
	tokens.forEach((token, i) => {
		const sentenceEnd = token.initial && /[.!?]/.test(token.gap);
		const glued = token.gap === '.' && /\p{Ll}{2}$/u.test(tokens[i - 1]?.text ?? '');
		if (BARRIER.test(token.gap) || sentenceEnd || glued) out[i] = 1;
	});
	return out;
}

const ALLOWED: boolean[] = [];
for (let a = 0; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) ALLOWED.push(allowed(a, b));

/** The best well-formed BIO tag sequence (Viterbi): an I- tag only ever continues an entity of its own kind. */
export function viterbi(scores: Scores, length: number): number[] {
	if (length === 0) return [];
	const { emissions, transitions, start, barriers } = scores;
	const best = new Float64Array(length * TAG_COUNT);
	const back = new Int8Array(length * TAG_COUNT);
	for (let t = 0; t < TAG_COUNT; t++) {
		best[t] = isInside(t) ? -Infinity : (start[t] ?? 0) + (emissions[t] ?? 0);
	}
	for (let i = 1; i < length; i++) {
		const barrier = barriers?.[i] === 1;
		for (let t = 0; t < TAG_COUNT; t++) {
			if (barrier && isInside(t)) {
				best[i * TAG_COUNT + t] = -Infinity;
				continue;
			}
			let top = -Infinity;
			let from = 0;
			for (let p = 0; p < TAG_COUNT; p++) {
				if (!ALLOWED[p * TAG_COUNT + t]) continue;
				const score = (best[(i - 1) * TAG_COUNT + p] ?? -Infinity) + (transitions[p * TAG_COUNT + t] ?? 0);
				if (score > top) {
					top = score;
					from = p;
				}
			}
			best[i * TAG_COUNT + t] = top + (emissions[i * TAG_COUNT + t] ?? 0);
			back[i * TAG_COUNT + t] = from;
		}
	}
	let tag = 0;
	let top = -Infinity;
	for (let t = 0; t < TAG_COUNT; t++) {
		const score = best[(length - 1) * TAG_COUNT + t] ?? -Infinity;
		if (score > top) {
			top = score;
			tag = t;
		}
	}
	const tags = new Array<number>(length);
	for (let i = length - 1; i >= 0; i--) {
		tags[i] = tag;
		tag = back[i * TAG_COUNT + tag] ?? 0;
	}
	return tags;
}
