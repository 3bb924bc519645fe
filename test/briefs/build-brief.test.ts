import { describe, expect, it } from 'vitest';
import { buildRawArticle } from '../../src/briefs/raw-article.js';
import { buildBrief } from '../../src/briefs/build-brief.js';
import { briefSchema } from '../../src/briefs/types.js';
import { readFixture } from './helpers.js';

describe('buildBrief', () => {
	// Each fixture is a news story whose first sentence is its lead, naming the main company or person.
	const FIXTURES = [
		['en-company.txt', 'en', 'Acme Robotics'],
		['fr-politique.txt', 'fr', 'Claire Dubois'],
		['de-wirtschaft.txt', 'de', 'Volkswagen'],
		['es-tecnologia.txt', 'es', 'Cabify'],
	] as const;
	for (const [file, language, main] of FIXTURES) {
		it(`builds a valid brief whose offsets refer to the text (${language})`, () => {
			const text = readFixture(file);
			const brief = briefSchema.parse(buildBrief(buildRawArticle(text, { language })));
			expect(brief.text).toBe(text);
			// Extractive: one to three sentences of the text, the lead first.
			const lead = text.split('\n')[0]!.trim();
			expect(brief.summary[0]).toBe(lead);
			expect(brief.summary.length).toBeLessThanOrEqual(3);
			for (const sentence of brief.summary) expect(text).toContain(sentence);
			expect(brief.topics).toContain(main);
			for (const entity of brief.entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
			const ids = new Set(brief.entities.map((e) => e.id));
			for (const quote of brief.quotes) if (quote.speakerEntityId) expect(ids.has(quote.speakerEntityId)).toBe(true);
		});
	}

	it('builds a raw article whose short unpunctuated lines are headings', () => {
		const article = buildRawArticle('A short heading\n\nA paragraph that ends with a full stop.', { language: 'en' });
		expect(article.paragraphs.map((p) => p.kind)).toEqual(['heading', 'paragraph']);
	});

	it('reads long, unbroken and unbalanced text to the end of its analysed part', () => {
		const text = `${'Mr. Smith said the plan was "good for the whole town and more" and left. '.repeat(3_000)}« « « "a b c d`;
		const brief = buildBrief(buildRawArticle(text, { language: 'en' }));
		expect(brief.text).toBe(text);
		expect(brief.quotes.length).toBeGreaterThan(1_000);
		expect(brief.quotes.every((q) => text.slice(q.start, q.end) === q.text)).toBe(true);
		expect(brief.entities.map((e) => e.name)).toContain('Smith');
	});

	it('returns an empty brief for empty text rather than throwing', () => {
		const brief = buildBrief(buildRawArticle('', { language: 'en' }));
		expect(brief.quotes).toEqual([]);
		expect(brief.entities).toEqual([]);
		expect(brief.summary).toEqual([]);
	});
});
