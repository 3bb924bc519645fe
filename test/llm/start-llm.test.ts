import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalizeHook, redactUrl } from '../../src/app/start-llm.js';
import { loadConfig } from '../../src/config/env.js';
import { createMetrics } from '../../src/ops/metrics.js';
import type { Delivery } from '../../src/store/types.js';
import { openTestStore } from '../discord/helpers/bot-world.js';
import { startFakeProvider, taggingTranslator, type FakeProvider } from './fake-provider.js';
import { frenchBrief } from './french-brief.js';

const KEY = 'sk-never-in-the-logs-12345';
let provider: FakeProvider | null = null;
afterEach(async () => {
	await provider?.close();
	provider = null;
});

function capture() {
	const lines: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(chunk.toString());
			done();
		},
	});
	return { logger: pino({ level: 'trace' }, stream), lines };
}

const delivery = (guildId: string) => ({ guildId }) as Delivery;

describe('the wired language model', () => {
	it('logs where the model is and its failures, never the key, and counts requests, tokens and fallbacks', async () => {
		provider = await startFakeProvider((_r, i) => (i === 0 ? { kind: 'status', status: 401 } : taggingTranslator()(_r)));
		const store = openTestStore();
		await store.guildSettings.update('g1', { language: 'en' });
		const { logger, lines } = capture();
		const metrics = createMetrics();
		const config = loadConfig({ LLM_BASE_URL: provider.baseUrl, LLM_MODEL: 'tiny', LLM_API_KEY: KEY, LLM_RETRIES: '0' });
		const { localize } = createLocalizeHook({ config, settings: store.guildSettings, logger, metrics })!;
		expect(await localize(frenchBrief(), delivery('g1'))).toBeNull();
		expect(await localize(frenchBrief(), delivery('g1'))).toMatchObject({ translatedFrom: 'fr' });
		expect(lines.join('')).toContain('language model failed');
		expect(lines.join('')).toContain('HTTP 401');
		expect(lines.join('')).not.toContain(KEY);
		const text = await metrics.registry.metrics();
		expect(text).toMatch(/briefbot_llm_requests_total\{outcome="error"\} 1/);
		expect(text).toMatch(/briefbot_llm_requests_total\{outcome="ok"\} 1/);
		expect(text).toMatch(/briefbot_llm_tokens_total\{kind="prompt"\} 100/);
		expect(text).toMatch(/briefbot_llm_fallbacks_total\{reason="error"\} 1/);
		await store.close();
	});

	it('is not built at all without LLM_BASE_URL', () => {
		const store = openTestStore();
		expect(createLocalizeHook({ config: loadConfig({}), settings: store.guildSettings, logger: pino({ level: 'silent' }) })).toBeUndefined();
	});

	it('drops credentials and query strings from the URL it logs', () => {
		expect(redactUrl('https://user:secret@api.example.com/v1?key=abc')).toBe('https://api.example.com/v1');
	});
});
