/** Same threshold as the extraction side (src/articles/minhash.ts): an estimated Jaccard of 0.5 is one story. */
export const SAME_STORY_JACCARD = 0.5;

/**
 * Rows per band. With 64 hashes, 21 bands of 3 rows find a pair at Jaccard 0.5 with probability 0.94 and at
 * 0.6 with 0.99, while unrelated articles (Jaccard near 0) almost never share a band. Candidates are then
 * checked on the full signature, so false candidates cost one comparison each.
 */
const ROWS_PER_BAND = 3;

function fnv1a(values: ArrayLike<number>, from: number, to: number, seed: number): number {
	let hash = 0x811c9dc5 ^ seed;
	for (let i = from; i < to; i++) {
		const value = values[i] ?? 0;
		hash ^= value & 0xffff;
		hash = Math.imul(hash, 0x01000193);
		hash ^= Math.floor(value / 65_536) & 0xffff;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * One integer per band: the band index in the high bits and a 32-bit hash of the band's values in the low bits,
 * so equal bands at the same position collide and nothing else does (up to hash collisions). Signatures of
 * different lengths never share a key because the length is mixed into the hash.
 */
export function lshBandKeys(signature: ArrayLike<number>): number[] {
	const rows = signature.length >= 8 ? ROWS_PER_BAND : 1;
	const keys: number[] = [];
	for (let start = 0, band = 0; start + rows <= signature.length; start += rows, band++) {
		keys.push(band * 4_294_967_296 + fnv1a(signature, start, start + rows, signature.length));
	}
	return keys;
}

/** The share of equal positions: the MinHash estimate of Jaccard similarity. 0 for signatures not comparable. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length === 0 || a.length !== b.length) return 0;
	let equal = 0;
	for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
	return equal / a.length;
}

export function encodeSignature(signature: readonly number[]): Buffer {
	return Buffer.from(new Float64Array(signature).buffer);
}

export function decodeSignature(blob: Buffer): Float64Array {
	// Copy: the Buffer may be a view on a pool that is not 8-byte aligned.
	const copy = new Uint8Array(blob.length);
	copy.set(blob);
	return new Float64Array(copy.buffer);
}
