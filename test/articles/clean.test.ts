import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processHtml, processText } from '../../src/articles/process.js';
import type { Article, RemovalReason } from '../../src/articles/types.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const load = (name: string): Article => {
	const content = readFileSync(path.join(DIR, name), 'utf8');
	return name.endsWith('.html') ? processHtml(content) : processText(content);
};
const reasonOf = (article: Article, start: string): RemovalReason | undefined =>
	article.removed.find((piece) => piece.text.startsWith(start))?.reason;
const kept = (article: Article, start: string): boolean => article.paragraphs.some((p) => p.text.startsWith(start));

describe('cleaning in English', () => {
	const article = load('en-feed.txt');

	it('drops each kind of junk with its reason', () => {
		expect(reasonOf(article, 'The post Harbour city')).toBe('syndication');
		expect(reasonOf(article, 'By Maria Keller')).toBe('byline');
		expect(reasonOf(article, 'Photo: Tom Grant')).toBe('credit');
		expect(reasonOf(article, 'Read more:')).toBe('read-more');
		expect(reasonOf(article, 'Sign up for our free')).toBe('newsletter');
		expect(reasonOf(article, 'Share this article')).toBe('share');
		expect(reasonOf(article, 'Advertisement')).toBe('promo');
		expect(reasonOf(article, 'Source: https://')).toBe('source');
	});

	it('drops the copy of the lede glued to the blurb but keeps the lede and its dateline', () => {
		expect(article.removed.filter((r) => r.text.startsWith('PORTSMOUTH'))).toEqual([
			{ text: expect.stringContaining('ending a decade of delays.'), reason: 'duplicate' },
		]);
		expect(article.paragraphs[0]?.text).toMatch(/^PORTSMOUTH, England — The city council voted/);
	});

	it('keeps quotes, list items, subheads and a quote legitimately repeated later', () => {
		expect(article.paragraphs.filter((p) => p.text.includes('We have waited long enough'))).toHaveLength(2);
		expect(kept(article, 'A movable gate')).toBe(true);
		expect(kept(article, 'A pumping station')).toBe(true);
		expect(article.paragraphs.find((p) => p.text === 'What the plan includes')?.kind).toBe('heading');
		expect(article.paragraphs.find((p) => p.text.startsWith('A pumping station'))?.kind).toBe('paragraph');
	});

	it('takes the title from the first line and the original source from the Source line', () => {
		expect(article.title).toBe('Harbour city approves flood barrier after decade of delays');
		expect(article.originalSource).toEqual({
			name: 'coastalledger.co.uk',
			url: 'https://www.coastalledger.co.uk/news/flood-barrier-approved',
		});
		// The blurb names the same site as the Source line: it is the origin, not a republisher.
		expect(article.republishedVia).toEqual([]);
	});
});

describe('cleaning in Spanish', () => {
	const article = load('es-feed.txt');

	it('splits a blurb glued to the real first sentence and keeps that sentence', () => {
		expect(reasonOf(article, 'La entrada Suben')).toBe('syndication');
		expect(article.paragraphs[0]?.text).toMatch(/^El precio del aceite de oliva virgen extra subió/);
	});

	it('drops the price widget, the disclaimer and the other junk', () => {
		expect(article.removed.filter((r) => r.reason === 'price-widget').map((r) => r.text)).toContain('8,95 €');
		expect(reasonOf(article, 'Descargo de responsabilidad')).toBe('disclaimer');
		expect(reasonOf(article, 'Lee también')).toBe('read-more');
		expect(reasonOf(article, 'Suscríbete')).toBe('newsletter');
		expect(reasonOf(article, 'Foto: EFE')).toBe('credit');
		expect(reasonOf(article, 'Por Lucía Herrera')).toBe('byline');
		expect(article.republishedVia).toEqual(['AgroMercados']);
		expect(article.originalSource?.name).toBe('diariodelcampo.es');
	});

	it('keeps the quote and the subhead', () => {
		expect(kept(article, '"No recuerdo una campaña')).toBe(true);
		expect(article.paragraphs.find((p) => p.text === 'Lo que dicen los consumidores')?.kind).toBe('heading');
	});
});

describe('cleaning German HTML', () => {
	const article = load('de-news.html');

	it('reads the metadata from meta tags', () => {
		expect(article.title).toBe('Bahn streicht Nachtzüge nach Paris');
		expect(article.byline).toBe('Jonas Brandt');
		expect(article.publishedAt).toBe('2024-03-12T07:30:00.000Z');
		expect(article.canonicalUrl).toBe('https://www.rheinkurier.de/wirtschaft/bahn-nachtzuege-paris');
		expect(article.siteName).toBe('Rheinkurier');
		expect(article.language).toBe('de');
	});

	it('drops chrome by tag and class, and junk lines by rule', () => {
		expect(reasonOf(article, 'Wir verwenden Cookies')).toBe('cookie');
		expect(reasonOf(article, 'Ein Nachtzug im Berliner')).toBe('caption');
		expect(reasonOf(article, 'Auch interessant')).toBe('read-more');
		expect(reasonOf(article, 'Anzeige')).toBe('promo');
		expect(reasonOf(article, 'Der Beitrag Bahn')).toBe('syndication');
		expect(article.text).not.toMatch(/Leser123|Impressum|Politik|Mehr zum Thema/);
	});

	it('keeps the dateline, the quote, the subhead and the list', () => {
		expect(article.paragraphs[0]?.text).toMatch(/^BERLIN – Die Deutsche Bahn/);
		expect(kept(article, '„Das ist ein schlechtes Signal')).toBe(true);
		expect(article.paragraphs.find((p) => p.text === 'Kritik von Fahrgastverbänden')?.kind).toBe('heading');
		expect(kept(article, 'tägliche ICE-Verbindungen')).toBe(true);
	});

	it('takes the own-site blurb as the canonical origin, not as a republisher', () => {
		expect(article.originalSource?.name).toBe('rheinkurier.de');
		expect(article.republishedVia).toEqual([]);
	});
});

describe('cleaning French HTML', () => {
	const article = load('fr-republished.html');

	it('takes the original source from JSON-LD isBasedOn and the republisher from the disclaimer', () => {
		expect(article.originalSource).toEqual({
			name: 'lejournaldutravail.fr',
			url: 'https://www.lejournaldutravail.fr/enquetes/teletravail-2024',
		});
		expect(article.republishedVia).toContain('Agrégateur Éco');
		expect(article.publishedAt).toBe('2024-05-02T07:15:00.000Z');
		expect(article.byline).toBe('Claire Dumas');
	});

	it('drops the repeated title, the junk lines and the recirculation widget', () => {
		expect(reasonOf(article, 'Le télétravail recule')).toBe('title-repeat');
		expect(reasonOf(article, 'Lire aussi')).toBe('read-more');
		expect(reasonOf(article, 'Crédit photo')).toBe('credit');
		expect(reasonOf(article, 'Partager sur Facebook')).toBe('share');
		expect(reasonOf(article, 'Ce site utilise des cookies')).toBe('cookie');
		expect(reasonOf(article, "L'article Le télétravail")).toBe('syndication');
		expect(reasonOf(article, 'Avertissement')).toBe('disclaimer');
		expect(article.text).not.toContain('célébrités');
	});

	it('keeps the quote in guillemets and the statistics paragraph', () => {
		expect(kept(article, '« Nous avons perdu')).toBe(true);
		expect(kept(article, "Selon l'enquête, 58 %")).toBe(true);
		expect(article.language).toBe('fr');
	});
});

describe('general rules', () => {
	it('keeps a stuttered paragraph once and a repeat far from the first', () => {
		const refrain = 'The committee will meet again in March to review the figures.';
		const filler = (n: number): string => `Paragraph ${n} adds detail about the budget and the schedule of the works.`;
		const article = processText([filler(1), refrain, refrain, filler(2), filler(3), filler(4), refrain].join('\n\n'), {
			title: 'Budget review',
		});
		expect(article.paragraphs.filter((p) => p.text === refrain)).toHaveLength(2);
		expect(article.removed).toEqual([{ text: refrain, reason: 'duplicate' }]);
	});

	it('does not mistake an ordinary sentence about cookies or newsletters for junk', () => {
		const text =
			'Google said on Tuesday that it would delay the removal of third-party cookies from Chrome until next year, citing objections from regulators.\n\n' +
			'The company’s advertising newsletter, sent to 40,000 marketers, explained that the industry needed more time to test the alternatives.';
		const article = processText(text, { title: 'Google delays cookie plan' });
		expect(article.paragraphs).toHaveLength(2);
	});

	it('removes a glued duplicate blurb in each language with a rule pack', () => {
		const blurbs = [
			'The post Rain returns appeared first on Weather Daily.',
			"L'article La pluie revient est paru sur Météo Jour.",
			'Der Beitrag Der Regen kommt zurück erschien zuerst auf Wetter Heute.',
			'La entrada Vuelve la lluvia se publicó primero en Clima Hoy.',
			"L'articolo Torna la pioggia è apparso per la prima volta su Meteo Oggi.",
			'O post A chuva volta apareceu primeiro em Tempo Agora.',
		];
		for (const blurb of blurbs) {
			const body = 'Heavy rain is expected across the region from Thursday, forecasters said on Monday morning.';
			const article = processText(`${blurb}${blurb} ${body}`, { title: 'Rain' });
			expect(article.removed.filter((r) => r.reason === 'syndication')).toHaveLength(2);
			expect(article.paragraphs.map((p) => p.text)).toEqual([body]);
		}
	});

	it('drops the related links listed under a label and the recirculation list closing a page', () => {
		const prose = (n: number): string =>
			`<p>Paragraph ${n} of the report explains how the river flooded the lower town and what the council will do next.</p>`;
		const page = `<html><body><article>${prose(1)}${prose(2)}
			<h3>More:</h3><h3><a href="/a">Dam project delayed again</a></h3><h3><a href="/b">Insurers raise flood premiums</a></h3>
			<h2>What comes next</h2>${prose(3)}<p><a href="/c">MAYOR SAYS TOWN WILL REBUILD FASTER THAN EXPECTED</a></p>${prose(4)}${prose(5)}
			<h3>You may also like</h3><p>Storm season starts early</p><p>Ten photos of the old bridge</p><p>Why rivers rise</p>
			</article></body></html>`;
		const article = processHtml(page);
		expect(article.paragraphs.map((p) => p.text)).toEqual([
			...[1, 2].map((n) => expect.stringContaining(`Paragraph ${n} `)),
			'What comes next',
			...[3, 4, 5].map((n) => expect.stringContaining(`Paragraph ${n} `)),
		]);
		const related = article.removed.filter((r) => r.reason === 'read-more').map((r) => r.text);
		expect(related).toEqual(
			expect.arrayContaining(['Dam project delayed again', 'MAYOR SAYS TOWN WILL REBUILD FASTER THAN EXPECTED', 'Why rivers rise']),
		);
	});
});

describe('share rows', () => {
	it('drops a row of network names but keeps a headline that names networks', () => {
		const article = processText(
			'Regulators fine Facebook and Twitter\n\nThe two companies were fined on Monday for failing to remove illegal content quickly enough.\n\n' +
				'Facebook and Twitter respond\n\nBoth companies said they would appeal the decision in court.\n\nFacebook Twitter WhatsApp Email',
		);
		expect(article.paragraphs.find((p) => p.text === 'Facebook and Twitter respond')?.kind).toBe('heading');
		expect(article.title).toBe('Regulators fine Facebook and Twitter');
		expect(article.removed.at(-1)).toEqual({ text: 'Facebook Twitter WhatsApp Email', reason: 'share' });
	});
});
