import { expect, it } from 'vitest';
import { processText } from '../../src/articles/process.js';
import { describeWithShared, readSharedFiles } from '../helpers/shared-data.js';

// The seed is read in place from the shared fixtures, never copied into the repository.
const seed = readSharedFiles('fixtures/seed', ['article.txt', 'expected.json']);

interface SeedExpectation {
	language: string;
	title: string;
	originalSource: { url: string; name: string };
	republishedVia: string[];
	headings: number[];
	bodyLines: number[];
	removedLines: Record<string, string>;
}

describeWithShared('the seed article', seed, (files) => {
	const text = files['article.txt'] ?? '';
	const expected = JSON.parse(files['expected.json'] ?? 'null') as SeedExpectation | null;
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
