import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/articles/sentences.js';

function texts(text: string, language: string): string[] {
	return splitSentences(text, language).map((s) => s.text);
}

describe('splitSentences', () => {
	it('gives offsets that slice back to each sentence', () => {
		const text = 'First one here.  Second one here!\n\nThird, after a blank line.';
		for (const sentence of splitSentences(text, 'en')) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		expect(texts(text, 'en')).toEqual(['First one here.', 'Second one here!', 'Third, after a blank line.']);
	});

	it('does not split after honorifics and initials', () => {
		expect(texts('Dr. Smith met Mr. J. Brown today. They talked.', 'en')).toEqual(['Dr. Smith met Mr. J. Brown today.', 'They talked.']);
		expect(texts('M. Dupont est arrivé le 3 janv. à Paris. Il pleuvait.', 'fr')).toEqual(['M. Dupont est arrivé le 3 janv. à Paris.', 'Il pleuvait.']);
		expect(texts('Das ist z. B. ein Test. Er kam.', 'de')).toEqual(['Das ist z. B. ein Test.', 'Er kam.']);
		expect(texts('El Sr. García llegó. Después habló.', 'es')).toEqual(['El Sr. García llegó.', 'Después habló.']);
	});

	it('moves a closing guillemet back to the sentence it closes', () => {
		expect(texts('« Nous avons gagné. Les autres ont perdu. » Il a souri.', 'fr')).toEqual(['« Nous avons gagné.', 'Les autres ont perdu. »', 'Il a souri.']);
		expect(texts('He said “it is done.” Then he left.', 'en')).toEqual(['He said “it is done.”', 'Then he left.']);
	});

	it('keeps an opening straight quote with the sentence it opens', () => {
		expect(texts('The plant opens in May. "We are ready," she said.', 'en')).toEqual(['The plant opens in May.', '"We are ready," she said.']);
	});

	it('returns nothing for blank text', () => {
		expect(splitSentences('  \n\n ', 'en')).toEqual([]);
	});
});
