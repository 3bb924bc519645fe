/** Feature strings are hashed into this many buckets: the model stores rows by bucket, never the strings. */
export const BUCKET_BITS = 20;
const MASK = (1 << BUCKET_BITS) - 1;
const OFFSET = 0x811c9dc5;
const SEPARATOR = 0x1f;

/** One FNV-1a step over a string's UTF-16 code units. */
function step(hash: number, text: string): number {
	let h = hash;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h;
}

/**
 * The bucket of a feature made of parts ("l-1", "the", "said"), hashed as if joined by a separator but without
 * building the string: FNV-1a, fast and deterministic, the same in training and at run time.
 */
export function hashParts(a: string, b: string, c?: string, d?: string): number {
	let h = step(OFFSET, a);
	h = step(Math.imul(h ^ SEPARATOR, 0x01000193), b);
	if (c !== undefined) h = step(Math.imul(h ^ SEPARATOR, 0x01000193), c);
	if (d !== undefined) h = step(Math.imul(h ^ SEPARATOR, 0x01000193), d);
	return (h >>> 0) & MASK;
}
