import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/briefs/types.js';
import { describeWithShared, readSharedFiles } from '../helpers/shared-data.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const seed = readSharedFiles('fixtures/seed', ['article.txt']);
const SEED = path.join(seed.dir, 'article.txt');
const FIXTURE = path.resolve(here, '../fixtures/briefs/fr-politique.txt');

function runBrief(args: string[], input?: string) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'brief', ...args], {
		cwd: repoRoot,
		input,
		encoding: 'utf8',
		timeout: 60_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('briefbot brief', () => {
	it('prints a valid brief with --raw --json, its text equal to the input', () => {
		const { code, stdout } = runBrief([FIXTURE, '--raw', '--json']);
		expect(code).toBe(0);
		const brief = briefSchema.parse(JSON.parse(stdout));
		expect(brief.language).toBe('fr');
		expect(brief.quotes.map((q) => q.speaker)).toContain('Claire Dubois');
	});

	it('answers each --jsonl line with its id, and an error line for a bad one', () => {
		const input = [
			JSON.stringify({ id: 'a', text: '« Nous allons gagner cette bataille ensemble », a déclaré Jean Dupont.' }),
			'not json',
			JSON.stringify({ id: 'c', url: 'https://example.org/x' }),
		].join('\n');
		const { stdout } = runBrief(['--jsonl', '--raw'], input);
		const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; quotes?: unknown[] });
		expect(lines).toHaveLength(3);
		expect(lines[0]?.id).toBe('a');
		expect(lines[0]?.quotes).toHaveLength(1);
		expect(lines[1]?.error).toBeTruthy();
		expect(lines[2]?.id).toBe('c');
		expect(lines[2]?.error).toBeTruthy();
	});

	it('exits with a usage error without input', () => {
		expect(runBrief([]).code).toBe(2);
	});
});

describeWithShared('briefbot brief on the seed', seed, () => {
	it('gives the seed its four quotes and three people through extraction', () => {
		const { code, stdout } = runBrief([SEED, '--json']);
		expect(code).toBe(0);
		const brief = briefSchema.parse(JSON.parse(stdout));
		expect(brief.quotes.map((q) => q.speaker)).toEqual(['Yao Shunyu', 'Lin Junyang', 'Lin Junyang', 'Tang Jie']);
		expect(brief.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Yao Shunyu', 'Lin Junyang', 'Tang Jie']);
		const organizations = brief.entities.filter((e) => e.type === 'organization').map((e) => e.name);
		for (const name of ['OpenAI', 'Tencent', 'Alibaba', 'MiniMax', 'Zhipu AI', 'Reuters']) expect(organizations).toContain(name);
		for (const name of ['Moonveil', 'MEXC', 'BitcoinEthereumNews.com', 'Cryptopolitan']) expect(organizations).not.toContain(name);
		expect(brief.summary.length).toBeGreaterThanOrEqual(2);
	});
});
