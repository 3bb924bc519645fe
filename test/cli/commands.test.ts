/** The real CLI as a user runs it: a process, its exit code, stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import { makeBrief, makeEntity } from '../helpers/store-builders.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-cli-'));
const DATABASE_URL = path.join(dir, 'briefbot.db');

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, DATABASE_URL, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('briefbot CLI', () => {
	it('refuses an unknown flag or a bad value, naming it, with exit code 2 and no class name', () => {
		const who = cli(['who', 'X', '--bogus']);
		expect(who.status).toBe(2);
		expect(who.stderr).toBe('briefbot who: unknown option --bogus\nrun "briefbot who --help" for the options\n');
		const quote = cli(['quote', '--who', 'X', '--limit', 'lots']);
		expect(quote.status).toBe(2);
		expect(quote.stderr).toContain('--limit must be a whole number from 1 to 100, not "lots"');
		const missing = cli(['extract', path.join(dir, 'missing.html')]);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/^briefbot extract: cannot read .*missing\.html: ENOENT/);
		expect(missing.stderr).not.toMatch(/InputError|Error:/);
	});

	it('lists every flag of a command under --help', () => {
		const help = cli(['quote', '--help']);
		expect(help.status).toBe(0);
		for (const flag of ['--who NAME', '--about TEXT', '--limit N', '--guild ID', '--json', '--help']) expect(help.stdout).toContain(flag);
	});

	it('who: counts every mention, and suggests only close names', async () => {
		const store = createSqliteStore(DATABASE_URL);
		const targets = [{ guildId: 'console', channelId: 'console', targetId: null }];
		const henri = (n: number) =>
			makeEntity({ id: 'e1', name: 'Henri Poupart-Lafarge', mentions: Array.from({ length: n }, () => ({ start: 0, end: 5, text: 'Henri' })) });
		await store.articles.ingest({ brief: makeBrief({ title: 'One', url: 'https://example.org/1', entities: [henri(3)] }), feedId: null, itemKey: null, targets });
		await store.articles.ingest({ brief: makeBrief({ title: 'Two', url: 'https://example.org/2', entities: [henri(2)] }), feedId: null, itemKey: null, targets });
		await store.close();

		const card = cli(['who', 'Henri', 'Poupart-Lafarge']);
		expect(card.status).toBe(0);
		expect(card.stdout).toContain('5 mentions in 2 articles');
		const nobody = cli(['who', 'Nobody Here']);
		expect(nobody.status).toBe(1);
		expect(nobody.stdout).toBe('No one called "Nobody Here" yet.\n');
		const typo = cli(['who', 'Poupard', '--json']);
		expect(JSON.parse(typo.stdout)).toEqual({ error: 'not found', closest: ['Henri Poupart-Lafarge'] });
	});
});
