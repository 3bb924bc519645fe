import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../src/llm/answer-cache.js';
import { createTokenBudget } from '../../src/llm/token-budget.js';

describe('token budget', () => {
	it('caps each guild and all guilds together, and starts again at midnight UTC', () => {
		let now = Date.parse('2026-12-07T23:59:00Z');
		const budget = createTokenBudget({ perGuildDaily: 1_000, totalDaily: 1_500, now: () => now });
		expect(budget.allows('a', 1_000)).toBe(true);
		expect(budget.allows('a', 1_001)).toBe(false);
		budget.spend('a', 900);
		budget.spend('b', 500);
		expect(budget.allows('a', 101)).toBe(false);
		expect(budget.allows('c', 101)).toBe(false);
		expect(budget.allows('c', 100)).toBe(true);
		expect(budget.spent()).toBe(1_400);
		now = Date.parse('2026-12-08T00:00:01Z');
		expect(budget.spent('a')).toBe(0);
		expect(budget.allows('a', 1_000)).toBe(true);
	});
});

describe('answer cache', () => {
	it('keeps the most recently used answers, shares one in flight, and does not keep failures', async () => {
		const cache = createAnswerCache<string>(2);
		let calls = 0;
		const compute = (value: string) => async () => {
			calls++;
			return value;
		};
		const [a1, a2] = await Promise.all([cache.get('a', compute('A')), cache.get('a', compute('A2'))]);
		expect([a1, a2, calls]).toEqual(['A', 'A', 1]);
		await cache.get('b', compute('B'));
		await cache.get('a', compute('unused'));
		await cache.get('c', compute('C'));
		// b was the least recently used: it went; a stayed.
		expect(await cache.get('a', compute('again'))).toBe('A');
		expect(await cache.get('b', compute('B2'))).toBe('B2');
		await expect(cache.get('d', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
		expect(await cache.get('d', compute('D'))).toBe('D');
		expect(cache.size()).toBe(2);
	});
});
