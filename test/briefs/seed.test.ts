import { expect, it } from 'vitest';
import type { Article, Paragraph } from '../../src/articles/types.js';
import { buildBrief } from '../../src/briefs/build-brief.js';
import { briefSchema } from '../../src/briefs/types.js';
import { describeWithShared, readSharedFiles } from '../helpers/shared-data.js';

// The seed is read in place from the shared fixtures, never copied into the repository.
const seed = readSharedFiles('fixtures/seed', ['article.txt', 'expected.json']);

interface Expected {
	headings: number[];
	bodyLines: number[];
	quotes: Array<{ startsWith: string; endsWith: string; speaker: string }>;
	people: Record<string, { aliases: string[]; roleMentions: string[] }>;
	organizations: { mustInclude: string[]; mustNotInclude: string[] };
	notPeople: string[];
}

/** The seed's body as the articles module should give it: its body lines, headings marked, joined by blank lines. */
function seedArticle(lines: string[], expected: Expected): Article {
	const paragraphs: Paragraph[] = expected.bodyLines.map((n) => ({
		text: lines[n - 1] ?? '',
		kind: expected.headings.includes(n) ? 'heading' : 'paragraph',
	}));
	return {
		title: lines[2] ?? '',
		url: null,
		canonicalUrl: null,
		originalSource: null,
		republishedVia: [],
		siteName: null,
		language: 'fr',
		publishedAt: null,
		byline: null,
		paragraphs,
		text: paragraphs.map((p) => p.text).join('\n\n'),
		removed: [],
		minhash: [],
	};
}

describeWithShared('the seed article', seed, (files) => {
	const lines = (files['article.txt'] ?? '').split('\n');
	const expected = JSON.parse(files['expected.json'] ?? 'null') as Expected | null;
	const brief = expected ? buildBrief(seedArticle(lines, expected)) : null;

	it('is a valid schema-version-1 brief', () => {
		expect(briefSchema.parse(brief).schemaVersion).toBe(1);
	});

	it('has exactly the four expected quotes with their speakers', () => {
		expect(brief?.quotes.map((q) => q.speaker)).toEqual(expected?.quotes.map((q) => q.speaker));
		brief?.quotes.forEach((quote, i) => {
			expect(quote.text.startsWith(expected?.quotes[i]?.startsWith ?? '?')).toBe(true);
			expect(quote.text.endsWith(expected?.quotes[i]?.endsWith ?? '?')).toBe(true);
			expect(brief.text.slice(quote.start, quote.end)).toBe(quote.text);
		});
		expect(brief?.quotes.filter((q) => q.key)).toHaveLength(3);
	});

	it('has exactly the expected people, with aliases and roles naming their organisations', () => {
		const people = brief?.entities.filter((e) => e.type === 'person') ?? [];
		expect(people.map((p) => p.name).sort()).toEqual(Object.keys(expected?.people ?? {}).sort());
		for (const person of people) {
			const want = expected?.people[person.name];
			for (const alias of want?.aliases ?? []) expect(person.aliases).toContain(alias);
			for (const org of want?.roleMentions ?? []) expect(person.roles.some((r) => r.includes(org))).toBe(true);
		}
	});

	it('has the organisations it must have and none it must not', () => {
		const organizations = brief?.entities.filter((e) => e.type === 'organization').map((e) => e.name) ?? [];
		for (const name of expected?.organizations.mustInclude ?? []) expect(organizations).toContain(name);
		for (const name of expected?.organizations.mustNotInclude ?? []) expect(organizations).not.toContain(name);
		const names = brief?.entities.map((e) => e.name) ?? [];
		for (const name of expected?.notPeople ?? []) expect(names).not.toContain(name);
	});

	it('has a French summary of two or three body sentences', () => {
		expect(brief?.summary.length).toBeGreaterThanOrEqual(2);
		expect(brief?.summary.length).toBeLessThanOrEqual(3);
		for (const sentence of brief?.summary ?? []) expect(brief?.text).toContain(sentence);
	});
});
