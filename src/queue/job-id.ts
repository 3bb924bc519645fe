import { createHash } from 'node:crypto';

/**
 * A UUID that is always the same for the same job: pg-boss inserts jobs with ON CONFLICT DO NOTHING, so a
 * second enqueue of one delivery (by any process) is dropped while the first job is kept. Shaped as a
 * version-5 (name-based, SHA-1) UUID so that it is a valid uuid value.
 */
export function deterministicJobId(kind: string, key: string): string {
	const hash = createHash('sha1').update(`briefbot:${kind}:${key}`).digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
