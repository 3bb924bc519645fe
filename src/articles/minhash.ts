/**
 * MinHash over word 5-shingles: republished copies of one story share most shingles even after light edits,
 * so an estimated Jaccard of 0.5 or more means "same story".
 */
export const SAME_STORY_JACCARD = 0.5;
const SHINGLE_SIZE = 5;
// A Mersenne prime keeps the universal hash (a*x + b) mod p uniform over 32-bit inputs.
const PRIME = 2_147_483_647;

/** Deterministic per-index hash coefficients, so signatures from different processes compare. */
function buildCoefficients(count: number): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let state = 0x9e3779b9;
	const next = (): number => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) % PRIME;
	};
	for (let i = 0; i < count; i++) out.push([next() | 1, next()]);
	return out;
}

const COEFFICIENT_CACHE = new Map<number, Array<[number, number]>>();

function hashString(text: string): number {
	// FNV-1a, 32 bits.
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** (a*x + b) mod p without losing precision past 2^53. */
function mulAddMod(a: number, x: number, b: number): number {
	const high = Math.floor(x / 65_536);
	const low = x % 65_536;
	return (((a * high) % PRIME) * 65_536 + a * low + b) % PRIME;
}

/** Lower-cased word tokens (Unicode letters and digits). */
export function tokenizeWords(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function minhashSignature(text: string, numHashes: 64 | 128 = 64): number[] {
	let coefficients = COEFFICIENT_CACHE.get(numHashes);
	if (!coefficients) {
		coefficients = buildCoefficients(numHashes);
		COEFFICIENT_CACHE.set(numHashes, coefficients);
	}
	const words = tokenizeWords(text);
	if (words.length === 0) return [];
	const shingles = new Set<number>();
	if (words.length < SHINGLE_SIZE) shingles.add(hashString(words.join(' ')));
	for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) {
		shingles.add(hashString(words.slice(i, i + SHINGLE_SIZE).join(' ')));
	}
	const signature = new Array<number>(numHashes).fill(PRIME);
	for (const shingle of shingles) {
		for (let i = 0; i < numHashes; i++) {
			const [a, b] = coefficients[i] ?? [1, 0];
			const value = mulAddMod(a, shingle, b);
			if (value < (signature[i] ?? PRIME)) signature[i] = value;
		}
	}
	return signature;
}

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
	const length = Math.min(a.length, b.length);
	if (length === 0) return 0;
	let equal = 0;
	for (let i = 0; i < length; i++) if (a[i] === b[i]) equal++;
	return equal / length;
}
