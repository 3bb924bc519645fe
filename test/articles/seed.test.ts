import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/articles/process.js';

// The seed is read in place from the shared fixtures, never copied into the repository.
const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/seed');
const present = existsSync(path.join(SEED_DIR, 'article.txt')) && existsSync(path.join(SEED_DIR, 'expected.json'));

interface SeedExpectation {
	language: string;
	title: string;
	originalSource: { url: string; name: string };
	republishedVia: string[];
	headings: number[];
	bodyLines: number[];
	removedLines: Record<string, string>;
}

describe.skipIf(!present)('the seed article', () => {
	const text = present ? readFileSync(path.join(SEED_DIR, 'article.txt'), 'utf8') : '';
	const expected = present ? (JSON.parse(readFileSync(path.join(SEED_DIR, 'expected.json'), 'utf8')) as SeedExpectation) : null;
	const lines = text.split('\n');
	const line = (n: number): string => (lines[n - 1] ?? '').trim();
	const article = processText(text);

	it('finds the title, the language and the original source', () => {
		expect(article.title).toBe(expected?.title);
		expect(article.language).toBe(expected?.language);
		expect(article.originalSource).toEqual({ name: expected?.originalSource.name, url: expected?.originalSource.url });
	});

	it('names the republishers seen in the junk', () => {
		expect(article.republishedVia).toEqual(expected?.republishedVia);
	});

	it('keeps exactly the body lines, in order, with the headings marked', () => {
		const body = expected?.bodyLines ?? [];
		expect(article.paragraphs.map((p) => p.text)).toEqual(body.map(line));
		const headings = article.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text);
		expect(headings).toEqual((expected?.headings ?? []).map(line));
	});

	it('removes every junk line with a reason', () => {
		const removedText = article.removed.map((r) => r.text).join('\n');
		for (const n of Object.keys(expected?.removedLines ?? {}).map(Number)) {
			if (n === 1) continue;
			expect(removedText).toContain(line(n));
		}
		expect(article.removed.find((r) => r.text === line(3))?.reason).toBe('title-repeat');
		expect(article.removed.find((r) => r.text.startsWith('Source'))?.reason).toBe('source');
		expect(article.removed.filter((r) => r.reason === 'price-widget')).toHaveLength(8);
		expect(article.removed.at(-1)?.reason).toBe('disclaimer');
	});

	it('splits the glued first line into one removed entry per piece', () => {
		const first = article.removed.slice(0, 4);
		expect(first.map((r) => r.reason)).toEqual(['syndication', 'duplicate', 'syndication', 'duplicate']);
		expect(line(1).replace(/\s+/g, '')).toBe(first.map((r) => r.text).join('').replace(/\s+/g, ''));
	});
});
