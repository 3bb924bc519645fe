import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/briefs/entities.js';
import { loadModel } from '../../../src/briefs/ner/load-model.js';

function byName(text: string, language: string) {
	return new Map(extractEntities(text, language).map((e) => [e.name, e]));
}

describe('entities with the committed tagger models', () => {
	it('has a model for en, fr, de and es, loaded once, and none for a language it was not trained on', () => {
		for (const language of ['en', 'fr', 'de', 'es']) expect(loadModel(language)).not.toBeNull();
		expect(loadModel('en')).toBe(loadModel('en'));
		expect(loadModel('it')).toBeNull();
	});

	it('does not take the Amazon rainforest for the company, though "amazon" is in the list of known organisations', () => {
		expect(byName('The Amazon rainforest lost more trees this year, scientists in Brazil said.', 'en').has('Amazon')).toBe(false);
		expect(byName('Die Abholzung am Amazonas und im Amazon-Becken nahm zu, sagten Forscher.', 'de').has('Amazon')).toBe(false);
	});

	it('strips an honorific from a name and makes it a person\'s', () => {
		const entities = byName('Le ministre est parti. M. Macron a nommé Bruno Le Maire ministre de l’Économie en 2017.', 'fr');
		expect(entities.get('Macron')?.type).toBe('person');
		expect(entities.has('M. Macron')).toBe(false);
	});

	it('never lists file formats as organisations', () => {
		const names = [...byName('Download the report as a PDF or DOC file, or view the JPEG.', 'en').values()].filter((e) => e.type === 'organization').map((e) => e.name);
		expect(names).toEqual([]);
	});

	it('does not take German common nouns for names, and gives a surname alone to its full name', () => {
		const text = 'Der Anteil stieg um drei Prozent. Die Geschichte der Männer begann im Mai, sagte Thomas Stenger. Stenger ist Sprecher der AfD.';
		const entities = byName(text, 'de');
		expect([...entities.keys()].some((n) => /Prozent|Geschichte|Männer|Mai/.test(n))).toBe(false);
		expect(entities.get('Thomas Stenger')?.mentions.map((m) => m.text)).toEqual(['Thomas Stenger', 'Stenger']);
		expect(entities.get('AfD')?.type).toBe('organization');
	});

	it('finds an organisation out of the model\'s domain by its name and one listed beside it', () => {
		const entities = byName('Deux startups chinoises, MiniMax et Zhipu AI, ont levé des fonds. Tencent a investi.', 'fr');
		expect(entities.get('Zhipu AI')?.type).toBe('organization');
		expect(entities.get('Tencent')?.type).toBe('organization');
		expect(entities.get('MiniMax')?.type).toBe('organization');
	});

	it('ends no name on a function word', () => {
		const names = [...byName('Le candidat du Parti radical des travailleurs a perdu.', 'fr').keys()];
		expect(names.some((n) => / des$/.test(n))).toBe(false);
	});

	it('tags Spanish and French people with their roles kept by the rules', () => {
		const es = byName('El martes, el presidente del Gobierno, Pedro Sánchez, habló en Valencia.', 'es');
		expect(es.get('Pedro Sánchez')?.type).toBe('person');
		expect(es.has('Valencia')).toBe(false);
		const fr = byName('Selon Olivier Faure, premier secrétaire du Parti socialiste, la réforme échouera.', 'fr');
		expect(fr.get('Olivier Faure')?.type).toBe('person');
	});
});
