import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/llm/chat-client.js';
import { createBriefLocalizer, type BriefLocalizerOptions } from '../../src/llm/localize-brief.js';
import { createTokenBudget } from '../../src/llm/token-budget.js';
import type { FallbackReason, ReaderSettings } from '../../src/llm/types.js';
import { silentLogger } from '../../src/shared/logger.js';
import { startFakeProvider, taggingTranslator, type ChatRequest, type FakeProvider, type Reply } from './fake-provider.js';
import { frenchBrief } from './french-brief.js';

let provider: FakeProvider | null = null;
afterEach(async () => {
	await provider?.close();
	provider = null;
});

const EN: ReaderSettings = { language: 'en', summary: 'extractive' };

async function setup(answer: (request: ChatRequest, index: number) => Reply, settings: Record<string, ReaderSettings>, overrides: Partial<BriefLocalizerOptions> = {}) {
	provider = await startFakeProvider(answer);
	const fallbacks: FallbackReason[] = [];
	const budget = createTokenBudget({ perGuildDaily: 10_000, totalDaily: 100_000 });
	const localizer = createBriefLocalizer({
		complete: createChatClient({ baseUrl: provider.baseUrl, model: 'tiny', timeoutMs: 2_000, retries: 0 }),
		budget,
		settingsFor: async (guildId) => settings[guildId] ?? null,
		deadlineMs: 1_500,
		maxOutputTokens: 500,
		maxInputChars: 4_000,
		cacheEntries: 100,
		logger: silentLogger,
		observer: { request: () => {}, tokens: () => {}, fallback: (reason) => void fallbacks.push(reason) },
		...overrides,
	});
	return { localizer, provider, fallbacks, budget };
}

describe('brief localizer', () => {
	it('translates the summary and the key quotes of a French brief for an English guild, and nothing else', async () => {
		const { localizer, provider } = await setup(taggingTranslator(), { g1: EN });
		const brief = frenchBrief();
		const rendition = await localizer.localize(brief, 'g1');
		expect(rendition).toEqual({
			language: 'en',
			translatedFrom: 'fr',
			summary: brief.summary.map((s) => `[en] ${s}`),
			quoteTranslations: [`[en] ${brief.quotes[0]!.text}`, null],
			abstractive: false,
		});
		const sent = provider.requests[0]!.messages.map((m) => m.content).join('\n');
		// The model is never asked who said what: no speaker or entity goes out.
		expect(sent).not.toContain('Marie Lefèvre');
		expect(sent).not.toContain('Nous verrons');
	});

	it('makes no call for a guild without settings, reading the original, or already in the article language', async () => {
		const { localizer, provider } = await setup(taggingTranslator(), { g2: { language: 'original', summary: 'extractive' }, g3: { language: 'fr', summary: 'extractive' } });
		for (const guild of ['g1', 'g2', 'g3']) expect(await localizer.localize(frenchBrief(), guild)).toBeNull();
		expect(await localizer.localize(frenchBrief({ language: 'und' }), 'g1')).toBeNull();
		expect(provider.requests).toHaveLength(0);
	});

	it('asks once for one article and language, however many guilds and channels read it at once', async () => {
		const { localizer, provider } = await setup((r) => ({ ...(taggingTranslator()(r) as Reply & { kind: 'content' }), delayMs: 100 }), { g1: EN, g2: EN });
		const brief = frenchBrief();
		const results = await Promise.all([localizer.localize(brief, 'g1'), localizer.localize(brief, 'g2'), localizer.localize(brief, 'g1')]);
		expect(results.every((r) => r?.translatedFrom === 'fr')).toBe(true);
		expect(await localizer.localize(brief, 'g2')).toEqual(results[0]);
		expect(provider.requests).toHaveLength(1);
	});

	it('starts the work ahead on prefetch, so the delivery later waits on the same single request', async () => {
		const { localizer, provider } = await setup((r) => ({ ...(taggingTranslator()(r) as Reply & { kind: 'content' }), delayMs: 300 }), { g1: EN });
		const brief = frenchBrief();
		localizer.prefetch(brief, 'g1');
		localizer.prefetch(frenchBrief({ language: 'en' }), 'g1');
		await new Promise((resolve) => setTimeout(resolve, 200));
		const started = performance.now();
		expect(await localizer.localize(brief, 'g1')).toMatchObject({ translatedFrom: 'fr' });
		expect(performance.now() - started).toBeLessThan(250);
		expect(provider.requests).toHaveLength(1);
	});

	it('stops calling for a guild over its daily budget, and for nobody else', async () => {
		const { localizer, provider, fallbacks, budget } = await setup(taggingTranslator(), { g1: EN, g2: EN });
		budget.spend('g1', 9_900);
		expect(await localizer.localize(frenchBrief(), 'g1')).toBeNull();
		expect(fallbacks).toEqual(['budget']);
		expect(provider.requests).toHaveLength(0);
		expect(await localizer.localize(frenchBrief(), 'g2')).not.toBeNull();
		expect(budget.spent('g2')).toBe(150);
	});

	it('uses a checked abstract, and falls back to the translated extractive summary when a sentence invents a number', async () => {
		const good = ['Brest has voted a 1.5 billion euro terminal plan.', 'Marie Lefèvre says it will serve the region for fifty years.'];
		const { localizer, provider, fallbacks } = await setup(taggingTranslator(good), { g1: { language: 'en', summary: 'abstractive' } });
		expect(await localizer.localize(frenchBrief(), 'g1')).toMatchObject({ summary: good, abstractive: true, translatedFrom: 'fr' });
		provider.setAnswer(taggingTranslator(['Brest has voted a 3 billion euro plan.', 'Work starts in spring.']));
		const brief = frenchBrief();
		expect(await localizer.localize(brief, 'g1')).toMatchObject({ summary: brief.summary.map((s) => `[en] ${s}`), abstractive: false });
		expect(fallbacks).toEqual(['unchecked']);
	});

	it('refuses malformed, misaligned, over-long and cut answers, posting the original', async () => {
		const answers: Reply[] = [
			{ kind: 'content', content: 'Sure! Here is the translation: the port voted.' },
			{ kind: 'content', content: JSON.stringify({ summary: ['only one'], quotes: ['q'] }) },
			{ kind: 'content', content: JSON.stringify({ summary: ['a', 'x'.repeat(2_000)], quotes: ['q'] }) },
			{ kind: 'content', content: '{"summary": ["a", "b"], "quotes": ["q"]', finishReason: 'length' },
			{ kind: 'content', content: JSON.stringify({ summary: ['a', ''], quotes: ['q'] }) },
		];
		const { localizer, fallbacks } = await setup((_r, i) => answers[i]!, { g1: EN });
		for (let i = 0; i < answers.length; i++) expect(await localizer.localize(frenchBrief(), 'g1')).toBeNull();
		expect(fallbacks).toEqual(Array(answers.length).fill('malformed'));
	});

	it('does not wait past its deadline for a slow provider, and the late answer serves the next delivery', async () => {
		const { localizer, fallbacks } = await setup((r) => ({ ...(taggingTranslator()(r) as Reply & { kind: 'content' }), delayMs: 600 }), { g1: EN }, { deadlineMs: 200 });
		const brief = frenchBrief();
		const started = performance.now();
		expect(await localizer.localize(brief, 'g1')).toBeNull();
		expect(performance.now() - started).toBeLessThan(500);
		expect(fallbacks).toEqual(['deadline']);
		await new Promise((resolve) => setTimeout(resolve, 700));
		expect(await localizer.localize(brief, 'g1')).toMatchObject({ translatedFrom: 'fr' });
	});

	it('falls back on a failing provider and on settings that cannot be read', async () => {
		const { localizer, fallbacks } = await setup(() => ({ kind: 'status', status: 500 }), { g1: EN }, {});
		expect(await localizer.localize(frenchBrief(), 'g1')).toBeNull();
		expect(fallbacks).toEqual(['error']);
		await provider?.close();
		const broken = await setup(taggingTranslator(), {}, { settingsFor: async () => Promise.reject(new Error('db down')) });
		expect(await broken.localizer.localize(frenchBrief(), 'g1')).toBeNull();
		expect(broken.provider.requests).toHaveLength(0);
	});
});
