import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityOptions } from '../../src/briefs/entities.js';
import { readFixture } from './helpers.js';

function byName(text: string, language: string, options: EntityOptions = {}) {
	return new Map(extractEntities(text, language, options).map((e) => [e.name, e]));
}

// The rule finder serves languages without a trained tagger; these behaviours are its own.
const RULES: EntityOptions = { finder: 'rules' };

describe('extractEntities', () => {
	it('finds people and organisations with types, aliases and roles in English', () => {
		const entities = byName(readFixture('en-company.txt'), 'en');
		expect(entities.get('Sarah Whitfield')?.type).toBe('person');
		expect(entities.get('Sarah Whitfield')?.aliases).toContain('Whitfield');
		expect(entities.get('Sarah Whitfield')?.roles).toContain('chief executive of Acme Robotics');
		expect(entities.get('Acme Robotics')?.type).toBe('organization');
		expect(entities.get('Daniel Okafor')?.roles.some((r) => r.includes('Northgate Capital'))).toBe(true);
		expect(entities.has('Ohio')).toBe(false);
	});

	it('takes roles from copulas, appositions and work verbs in French', () => {
		const entities = byName(readFixture('fr-politique.txt'), 'fr');
		expect(entities.get('Claire Dubois')?.roles[0]).toContain("ministre de l'Agriculture");
		expect(entities.get('Marc Lefèvre')?.roles[0]).toContain('Fédération nationale des exploitants');
		expect(entities.get('Paul Martin')?.roles).toContain('ancien consultant chez Danone');
		expect(entities.get('Lactalis')?.type).toBe('organization');
		expect(entities.has('Paris')).toBe(false);
	});

	it('strips German capitalised role and company nouns from names', () => {
		const entities = byName(readFixture('de-wirtschaft.txt'), 'de');
		expect(entities.get('Oliver Blume')?.type).toBe('person');
		expect(entities.get('Volkswagen')?.type).toBe('organization');
		expect(entities.get('Thomas Schmidt')?.roles).toContain('ehemaliger Ingenieur bei Siemens');
		expect(entities.has('Wolfsburg')).toBe(false);
		expect(entities.has('China')).toBe(false);
	});

	it('keeps name particles and finds founders in Spanish', () => {
		const entities = byName(readFixture('es-tecnologia.txt'), 'es');
		expect(entities.get('Juan de Antonio')?.roles).toContain('fundador de Cabify');
		expect(entities.get('Cabify')?.type).toBe('organization');
		expect(entities.get('Kantar')?.type).toBe('organization');
		expect(entities.has('América Latina')).toBe(false);
	});

	it('takes roles written before the name', () => {
		const en = byName('Shares fell on Monday. Nvidia CEO Jensen Huang spoke in Taipei.', 'en');
		expect(en.get('Jensen Huang')?.roles).toContain('CEO of Nvidia');
		const es = byName('El martes, el presidente del Gobierno, Pedro Sánchez, habló en Valencia.', 'es');
		expect(es.get('Pedro Sánchez')?.roles).toContain('presidente del Gobierno');
		const fr = byName('Le ministre est parti. M. Macron a nommé Bruno Le Maire ministre de l’Économie en 2017.', 'fr');
		expect(fr.get('Bruno Le Maire')?.roles).toContain('ministre de l’Économie');
	});

	it('resolves every mention, a surname included, to one entity with offsets', () => {
		const text = readFixture('en-company.txt');
		const whitfield = byName(text, 'en').get('Sarah Whitfield');
		expect(whitfield?.mentions.map((m) => m.text)).toEqual(['Sarah Whitfield', 'Whitfield', 'Whitfield']);
		for (const mention of whitfield?.mentions ?? []) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
	});

	it('does not take sentence-initial words, places or products for names', () => {
		const text = 'Yesterday the board met in Hong Kong. Silicon Valley investors used ChatGPT and Windows all day.';
		expect(extractEntities(text, 'en')).toEqual([]);
	});

	it('gives an organisation its short form and acronym as aliases', () => {
		const text = 'Zhipu AI raised money. Later, Zhipu said the European Central Bank (ECB) would not comment.';
		const entities = byName(text, 'en');
		expect(entities.get('Zhipu AI')?.aliases).toContain('Zhipu');
		expect(entities.get('European Central Bank')?.aliases).toContain('ECB');
	});

	it('does not make a person of a sentence-initial noun joined to a name by "of"', () => {
		const entities = byName('Profits of Brightwater rose sharply last year. Demand was strong, analysts said.', 'en');
		expect([...entities.keys()].some((name) => name.startsWith('Profits'))).toBe(false);
	});

	it('does not take a capitalised indefinite pronoun for a person', () => {
		const entities = byName('“Everyone expected a delay at the plant,” said Tom Reyes, a spokesman for the union.', 'en');
		expect(entities.has('Everyone')).toBe(false);
		expect(entities.get('Tom Reyes')?.type).toBe('person');
	});

	it('keeps a given name before a surname that is also a place word', () => {
		const entities = byName('Karen Hill, a partner at Ostrava Partners, said the deal was priced fairly.', 'en');
		expect(entities.get('Karen Hill')?.type).toBe('person');
		expect(entities.has('Hill')).toBe(false);
	});

	it('does not make names of German common nouns and calls an acronym an organisation', () => {
		const text =
			'Der Umsatz von Nordlicht Solar stieg im Quartal um zwei Milliarden Euro. „Wir wachsen weiter“, sagte Jana Vogt, Finanzchefin von KWS. Der Kunde KWS will bis 2028 weitere Anlagen bauen.';
		const entities = byName(text, 'de');
		const names = [...entities.keys()];
		expect(names.some((name) => /Umsatz|Milliarden|Euro/.test(name))).toBe(false);
		expect(entities.get('KWS')?.type).toBe('organization');
		expect(entities.get('Jana Vogt')?.type).toBe('person');
	});

	it('keeps the lower-case complement of a French institution and an "and" inside an agency name (rule finder)', () => {
		const fr = byName('Le candidat du Parti radical des travailleurs a perdu. Selon lui, la campagne a été courte.', 'fr', RULES);
		expect(fr.get('Parti radical des travailleurs')?.type).toBe('organization');
		const en = byName('Officials at the Coastal Survey and Weather Administration said the storm had weakened.', 'en', RULES);
		expect(en.get('Coastal Survey and Weather Administration')?.type).toBe('organization');
		const pair = byName('Analysts compared Vantora and Quellix Labs on Monday.', 'en', RULES);
		expect(pair.has('Vantora and Quellix Labs')).toBe(false);
	});

	it('takes the object of "joined" or "a rejoint" for an organisation and a place followed by a plural for a team (rule finder)', () => {
		const en = byName('Last year Priya Raman joined Veltrix as head of research. She later advised the Houston Comets.', 'en', RULES);
		expect(en.get('Veltrix')?.type).toBe('organization');
		expect(en.get('Houston Comets')?.type).toBe('organization');
		const fr = byName("En 2021, Lucie Marchand a rejoint Quadrane pour diriger la recherche.", 'fr', RULES);
		expect(fr.get('Quadrane')?.type).toBe('organization');
	});

	it('keeps French adjectives in "-éenne" and an English "The" in a French name', () => {
		const fr = byName("Le pays a rejoint l'Union européenne en 2004, selon le quotidien The Morning Ledger.", 'fr');
		expect(fr.get('Union européenne')?.type).toBe('organization');
		expect(fr.get('The Morning Ledger')?.type).toBe('organization');
	});

	it('does not take German nouns after an organisation noun for names and strips compound role nouns', () => {
		const text =
			'Der Umsatz der Halberg Bank stieg im dritten Quartal deutlich. Finanzvorstand Jonas Reinholt sagte, die Lage sei robust. Das Unternehmen Veltrona kündigte Stellenabbau an.';
		const entities = byName(text, 'de');
		expect(entities.has('Quartal')).toBe(false);
		expect(entities.has('Stellenabbau')).toBe(false);
		expect(entities.get('Jonas Reinholt')?.type).toBe('person');
		expect(entities.get('Veltrona')?.type).toBe('organization');
	});

	it('ends no name on a weekday and knows two-word companies whose first word is known alone', () => {
		const entities = byName('Shares fell after Dana Whitlock posted on X. Last Tuesday, analysts at Goldman Sachs cut their target.', 'en');
		expect([...entities.keys()].some((name) => name.includes('Tuesday'))).toBe(false);
		expect(entities.get('Goldman Sachs')?.type).toBe('organization');
		expect(entities.get('Dana Whitlock')?.type).toBe('person');
	});
});
