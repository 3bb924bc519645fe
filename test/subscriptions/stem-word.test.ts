import { describe, expect, it } from 'vitest';
import { stemmerFor, stemWord } from '../../src/subscriptions/stem-word.js';

const same = (language: string, words: string[]) => new Set(words.map((w) => stemWord(w, stemmerFor(language))));

describe('stemWord', () => {
	it('brings English inflections together', () => {
		expect(same('en', ['merge', 'merges', 'merged', 'merging']).size).toBe(1);
		expect(same('en', ['company', 'companies']).size).toBe(1);
		expect(same('en', ['stop', 'stopped', 'stopping']).size).toBe(1);
	});

	it('brings French inflections together', () => {
		expect(same('fr', ['annonce', 'annoncée', 'annoncer', 'annonces'].map((w) => w.normalize('NFKD').replace(/\p{M}/gu, ''))).size).toBe(1);
		expect(same('fr', ['journal', 'journaux']).size).toBe(1);
	});

	it('brings German and Spanish inflections together', () => {
		expect(same('de', ['unternehmen', 'unternehmens']).size).toBe(1);
		expect(same('de', ['bank', 'banken']).size).toBe(1);
		expect(same('es', ['empresa', 'empresas']).size).toBe(1);
		expect(same('es', ['presidente', 'presidentes']).size).toBe(1);
		expect(same('es', ['nacion', 'naciones']).size).toBe(1);
	});

	it('does not turn meta into met in English', () => {
		expect(stemWord('meta', 'en')).not.toBe(stemWord('met', 'en'));
	});

	it('leaves words alone in languages without a table, and numbers everywhere', () => {
		expect(stemmerFor('pt-BR')).toBe('none');
		expect(stemWord('empresas', 'none')).toBe('empresas');
		expect(stemWord('2026s', 'en')).toBe('2026s');
		expect(stemmerFor('fr-CA')).toBe('fr');
	});
});
