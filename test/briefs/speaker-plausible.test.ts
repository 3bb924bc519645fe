/**
 * Who may speak (stage 0 of the speaker decision), role appositions through an honorific, how far a previous speaker
 * carries, and the per-language calibration with its margin: each on a hand-made example.
 */
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/briefs/build-brief.js';
import { buildRawArticle } from '../../src/briefs/raw-article.js';
import { extractEntities } from '../../src/briefs/entities.js';
import { getLexicon } from '../../src/briefs/lexicons/index.js';
import { extractQuotes } from '../../src/briefs/quotes.js';
import { createMentionIndex } from '../../src/briefs/mention-index.js';
import { resolveRoleSpeaker } from '../../src/briefs/role-speaker.js';
import { entityFeatures, maySpeak } from '../../src/briefs/speakers/plausible.js';
import { calibrate, marginOf, parseSpeakerModel, type Calibration } from '../../src/briefs/speakers/model.js';
import { sentenceEnds } from '../../src/briefs/speakers/rules.js';
import { withSpeakerThreshold } from '../../src/briefs/speakers/threshold.js';
import type { Entity } from '../../src/briefs/types.js';
import { fitPlatt, type HeldOutPoint } from '../../scripts/train-quotes.js';

/** An entity whose mentions are every occurrence of `mention` in `text`. */
function entity(name: string, type: Entity['type'], text: string, mention = name): Entity {
	const mentions = [...text.matchAll(new RegExp(mention, 'g'))].map((m) => ({ start: m.index, end: m.index + mention.length, text: mention }));
	return { id: name, name, type, aliases: [], roles: [], mentions };
}

describe('who may speak', () => {
	const fr = getLexicon('fr');

	it('leaves out a "person" the article writes after an article, without a given name or an honorific', () => {
		const text = "Il est conseiller départemental de la Drôme. La Drôme compte beaucoup de vergers.";
		expect(maySpeak(entity('Drôme', 'person', text), text, fr)).toBe(false);
	});

	it('leaves out a place and a title opening with an article', () => {
		const text = 'Selon Le Parisien, la France a voté.';
		expect(maySpeak(entity('Le Parisien', 'person', text), text, fr)).toBe(false);
		expect(maySpeak(entity('France', 'person', text), text, fr)).toBe(false);
	});

	it('keeps a person with a given name or an honorific, and every organisation', () => {
		const text = "Aurélien Esprit est agriculteur. M. Belleperche est maire. La SNCF a répondu.";
		expect(maySpeak(entity('Aurélien Esprit', 'person', text), text, fr)).toBe(true);
		expect(maySpeak(entity('Belleperche', 'person', text), text, fr)).toBe(true);
		expect(maySpeak(entity('SNCF', 'organization', text), text, fr)).toBe(true);
	});

	it('says what the article tells of a person as features', () => {
		const text = 'M. Belleperche est maire. Aurélien Esprit est agriculteur.';
		expect(entityFeatures(entity('Belleperche', 'person', text), text, fr)).toEqual(['entity:person:honorific']);
		expect(entityFeatures(entity('Aurélien Esprit', 'person', text), text, fr)).toEqual(['entity:person:firstName']);
	});

	it('gives no quote to a département the tagger took for a person, where the rule reading of every entity does', () => {
		const text =
			"Aurélien Esprit est arboriculteur. Il est également conseiller départemental de la Drôme. « Je suis tolérant, je n'ai jamais empêché quelqu'un de ramasser un petit fruit », déplore-t-il.";
		const entities = [entity('Aurélien Esprit', 'person', text), entity('Drôme', 'person', text)];
		for (const speakers of [undefined, 'rules'] as const) {
			const quote = extractQuotes(text, 'fr', entities, speakers ? { speakers } : {}).find((q) => q.text.startsWith('Je suis tolérant'));
			if (!speakers) expect(quote?.speaker ?? null).not.toBe('Drôme');
			// The rule baseline reads every entity, so it shows what the tagger's mistake would cost.
			else expect(quote?.speaker).toBe('Drôme');
		}
	});
});

describe('role appositions', () => {
	it('finds the holder of "son avocat, Me X" through the honorific', () => {
		const text = "C'est ce qu'a expliqué son avocat, Me Randall Schwerdorffer. « Il est en très grande souffrance », indique l'avocat.";
		const lawyer = entity('Randall Schwerdorffer', 'person', text);
		const at = text.indexOf("l'avocat");
		expect(resolveRoleSpeaker(text, "l'avocat", at, [lawyer], createMentionIndex([lawyer]), getLexicon('fr'))).toBe(lawyer);
	});
});

describe('how far a previous speaker carries', () => {
	it('counts sentence ends between two offsets', () => {
		expect(sentenceEnds('Un. Deux! Trois? Quatre', 0, 23)).toBe(3);
		expect(sentenceEnds('pas de fin ici', 0, 14)).toBe(0);
	});

	const text =
		"« Nous allons reconstruire toute la ville », a déclaré Paul Durand. Les travaux commenceront en mai. Le budget reste flou. Les habitants attendent. Les commerces ont fermé. « Personne ne viendra jamais nous aider ici »";

	it('does not carry the rule reading of a source over many sentences of one paragraph', () => {
		const quotes = extractQuotes(text, 'fr', extractEntities(text, 'fr'), { speakers: 'rules' });
		expect(quotes.find((q) => q.text.startsWith('Nous allons'))?.speaker).toBe('Paul Durand');
		expect(quotes.find((q) => q.text.startsWith('Personne'))?.speaker ?? null).toBeNull();
	});

	it('does not show a speaker for such a quote', () => {
		const quotes = withSpeakerThreshold(buildBrief(buildRawArticle(text, { language: 'fr' }))).quotes;
		expect(quotes.find((q) => q.text.startsWith('Nous allons'))?.speaker).toBe('Paul Durand');
		expect(quotes.find((q) => q.text.startsWith('Personne'))?.speaker ?? null).toBeNull();
	});
});

describe('calibration per language, with the margin', () => {
	it('measures the margin over the runner-up, the "nobody" option included', () => {
		expect(marginOf([0.1, 0.6, 0.3], 1)).toBeCloseTo(Math.log(2), 6);
		expect(marginOf([0.5, 0.5], 1)).toBe(0);
	});

	it('uses a language\'s own calibration when it has one, the pooled one otherwise', () => {
		const model = parseSpeakerModel({ weights: {}, calibration: { a: 1, b: 0 }, calibrationByLanguage: { fr: { a: 1, b: -2, c: 0 } } });
		expect(calibrate(model, 0.8, 0, 'fr-FR')).toBeLessThan(calibrate(model, 0.8, 0, 'en'));
		expect(calibrate(model, 0.8, 0, 'de')).toBeCloseTo(0.8, 6);
	});

	it('rejects a language calibration without its parameters', () => {
		expect(() => parseSpeakerModel({ weights: {}, calibration: { a: 1, b: 0 }, calibrationByLanguage: { fr: { a: 1 } } })).toThrow(/calibration of fr/);
	});

	it('keeps a language with few held-out quotes near the pooled calibration', () => {
		// The model says 0.9 but is right one time in two: a free fit moves far down, a fit held by a strong prior does not.
		const points: HeldOutPoint[] = Array.from({ length: 20 }, (_, i) => ({ p: 0.9, margin: 1, right: i % 2 === 0, language: 'fr' }));
		const prior = { a: 1, b: 0, c: 0 };
		const free = fitPlatt(points, prior, 0);
		const held = fitPlatt(points, prior, 10);
		const confidence = (c: Calibration): number => calibrate(parseSpeakerModel({ weights: {}, calibration: c }), 0.9, 1);
		expect(confidence(free)).toBeLessThan(0.6);
		expect(confidence(held)).toBeGreaterThan(confidence(free));
		expect(fitPlatt(points, prior, 10)).toEqual(held);
	});
});
