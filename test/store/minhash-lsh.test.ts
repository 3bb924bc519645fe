import { describe, expect, it } from 'vitest';
import { minhashSignature } from '../../src/articles/minhash.js';
import { decodeSignature, encodeSignature, estimateJaccard, lshBandKeys } from '../../src/store/minhash-lsh.js';

const STORY =
	'The central bank raised its main interest rate by a quarter point on Thursday, citing persistent inflation in services and a tight labour market, and said further increases could follow if wage growth does not slow in the coming months according to the statement released after the meeting';

describe('MinHash LSH', () => {
	it('gives a lightly edited copy a shared band and an unrelated text none', () => {
		const original = minhashSignature(STORY);
		const copy = minhashSignature(`${STORY.replace('Thursday', 'Thursday afternoon')} Reporting by the newswire.`);
		const other = minhashSignature('A football club signed a new striker from abroad for a record fee after weeks of talks with the seller and the player agent');
		const keys = new Set(lshBandKeys(original));
		expect(estimateJaccard(original, copy)).toBeGreaterThanOrEqual(0.5);
		expect(lshBandKeys(copy).some((k) => keys.has(k))).toBe(true);
		expect(lshBandKeys(other).some((k) => keys.has(k))).toBe(false);
		expect(estimateJaccard(original, other)).toBeLessThan(0.2);
	});

	it('never matches signatures of different lengths', () => {
		const a = Array.from({ length: 64 }, (_, i) => i);
		expect(estimateJaccard(a, a.slice(0, 32))).toBe(0);
		expect(lshBandKeys(a.slice(0, 63)).some((k) => new Set(lshBandKeys(a)).has(k))).toBe(false);
		expect(lshBandKeys([])).toEqual([]);
	});

	it('stores signatures losslessly', () => {
		const signature = [0, 1, 2_147_483_646, 4_294_967_295, 12.5];
		expect([...decodeSignature(encodeSignature(signature))]).toEqual(signature);
	});
});
