import { describe, expect, it } from 'vitest';
import { articleUrlKeys, FUTURE_SLACK_MS, parseTime, sortTime, sourceName } from '../../../src/store/policy/article-policy.js';
import { planContent } from '../../../src/store/policy/content-plan.js';
import { bestStory } from '../../../src/store/policy/story-match.js';
import { makeBrief, makeEntity, makeQuote, similarMinhash, uniqueMinhash } from '../../helpers/store-builders.js';

describe('article policy', () => {
	it('sorts by publication date unless it is missing or more than a day ahead of storage', () => {
		expect(sortTime(500, 1_000)).toBe(500);
		expect(sortTime(null, 1_000)).toBe(1_000);
		expect(sortTime(1_000 + FUTURE_SLACK_MS, 1_000)).toBe(1_000 + FUTURE_SLACK_MS);
		expect(sortTime(1_001 + FUTURE_SLACK_MS, 1_000)).toBe(1_000);
	});

	it('reads ISO dates and refuses unreadable ones', () => {
		expect(parseTime('2024-01-02T00:00:00Z')).toBe(Date.UTC(2024, 0, 2));
		expect(parseTime('not a date')).toBeNull();
		expect(parseTime(null)).toBeNull();
	});

	it('names the copy by its own site, else its host without www, never by the original it credits', () => {
		const brief = makeBrief({ url: 'https://www.example.org/a', siteName: null, originalSource: null });
		expect(sourceName(brief)).toBe('example.org');
		expect(sourceName({ ...brief, siteName: 'Example' })).toBe('Example');
		expect(sourceName({ ...brief, siteName: 'Example', originalSource: { name: 'Reuters', url: null } })).toBe('Example');
		expect(sourceName({ ...brief, originalSource: { name: 'Reuters', url: null } })).toBe('example.org');
	});

	it('keys an article by its URL and its canonical URL, once each', () => {
		expect(articleUrlKeys({ url: 'https://example.org/a', canonicalUrl: 'https://example.org/a' })).toHaveLength(1);
		expect(articleUrlKeys({ url: 'https://example.org/a', canonicalUrl: 'https://example.org/b' })).toHaveLength(2);
	});

	it('counts mentions per stored entity and finds each quote speaker by entity id, then by name', () => {
		const brief = makeBrief({
			entities: [
				makeEntity({ id: 'e1', name: 'Ada Lovelace', aliases: ['Lovelace'] }),
				makeEntity({ id: 'e2', name: 'Nobody' }),
			],
			quotes: [
				makeQuote({ text: 'one', speakerEntityId: 'e1' }),
				makeQuote({ text: 'two', speaker: 'lovelace' }),
				makeQuote({ text: 'three', speaker: 'Someone Else' }),
			],
		});
		const plan = planContent(brief, [42, null]);
		expect(plan.speakers).toEqual([42, 42, null]);
		expect([...plan.mentions]).toEqual([[42, 1]]);
	});

	it('joins a body to the most similar story at or above the same-story similarity', () => {
		const body = uniqueMinhash();
		const close = similarMinhash(body, 0.8);
		const closer = similarMinhash(body, 0.9);
		const far = similarMinhash(body, 0.3);
		expect(bestStory(body, [{ storyId: 1, signature: close }, { storyId: 2, signature: closer }])).toBe(2);
		expect(bestStory(body, [{ storyId: 3, signature: far }])).toBeNull();
	});
});
