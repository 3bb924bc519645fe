import { describe, expect, it } from 'vitest';
import { exponentialDelay, jitterUpperHalf } from '../../src/shared/backoff.js';

describe('exponential backoff', () => {
	it('doubles from the base at each retry up to the cap', () => {
		expect([0, 1, 2, 3, 4].map((n) => exponentialDelay(n, 1_000, 10_000))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
	});

	it('stays finite and capped for huge or odd retry counts', () => {
		expect(exponentialDelay(10_000, 1_000, 60_000)).toBe(60_000);
		expect(exponentialDelay(Number.POSITIVE_INFINITY, 1_000, 60_000)).toBe(60_000);
		expect(exponentialDelay(Number.NaN, 1_000, 60_000)).toBe(1_000);
		expect(exponentialDelay(-3, 1_000, 60_000)).toBe(1_000);
		expect(exponentialDelay(2.9, 1_000, 60_000)).toBe(4_000);
	});

	it('jitters within the upper half of the delay', () => {
		expect(jitterUpperHalf(1_000, () => 0)).toBe(500);
		expect(jitterUpperHalf(1_000, () => 0.5)).toBe(750);
		expect(jitterUpperHalf(1_000, () => 0.999)).toBeCloseTo(999.5);
	});
});
