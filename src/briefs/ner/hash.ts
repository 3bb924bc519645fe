/** Feature strings are hashed into this many buckets: the model stores rows by bucket, never the strings. */
export const BUCKET_BITS = 20;
const MASK = (1 << BUCKET_BITS) - 1;

/** FNV-1a over UTF-16 code units: fast, deterministic, and the same in training and at run time. */
export function hashFeature(feature: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < feature.length; i++) {
		hash ^= feature.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) & MASK;
}
