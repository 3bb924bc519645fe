import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/articles/sentences.js';
import { buildRawArticle } from '../../src/briefs/raw-article.js';
import { stripDateline, summarize } from '../../src/briefs/summarize.js';

function summaryOf(text: string, language = 'en'): string[] {
	const article = buildRawArticle(text, { language });
	return summarize(article, splitSentences(text, language));
}

describe('summarize', () => {
	it('takes up to three lead sentences, skipping bylines, questions, short and quote-only sentences', () => {
		const text = [
			'By Jane Smith',
			'What happens next? Nobody knows.',
			'“We will not stop until the job is done for every worker,” he said. The city council approved the new transit budget on Monday after a long debate. The plan adds forty buses to the northern lines. Fares will stay the same until next year for all riders.',
		].join('\n\n');
		expect(summaryOf(text)).toEqual([
			'The city council approved the new transit budget on Monday after a long debate.',
			'The plan adds forty buses to the northern lines.',
			'Fares will stay the same until next year for all riders.',
		]);
	});

	it('drops a quote-only sentence and headings', () => {
		const text = 'Nouvelles mesures pour les agriculteurs\n\n« Nous ferons tout pour sauver les petites fermes du pays. »\n\nLe gouvernement a présenté mercredi un plan de soutien aux agriculteurs de l’ouest.';
		expect(summaryOf(text, 'fr')).toEqual(['Le gouvernement a présenté mercredi un plan de soutien aux agriculteurs de l’ouest.']);
	});

	it('skips a sentence that is one piece of a longer quote', () => {
		const text = 'The mayor opened the new bridge on Monday morning. “We waited a decade for this. It is finally here,” she said. Traffic moved well all day across the river.';
		expect(summaryOf(text)).toEqual(['The mayor opened the new bridge on Monday morning.', 'Traffic moved well all day across the river.']);
	});

	it('removes datelines from the lead', () => {
		expect(stripDateline('PARIS (Reuters) - The French government said on Monday it would act.')).toBe('The French government said on Monday it would act.');
		expect(stripDateline('(CNN) -- A storm hit the coast.')).toBe('A storm hit the coast.');
		expect(stripDateline('(CNN)A storm hit the coast.')).toBe('A storm hit the coast.');
	});

	it('falls back to the most central sentences when no lead sentence is usable', () => {
		const text = 'Why now?\n\nIs the storm over?\n\nWho pays for it?';
		const summary = summaryOf(text);
		expect(summary.length).toBeGreaterThan(0);
		for (const sentence of summary) expect(['Why now?', 'Is the storm over?', 'Who pays for it?']).toContain(sentence);
	});

	it('stays within about 600 characters', () => {
		const long = `${'This sentence is long enough to count as a real lead sentence of news. '.repeat(12)}`;
		expect(summaryOf(long).join(' ').length).toBeLessThanOrEqual(600);
	});
});
