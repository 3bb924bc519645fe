import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `test/fixtures/feeds/${name}`;

function cli(args: string[], input?: string) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'parse-feed', ...args], { cwd: repoRoot, input, encoding: 'utf8' });
}

describe('briefbot parse-feed', () => {
	it('prints the normalised feed in the shape score.py reads', () => {
		const run = cli([fixture('atom-de.xml'), '--json']);
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout) as Record<string, unknown>;
		expect(out).toMatchObject({
			error: null,
			feed: { title: 'Technik-Nachrichten aus Hamburg', link: 'https://technik-hamburg.example/', id: 'tag:technik-hamburg.example,2026:feed', updated: '2026-03-10T08:30:00.000Z' },
		});
		expect((out.items as unknown[])[0]).toEqual({
			title: 'Siemens übernimmt Start-up für <em>Industrie-KI</em>',
			link: 'https://technik-hamburg.example/2026/03/siemens-ki',
			id: 'tag:technik-hamburg.example,2026:siemens-ki',
			description: '„Wir wollen bei der Fertigungs-KI führend sein“, sagte Vorstandschef Roland Busch.',
			updated: '2026-03-10T08:12:00.000Z',
			published: '2026-03-10T07:00:00.000Z',
		});
	});

	it('reads {id, path} lines and answers one line each, going on after errors, with only JSON on stdout', () => {
		const input = [
			JSON.stringify({ id: 1, path: fixture('big5-zh.xml') }),
			JSON.stringify({ id: 'two', path: fixture('no-such-file.xml') }),
			'not json',
			JSON.stringify({ id: 3, path: 'package.json' }),
			JSON.stringify({ id: 4, path: fixture('damaged-cut-off.xml') }),
		].join('\n');
		const run = cli(['--jsonl'], input);
		expect(run.status).toBe(0);
		const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; path: unknown; error: unknown; feed?: { title: string }; items?: unknown[] });
		expect(lines).toHaveLength(5);
		expect(lines[0]).toMatchObject({ id: 1, path: fixture('big5-zh.xml'), error: null, feed: { title: '台北日報' } });
		expect(lines[1]).toMatchObject({ id: 'two', path: fixture('no-such-file.xml') });
		expect(lines[1]?.error).toEqual(expect.any(String));
		expect(lines[2]?.error).toEqual(expect.any(String));
		expect(lines[3]).toMatchObject({ id: 3, error: expect.any(String) });
		expect(lines[4]).toMatchObject({ id: 4, error: null });
		expect(lines[4]?.items).toHaveLength(2);
	});
});
