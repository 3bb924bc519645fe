import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/briefs/entities.js';
import { extractQuotes } from '../../src/briefs/quotes.js';
import { briefOf, readFixture } from './helpers.js';

function quotesOf(text: string, language: string) {
	return extractQuotes(text, language, extractEntities(text, language));
}

describe('extractQuotes: quote styles', () => {
	const cases: Array<[string, string, string]> = [
		['guillemets with spaces', 'fr', '« Nous allons gagner cette bataille ensemble », a déclaré Dupont.'],
		['guillemets with no-break spaces', 'fr', '«\u00a0Nous allons gagner cette bataille ensemble\u00a0», a déclaré Dupont.'],
		['guillemets with narrow no-break spaces', 'fr', '«\u202fNous allons gagner cette bataille ensemble\u202f», a déclaré Dupont.'],
		['curly double quotes', 'en', '“Nous allons gagner cette bataille ensemble,” said Dupont.'],
		['straight double quotes', 'en', '"Nous allons gagner cette bataille ensemble," said Dupont.'],
		['German low-high quotes', 'de', '„Nous allons gagner cette bataille ensemble“, sagte Dupont.'],
		['German single low-high quotes', 'de', '‚Nous allons gagner cette bataille ensemble‘, sagte Dupont.'],
		['single guillemets', 'fr', '‹ Nous allons gagner cette bataille ensemble ›, a déclaré Dupont.'],
		['German reversed guillemets', 'de', '»Nous allons gagner cette bataille ensemble«, sagte Dupont.'],
		['curly single quotes', 'en', '‘Nous allons gagner cette bataille ensemble,’ said Dupont.'],
		['corner brackets', 'en', '「Nous allons gagner cette bataille ensemble」 said Dupont.'],
	];
	for (const [name, language, text] of cases) {
		it(`finds a quote in ${name}`, () => {
			const quotes = quotesOf(`Jean Dupont est venu.\n\n${text}`, language);
			expect(quotes).toHaveLength(1);
			expect(quotes[0]?.text).toBe('Nous allons gagner cette bataille ensemble');
			expect(quotes[0]?.speaker).toBe('Jean Dupont');
		});
	}

	it('gives offsets that slice back to the quote text', () => {
		const text = readFixture('en-company.txt');
		for (const quote of quotesOf(text, 'en')) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	});

	it('keeps apostrophes inside single-quoted quotes', () => {
		const quotes = quotesOf('‘We don’t know what they’ll do next,’ said Jane Roe.', 'en');
		expect(quotes[0]?.text).toBe('We don’t know what they’ll do next');
	});
});

describe('extractQuotes: near misses', () => {
	it('skips scare quotes and titles', () => {
		const text = readFixture('en-company.txt');
		const quoted = quotesOf(text, 'en').map((q) => q.text);
		expect(quoted).not.toContain('bold');
		expect(quoted).not.toContain('The Day the Robots Came Home');
	});

	it('counts l’écart as two words, so a short French phrase stays out', () => {
		expect(quotesOf('Il parle de « l’écart » et de « l’écart du jour » seulement.', 'fr')).toHaveLength(1);
	});
});

describe('extractQuotes: attribution', () => {
	it('attributes after the quote, before it, after a colon and with a source preposition', () => {
		const text = readFixture('fr-politique.txt');
		const quotes = quotesOf(text, 'fr');
		expect(quotes.map((q) => q.speaker)).toEqual(['Claire Dubois', 'Marc Lefèvre', 'Marc Lefèvre']);
		expect(quotes[0]?.cue).toBe('a déclaré');
		expect(quotes[0]?.speakerText).toBe('Dubois');
		expect(quotes[2]?.cue).toBe('a-t-il ajouté');
	});

	it('splits a quote interrupted by its attribution into spans with one speaker', () => {
		const text = 'Maria Gonzalez runs the lab.\n\n“The results are far better than we hoped,” Gonzalez said, “and we will publish them soon.”';
		const quotes = quotesOf(text, 'en');
		expect(quotes.map((q) => q.text)).toEqual(['The results are far better than we hoped', 'and we will publish them soon.']);
		expect(quotes.map((q) => q.speaker)).toEqual(['Maria Gonzalez', 'Maria Gonzalez']);
	});

	it('follows a quote over several paragraphs', () => {
		const text = 'Peter Novak spoke first.\n\n“We have waited ten long years for this ruling.\n\n“Now the work begins for every family involved,” Novak said.';
		const quotes = quotesOf(text, 'en');
		expect(quotes).toHaveLength(2);
		expect(quotes.every((q) => q.speaker === 'Peter Novak')).toBe(true);
	});

	it('resolves a pronoun to the latest person and carries the speaker within a paragraph', () => {
		const quotes = quotesOf(readFixture('en-company.txt'), 'en');
		const added = quotes.filter((q) => q.cue === 'added');
		expect(added[0]?.speakerText).toBe('she');
		expect(added.every((q) => q.speaker === 'Sarah Whitfield')).toBe(true);
	});

	it('resolves a German pronoun and a Spanish surname', () => {
		const de = quotesOf(readFixture('de-wirtschaft.txt'), 'de');
		expect(de.find((q) => q.text.startsWith('Ohne eigene'))?.speaker).toBe('Thomas Schmidt');
		expect(de.find((q) => q.text.startsWith('Die Beschäftigten'))?.speaker).toBe('Daniela Cavallo');
		expect(de.find((q) => q.text.startsWith('Dort haben'))?.speaker).toBe('Oliver Blume');
		const es = quotesOf(readFixture('es-tecnologia.txt'), 'es');
		expect(es.map((q) => q.speaker)).toEqual(['Juan de Antonio', 'María López', 'María López']);
	});

	it('leaves the speaker null when nobody is named', () => {
		const quotes = quotesOf('The sign at the gate read “no entry after dark for anyone”.', 'en');
		expect(quotes[0]?.speaker).toBeNull();
	});

	it('marks at most three key quotes, preferring different speakers', () => {
		const quotes = briefOf(readFixture('en-company.txt'), 'en').quotes;
		const key = quotes.filter((q) => q.key);
		expect(key.length).toBeLessThanOrEqual(3);
		expect(new Set(key.map((q) => q.speaker)).size).toBe(Math.min(key.length, 2));
	});
});

describe('extractQuotes: role nouns, embedded fragments and pronoun gender', () => {
	it('resolves a role noun to the one person given that role earlier, keeping the role words', () => {
		const es = quotesOf('La presidenta del banco, Ana Botín, presentó los resultados.\n\n«Hemos ganado más clientes que nunca este año», añadió la presidenta.', 'es');
		expect(es[0]?.speakerText).toBe('la presidenta');
		expect(es[0]?.speaker).toBe('Ana Botín');
		const en = quotesOf('Thomas Baker, the chairman of the club, met the players on Monday.\n\n“We will not sell our best players this summer,” the chairman said.', 'en');
		expect(en[0]?.speakerText).toBe('the chairman');
		expect(en[0]?.speaker).toBe('Thomas Baker');
		const fr = quotesOf("Le ministre de l'Économie, Bruno Martin, était à Lyon.\n\n« Nous baisserons les impôts des entreprises l'an prochain », a déclaré le ministre.", 'fr');
		expect(fr[0]?.speaker).toBe('Bruno Martin');
	});

	it('resolves an organisation noun to an organisation, never to a person who works there', () => {
		const quotes = quotesOf('Michael Brown, the company’s chief executive, spoke at the plant opening in Ohio.\n\n“Production of the new engines will start next spring,” the company said.', 'en');
		expect(quotes[0]?.speakerText).toBe('the company');
		expect(quotes[0]?.speaker).toBeNull();
	});

	it('leaves a role speaker unresolved when several people hold the role', () => {
		const quotes = quotesOf('David Clark, an analyst at Jefferies, and Laura Stone, an analyst at UBS, were sceptical.\n\n“The margins will not last beyond next year,” the analyst said.', 'en');
		expect(quotes[0]?.speakerText).toBe('the analyst');
		expect(quotes[0]?.speaker).toBeNull();
	});

	it('attributes a short fragment inside a sentence to its subject, with the verb as cue', () => {
		const fr = quotesOf('Marie Dubois, la directrice du laboratoire, a salué « une avancée majeure pour la recherche européenne ».', 'fr');
		expect(fr[0]?.text).toBe('une avancée majeure pour la recherche européenne');
		expect(fr[0]?.speaker).toBe('Marie Dubois');
		expect(fr[0]?.cue).toBe('a salué');
		const en = quotesOf('Sofia Almeida, the energy minister, called the agreement “a new chapter for the whole region”.', 'en');
		expect(en[0]?.speaker).toBe('Sofia Almeida');
		expect(en[0]?.cue).toBe('called');
	});

	it('attributes a fragment after "le maire a salué" to the mayor named earlier', () => {
		const quotes = quotesOf("Jean Dupont a rencontré le maire, Benoît Payan, à Marseille.\n\nLe maire a salué « un engagement fort de l'État pour la ville ».", 'fr');
		expect(quotes[0]?.speakerText).toBe('Le maire');
		expect(quotes[0]?.speaker).toBe('Benoît Payan');
		expect(quotes[0]?.cue).toBe('a salué');
	});

	it('takes a German source after "laut" with a dative article', () => {
		const quotes = quotesOf('Die Zahlen liegen vor.\n\nLaut einem Sprecher des Ministeriums sollen „alle Werke in Deutschland erhalten bleiben“.', 'de');
		expect(quotes[0]?.speakerText).toBe('einem Sprecher des Ministeriums');
		expect(quotes[0]?.cue).toBe('Laut');
	});

	it('resolves « selon lui » and « según él » to the latest man named', () => {
		const fr = quotesOf("Claire Martin a reçu Jacques Bernard à Paris. « Les négociations vont durer encore plusieurs mois », selon lui. « Rien ne sera signé avant l'été », explique-t-elle.", 'fr');
		expect(fr.map((q) => q.speaker)).toEqual(['Jacques Bernard', 'Claire Martin']);
		const es = quotesOf('Carmen Ruiz habló con Pablo Gómez y Ana Torres. «El acuerdo llegará antes del verano», según él.', 'es');
		expect(es[0]?.speaker).toBe('Pablo Gómez');
	});

	it('resolves a pronoun to the latest person of the same gender', () => {
		const en = quotesOf('Anna Fischer met Peter Braun in Berlin on Monday.\n\n“We have agreed on the main points of the contract,” she said.', 'en');
		expect(en[0]?.speaker).toBe('Anna Fischer');
		const fr = quotesOf("Claire Martin a reçu Jacques Bernard à Paris.\n\n« Nous avons trouvé un accord sur l'essentiel », a-t-elle déclaré.", 'fr');
		expect(fr[0]?.speaker).toBe('Claire Martin');
		const es = quotesOf('Carmen Ruiz se reunió con Pablo Gómez en Madrid.\n\n«Hemos llegado a un acuerdo sobre lo esencial», dijo él.', 'es');
		expect(es[0]?.speaker).toBe('Pablo Gómez');
	});

	it('does not take a name in a possessive or a later clause as the speaker', () => {
		const quotes = quotesOf('Rucker Culpepper, who runs Hillary Clinton’s campaign for veterans, said, “Our volunteers have called every family in the county.”', 'en');
		expect(quotes[0]?.speakerText).toBe('Rucker Culpepper');
		const after = quotesOf('Donald Trump replied during the debate, “That is exactly how business works,” when Hillary Clinton criticised him.', 'en');
		expect(after[0]?.speaker).toBe('Donald Trump');
	});

	it('reads through abbreviations to the start of the sentence', () => {
		const quotes = quotesOf('Michelle Moore, a senior adviser to the campaign, called Mr. Obama’s remarks “a true wake-up call for his supporters”.', 'en');
		expect(quotes[0]?.speakerText).toBe('Michelle Moore');
	});
});

describe('extractQuotes: sentence boundaries around the quote', () => {
	it('gives a quote that ends its sentence to the source named before it, not to the next sentence', () => {
		const quotes = quotesOf('Mary Jones met Paul Smith at the summit.\n\nMary Jones says the proposal is “a step backwards for every worker.” He says it will pass anyway.', 'en');
		expect(quotes[0]?.speaker).toBe('Mary Jones');
	});

	it('gives a quote that opens a sentence to the source that ends the sentence before it', () => {
		const en = quotesOf('The vote may be delayed until spring, Adam Schiff said. “The other factor is the calendar of the whole committee.”', 'en');
		expect(en[0]?.speaker).toBe('Adam Schiff');
		const de = quotesOf('Die Abstimmung könnte sich verzögern, sagte Angela Weber. Olaf Braun sagte. „Wir brauchen mehr Zeit für die Prüfung der Verträge.“', 'de');
		expect(de[0]?.speaker).toBe('Olaf Braun');
	});

	it('reads a German separable speech verb and keeps a capitalised common noun out of the speaker', () => {
		const quotes = quotesOf('Der Konzern meldete einen Verlust.\n\n„Wir werden die Probleme bis zum Sommer lösen“, teilte das Unternehmen mit.', 'de');
		expect(quotes[0]?.speakerText).toBe('das Unternehmen');
		expect(quotes[0]?.cue).toBe('teilte');
		expect(quotes[0]?.speaker).toBeNull();
	});

	it('resolves a German role noun after the verb to the one holder of the role', () => {
		const quotes = quotesOf('Der Sprecher des Konzerns, Thomas Keller, bestätigte die Pläne.\n\n„Wir werden im Herbst über die Standorte entscheiden“, sagte der Sprecher.', 'de');
		expect(quotes[0]?.speakerText).toBe('der Sprecher');
		expect(quotes[0]?.speaker).toBe('Thomas Keller');
	});
});
