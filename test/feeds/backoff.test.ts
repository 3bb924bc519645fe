import { describe, expect, it } from 'vitest';
import { nextPollAfterFailure, nextPollAfterSuccess, shouldDisable, spreadOffset } from '../../src/feeds/backoff.js';
import { parseRetryAfter } from '../../src/feeds/retry-after.js';

const MIN = 60_000;
const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);

describe('nextPollAfterFailure', () => {
	it('waits 5 minutes, then doubles', () => {
		expect(nextPollAfterFailure(1, NOW) - NOW).toBe(5 * MIN);
		expect(nextPollAfterFailure(2, NOW) - NOW).toBe(10 * MIN);
		expect(nextPollAfterFailure(3, NOW) - NOW).toBe(20 * MIN);
		expect(nextPollAfterFailure(5, NOW) - NOW).toBe(80 * MIN);
	});

	it('caps the wait at 24 hours', () => {
		expect(nextPollAfterFailure(9, NOW) - NOW).toBe(1_280 * MIN);
		expect(nextPollAfterFailure(10, NOW) - NOW).toBe(24 * 60 * MIN);
		expect(nextPollAfterFailure(500, NOW) - NOW).toBe(24 * 60 * MIN);
	});

	it('honours a Retry-After longer than the backoff, within the cap', () => {
		expect(nextPollAfterFailure(1, NOW, 30 * MIN) - NOW).toBe(30 * MIN);
		expect(nextPollAfterFailure(3, NOW, 1 * MIN) - NOW).toBe(20 * MIN);
		expect(nextPollAfterFailure(1, NOW, 7 * 24 * 60 * MIN) - NOW).toBe(24 * 60 * MIN);
	});
});

describe('shouldDisable', () => {
	it('disables at the configured number of consecutive failures', () => {
		expect(shouldDisable(9, 10)).toBe(false);
		expect(shouldDisable(10, 10)).toBe(true);
		expect(shouldDisable(3, 3)).toBe(true);
	});
});

describe('spreadOffset', () => {
	it('is stable per feed and inside the interval', () => {
		const interval = 5 * MIN;
		for (let id = 1; id <= 200; id++) {
			const offset = spreadOffset(id, interval);
			expect(offset).toBe(spreadOffset(id, interval));
			expect(offset).toBeGreaterThanOrEqual(0);
			expect(offset).toBeLessThan(interval);
		}
	});

	it('spreads feeds over the interval instead of bunching them', () => {
		const interval = 5 * MIN;
		const buckets = new Array(10).fill(0);
		for (let id = 1; id <= 1_000; id++) buckets[Math.floor((spreadOffset(id, interval) / interval) * 10)]++;
		for (const count of buckets) {
			expect(count).toBeGreaterThan(50);
			expect(count).toBeLessThan(150);
		}
	});
});

describe('nextPollAfterSuccess', () => {
	it('returns the feed slot in the next interval', () => {
		const interval = 5 * MIN;
		const next = nextPollAfterSuccess(7, interval, NOW);
		expect(next).toBeGreaterThan(NOW);
		expect(next - NOW).toBeLessThanOrEqual(interval);
		expect((next - spreadOffset(7, interval)) % interval).toBe(0);
	});

	it('waits for Retry-After when the server asks for longer', () => {
		expect(nextPollAfterSuccess(7, 5 * MIN, NOW, 60 * MIN)).toBe(NOW + 60 * MIN);
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('90', NOW)).toBe(90_000);
		expect(parseRetryAfter(new Date(NOW + 120_000).toUTCString(), NOW)).toBe(120_000);
		expect(parseRetryAfter(new Date(NOW - 120_000).toUTCString(), NOW)).toBe(0);
		expect(parseRetryAfter('soon', NOW)).toBeNull();
		expect(parseRetryAfter(null, NOW)).toBeNull();
	});
});
