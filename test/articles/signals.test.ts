import { describe, expect, it } from 'vitest';
import {
	fingerprintsOf,
	isTemplateLine,
	lineFingerprint,
	recordFingerprints,
	type BoilerplateStats,
} from '../../src/articles/boilerplate.js';
import { detectLanguage } from '../../src/articles/language.js';
import { estimateJaccard, minhashSignature, SAME_STORY_JACCARD } from '../../src/articles/minhash.js';
import { processText } from '../../src/articles/process.js';

const STORY =
	'The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third increase this year, ' +
	'saying inflation remained too high. The governor told reporters that further increases could not be ruled out if prices kept rising. ' +
	'Economists had expected the move, and markets barely reacted. Mortgage lenders said they would pass on the increase to customers next month.';

describe('minhash', () => {
	it('gives the same signature for the same text, with the requested size', () => {
		expect(minhashSignature(STORY)).toEqual(minhashSignature(STORY));
		expect(minhashSignature(STORY)).toHaveLength(64);
		expect(minhashSignature(STORY, 128)).toHaveLength(128);
		expect(minhashSignature('')).toEqual([]);
	});

	it('recognises a lightly edited copy as the same story', () => {
		const copy = STORY.replace('on Thursday', 'on Thursday morning').replace('Economists', 'Most economists');
		expect(estimateJaccard(minhashSignature(STORY), minhashSignature(copy))).toBeGreaterThanOrEqual(SAME_STORY_JACCARD);
	});

	it('keeps unrelated stories apart', () => {
		const other =
			'The football club confirmed on Sunday that its captain will miss the rest of the season after knee surgery. ' +
			'The coach said the squad would have to adapt, and the club is expected to sign a replacement in January.';
		expect(estimateJaccard(minhashSignature(STORY), minhashSignature(other))).toBeLessThan(0.2);
	});
});

describe('language detection', () => {
	it('names the language of news text in en, fr, de and es', () => {
		expect(detectLanguage(STORY)).toBe('en');
		expect(detectLanguage('La banque centrale a relevé jeudi son principal taux directeur, la troisième hausse cette année.')).toBe('fr');
		expect(detectLanguage('Die Zentralbank hat am Donnerstag den Leitzins erhöht, zum dritten Mal in diesem Jahr.')).toBe('de');
		expect(detectLanguage('El banco central subió el jueves su principal tipo de interés, la tercera subida este año.')).toBe('es');
	});

	it('says und when there is nothing to go on', () => {
		expect(detectLanguage('')).toBe('und');
		expect(detectLanguage('12 345 67')).toBe('und');
	});
});

describe('per-source boilerplate', () => {
	it('normalises case, digits and spacing in fingerprints', () => {
		expect(lineFingerprint('  Follow   US on Twitter — 2024 ')).toBe(lineFingerprint('follow us on twitter — 1999'));
	});

	it('drops a line seen in most of a source’s recent articles, once there is enough evidence', () => {
		const template = 'Ridgeview Gazette is an independent newspaper funded by its readers since 1987.';
		let stats: BoilerplateStats = { articles: 0, lines: new Map() };
		const articles = [1, 2, 3, 4, 5, 6].map((n) =>
			// The rules alone: this test is about the per-site statistics, not the line classifier (which may drop a slogan by itself).
			processText(`Story number ${n} tells of a new event in the valley, with details and quotes from residents.\n\n${template}`, {
				title: `Story ${n}`,
				lineModel: false,
			}),
		);
		expect(isTemplateLine(template, stats)).toBe(false);
		for (const article of articles.slice(0, 4)) stats = recordFingerprints(stats, fingerprintsOf(article));
		// Four articles are not enough evidence to call anything template text.
		expect(isTemplateLine(template, stats)).toBe(false);
		stats = recordFingerprints(stats, fingerprintsOf(articles[4]!));
		const next = processText(`A fresh report from the valley council meeting about roads and schools.\n\n${template}`, {
			title: 'Council',
			boilerplate: stats,
			lineModel: false,
		});
		expect(next.removed).toEqual([{ text: template, reason: 'site-template' }]);
		expect(next.paragraphs).toHaveLength(1);
	});
});
