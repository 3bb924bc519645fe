import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { ConfigError } from '../../src/shared/errors.js';

describe('STORY_HOLD', () => {
	it('defaults to 2 minutes, takes 0 to turn the hold off, and durations', () => {
		expect(loadConfig({}).STORY_HOLD).toBe(120_000);
		expect(loadConfig({ STORY_HOLD: '0' }).STORY_HOLD).toBe(0);
		expect(loadConfig({ STORY_HOLD: '90s' }).STORY_HOLD).toBe(90_000);
	});

	it('refuses what is not a hold between 0 and an hour, naming the variable', () => {
		for (const value of ['soon', '-1m', '2h']) {
			expect(() => loadConfig({ STORY_HOLD: value })).toThrow(ConfigError);
			expect(() => loadConfig({ STORY_HOLD: value })).toThrow(/STORY_HOLD/);
		}
	});
});
