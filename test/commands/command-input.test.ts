import { describe, expect, it } from 'vitest';
import { parseEntityRef, parseSince, parseSubscriptionRef } from '../../src/discord/subscriptions/command-input.js';
import { decodeQuotePageId, encodeQuotePageId, hashAbout } from '../../src/discord/subscriptions/quote-page-id.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('parseSince', () => {
	it('reads durations back from now', () => {
		expect(parseSince('7d', NOW)).toBe(NOW - 7 * 86_400_000);
		expect(parseSince(' 24H ', NOW)).toBe(NOW - 24 * 3_600_000);
		expect(parseSince('2w', NOW)).toBe(NOW - 14 * 86_400_000);
		expect(parseSince('3mo', NOW)).toBe(NOW - 90 * 86_400_000);
	});

	it('reads dates and date-times', () => {
		expect(parseSince('2026-01-01', NOW)).toBe(Date.parse('2026-01-01T00:00:00Z'));
		expect(parseSince('2026-11-01T08:30:00Z', NOW)).toBe(Date.parse('2026-11-01T08:30:00Z'));
	});

	it('refuses anything else, and dates far in the future', () => {
		for (const bad of ['', 'yesterday', '7', '7 days', '-7d', '2026-13-45', '2030-01-01', '1d; DROP TABLE', '9'.repeat(50) + 'd']) {
			expect(parseSince(bad, NOW)).toBeNull();
		}
	});
});

describe('option references', () => {
	it('tells autocomplete picks from typed text', () => {
		expect(parseEntityRef('e:42')).toBe(42);
		expect(parseEntityRef('Eve')).toBeNull();
		expect(parseEntityRef('e:42x')).toBeNull();
		expect(parseSubscriptionRef('s:7')).toBe(7);
		expect(parseSubscriptionRef('e:7')).toBeNull();
	});
});

describe('quote page ids', () => {
	it('round-trips a query that fits, colons in the text included', () => {
		const state = { page: 3, speakerEntityId: 12, since: Date.parse('2026-01-01T00:00:00Z'), about: 'rates: up or down' };
		const id = encodeQuotePageId(state);
		expect(id.length).toBeLessThanOrEqual(100);
		expect(decodeQuotePageId(id)).toEqual({ state, aboutHash: null });
	});

	it('replaces a long query by its hash and says so', () => {
		const about = 'word '.repeat(40).trim();
		const id = encodeQuotePageId({ page: 1, speakerEntityId: null, since: null, about });
		expect(id.length).toBeLessThanOrEqual(100);
		expect(decodeQuotePageId(id)).toEqual({ state: { page: 1, speakerEntityId: null, since: null, about: null }, aboutHash: hashAbout(about) });
	});

	it('rejects ids it did not make', () => {
		for (const bad of ['quote:x:next', 'quote:p:abc::', 'feed:p:1::', 'quote:p:1:12a::', 'quote:p:99999::']) expect(decodeQuotePageId(bad)).toBeNull();
	});
});
