/**
 * MinHash over word 5-shingles: republished copies of one story share most shingles even after light edits,
 * so an estimated Jaccard of 0.5 or more means "same story".
 */
export const SAME_STORY_JACCARD = 0.5;
const SHINGLE_SIZE = 5;

/** Deterministic per-index hash parameters, so signatures from different processes compare. */
function buildCoefficients(count: number): Uint32Array {
	const out = new Uint32Array(count * 2);
	let state = 0x9e3779b9;
	for (let i = 0; i < out.length; i++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		out[i] = (state >>> 0) | (i % 2 === 0 ? 1 : 0);
	}
	return out;
}

const COEFFICIENT_CACHE = new Map<number, Uint32Array>();

function hashWord(word: string): number {
	// FNV-1a, 32 bits.
	let hash = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) {
		hash ^= word.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A 32-bit finaliser (murmur3 fmix): multiply-add with odd multipliers alone leaves low bits poorly mixed. */
function mix(value: number): number {
	let h = value;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Lower-cased word tokens (Unicode letters and digits). */
export function tokenizeWords(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingleHashes(words: readonly string[]): Set<number> {
	const wordHashes = words.map(hashWord);
	const out = new Set<number>();
	const span = Math.min(SHINGLE_SIZE, wordHashes.length);
	for (let i = 0; i + span <= wordHashes.length; i++) {
		let hash = 0;
		for (let j = 0; j < span; j++) hash = mix((hash ^ (wordHashes[i + j] ?? 0)) + j);
		out.add(hash);
	}
	return out;
}

export function minhashSignature(text: string, numHashes: 64 | 128 = 64): number[] {
	let coefficients = COEFFICIENT_CACHE.get(numHashes);
	if (!coefficients) {
		coefficients = buildCoefficients(numHashes);
		COEFFICIENT_CACHE.set(numHashes, coefficients);
	}
	const words = tokenizeWords(text);
	if (words.length === 0) return [];
	const signature = new Uint32Array(numHashes).fill(0xffffffff);
	for (const shingle of shingleHashes(words)) {
		for (let i = 0; i < numHashes; i++) {
			const value = mix((Math.imul(coefficients[2 * i] ?? 1, shingle) + (coefficients[2 * i + 1] ?? 0)) >>> 0);
			if (value < (signature[i] ?? 0)) signature[i] = value;
		}
	}
	return Array.from(signature);
}

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
	const length = Math.min(a.length, b.length);
	if (length === 0) return 0;
	let equal = 0;
	for (let i = 0; i < length; i++) if (a[i] === b[i]) equal++;
	return equal / length;
}
