import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveDatabase } from '../../src/config/env.js';
import { parseDuration } from '../../src/config/duration.js';
import { ConfigError } from '../../src/shared/errors.js';

describe('loadConfig', () => {
	it('needs nothing: every variable has a default, and no token means console mode', () => {
		const config = loadConfig({});
		expect(config.DISCORD_TOKEN).toBeUndefined();
		expect(config.POLL_INTERVAL).toBe(5 * 60_000);
		expect(config.DATABASE_URL).toBe('./data/briefbot.db');
		expect(config.ALLOW_PRIVATE_NETWORK).toBe(false);
		expect(config.MAX_FEED_BYTES).toBe(10 * 1024 * 1024);
	});

	it('reports every problem at once', () => {
		let error: unknown;
		try {
			loadConfig({ POLL_INTERVAL: 'soon', FETCH_TIMEOUT_MS: 'abc', LOG_LEVEL: 'loud', ALLOW_PRIVATE_NETWORK: 'maybe' });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const issues = (error as ConfigError).issues.join('\n');
		for (const name of ['POLL_INTERVAL', 'FETCH_TIMEOUT_MS', 'LOG_LEVEL', 'ALLOW_PRIVATE_NETWORK']) expect(issues).toContain(name);
	});

	it('requires the application id with a token', () => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(/DISCORD_APPLICATION_ID/);
	});

	it('accepts seconds for the poll interval, for quick end-to-end runs', () => {
		expect(loadConfig({ POLL_INTERVAL: '10s' }).POLL_INTERVAL).toBe(10_000);
		expect(parseDuration('1h')).toBe(3_600_000);
		expect(parseDuration('250ms')).toBe(250);
		expect(parseDuration('ten')).toBeNull();
	});

	it('takes a path, a sqlite: URL or a postgres:// URL for the database', () => {
		expect(resolveDatabase('./data/x.db')).toEqual({ kind: 'sqlite', path: './data/x.db' });
		expect(resolveDatabase('sqlite:/tmp/x.db')).toEqual({ kind: 'sqlite', path: '/tmp/x.db' });
		expect(resolveDatabase('sqlite://relative.db')).toEqual({ kind: 'sqlite', path: 'relative.db' });
		expect(resolveDatabase('postgres://u@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
	});

	it('makes the bot exit with code 2 on bad configuration', () => {
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
			cwd: new URL('../../', import.meta.url).pathname,
			env: { ...process.env, POLL_INTERVAL: 'never', LOG_LEVEL: 'loud' },
			encoding: 'utf8',
			timeout: 20_000,
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/POLL_INTERVAL/);
		expect(result.stderr).toMatch(/LOG_LEVEL/);
	});
});
