import { describe, expect, it } from 'vitest';
import { checkSentences, numbersIn, personRuns, strictNamesFor } from '../../src/llm/check-summary.js';

const FACTS = {
	title: 'Le port de Brest investit 1,5 milliard',
	text: 'Le conseil a voté 2 000 emplois en 2027, a déclaré Marie Lefèvre, présidente du port. Jean Dupuis approuve.',
	names: ['Marie Lefèvre', 'Jean Dupuis'],
};

describe('abstract check', () => {
	it('reads numbers by their digits, so separators of another language still match', () => {
		expect(numbersIn('1.5 billion, 2,000 jobs in 2027')).toEqual(['15', '2000', '2027']);
		expect(numbersIn('1,5 milliard, 2 000 emplois')).toEqual(['15', '2000']);
	});

	it('keeps sentences whose names and numbers are all in the article, in another language', () => {
		const verdicts = checkSentences(['The port of Brest is investing 1.5 billion.', 'Marie Lefèvre expects 2,000 jobs by 2027.'], FACTS);
		expect(verdicts.every((v) => v.ok)).toBe(true);
	});

	it('refuses a sentence with a number the article does not have', () => {
		const [verdict] = checkSentences(['The port expects 3,000 jobs.'], FACTS);
		expect(verdict).toMatchObject({ ok: false, reason: 'number', evidence: '3000' });
	});

	it('refuses a sentence naming a person the article does not name, by given name or by honorific', () => {
		const verdicts = checkSentences(['The plan was praised by John Smith.', 'Mr Durand opposed it.', 'It is historic, according to Marie Curie.'], FACTS);
		expect(verdicts.map((v) => (v.ok ? 'ok' : v.evidence))).toEqual(['John Smith', 'Durand', 'Marie Curie']);
	});

	it('does not take capitalised ordinary words or a sentence-initial given name for people', () => {
		expect(personRuns('Will the European Commission approve it?')).toEqual([]);
		expect(checkSentences(['The European Commission must still approve the plan.'], FACTS)[0]).toMatchObject({ ok: true });
	});

	it('refuses, in the article language, any mid-sentence capitalised word the article lacks; not across languages or in German', () => {
		const sentence = 'Le plan a été salué par Durand, du port.';
		expect(checkSentences([sentence], FACTS, { strictNames: true })[0]).toMatchObject({ ok: false, reason: 'name', evidence: 'Durand' });
		expect(checkSentences([sentence], FACTS)[0]).toMatchObject({ ok: true });
		expect(checkSentences(['Le Sénat de Brest a voté.'], FACTS, { strictNames: true })[0]).toMatchObject({ ok: false, evidence: 'Sénat' });
		// Case-folded: a word the article writes in lower case is known.
		expect(checkSentences(['Le Conseil de Brest a voté.'], FACTS, { strictNames: true })[0]).toMatchObject({ ok: true });
		expect(strictNamesFor('fr', 'fr')).toBe(true);
		expect(strictNamesFor('en', 'fr')).toBe(false);
		expect(strictNamesFor('de', 'de')).toBe(false);
	});

	it('accepts a known person under a different case or without accents', () => {
		expect(checkSentences(['Marie Lefevre welcomed the vote.'], FACTS)[0]).toMatchObject({ ok: true });
	});
});
