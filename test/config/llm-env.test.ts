import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';

describe('LLM_* settings', () => {
	it('are all off by default', () => {
		const config = loadConfig({});
		expect(config.LLM_BASE_URL).toBeUndefined();
		expect(config).toMatchObject({ LLM_TIMEOUT_MS: 10_000, LLM_RETRIES: 2, LLM_DEADLINE_MS: 8_000, LLM_GUILD_DAILY_TOKENS: 200_000 });
	});

	it('need a model with a URL, a URL with a model or key, and an http(s) URL', () => {
		expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL: required/);
		expect(() => loadConfig({ LLM_MODEL: 'llama3.2' })).toThrow(/LLM_BASE_URL: required/);
		expect(() => loadConfig({ LLM_API_KEY: 'sk-x' })).toThrow(/LLM_BASE_URL: required/);
		expect(() => loadConfig({ LLM_BASE_URL: 'file:///etc/passwd', LLM_MODEL: 'm' })).toThrow(/http:\/\/ or https:\/\//);
		expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.2' }).LLM_MODEL).toBe('llama3.2');
	});

	it('refuse budgets and timeouts that are not numbers in range', () => {
		expect(() => loadConfig({ LLM_TIMEOUT_MS: '5', LLM_DAILY_TOKENS: '-1' })).toThrow(/LLM_TIMEOUT_MS[\s\S]*LLM_DAILY_TOKENS/);
	});
});
