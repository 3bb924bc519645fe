import { describe, expect, it } from 'vitest';
import { barriersOf, viterbi } from '../../../src/briefs/ner/decode.js';
import { harmoniseKinds } from '../../../src/briefs/ner/document-pass.js';
import { featuresOf, shapeOf } from '../../../src/briefs/ner/features.js';
import { gazetteerFor } from '../../../src/briefs/ner/gazetteer.js';
import { decodeModel, emissionsOf, encodeModel } from '../../../src/briefs/ner/model.js';
import { Perceptron, type Example } from '../../../src/briefs/ner/perceptron.js';
import { spansOf, type TaggedSpan } from '../../../src/briefs/ner/tagger.js';
import { TAG_COUNT, tagIndex } from '../../../src/briefs/ner/tags.js';
import { tokenize } from '../../../src/briefs/tokens.js';

const O = tagIndex('O');
const B_PER = tagIndex('B-PER');
const I_PER = tagIndex('I-PER');
const B_ORG = tagIndex('B-ORG');
const I_ORG = tagIndex('I-ORG');

/** Emission rows that prefer `tags`, one per token. */
function emissionsPreferring(tags: number[]): Float32Array {
	const out = new Float32Array(tags.length * TAG_COUNT);
	tags.forEach((tag, i) => {
		out[i * TAG_COUNT + tag] = 5;
	});
	return out;
}

describe('viterbi', () => {
	const flat = { transitions: new Float32Array(TAG_COUNT * TAG_COUNT), start: new Float32Array(TAG_COUNT) };

	it('never starts an entity with I- nor continues another kind', () => {
		const tags = viterbi({ ...flat, emissions: emissionsPreferring([I_PER, I_ORG, O]) }, 3);
		expect(tags[0]).not.toBe(I_PER);
		expect(tags[1] === I_ORG ? tags[0] === B_ORG || tags[0] === I_ORG : true).toBe(true);
	});

	it('keeps a well-formed sequence when the emissions ask for it', () => {
		expect(viterbi({ ...flat, emissions: emissionsPreferring([B_PER, I_PER, O, B_ORG]) }, 4)).toEqual([B_PER, I_PER, O, B_ORG]);
	});

	it('does not continue a name across a barrier', () => {
		const emissions = emissionsPreferring([B_PER, I_PER]);
		const tags = viterbi({ ...flat, emissions, barriers: Uint8Array.from([0, 1]) }, 2);
		expect(tags[1]).not.toBe(I_PER);
	});
});

describe('barriersOf', () => {
	it('puts barriers at commas, quotation marks, sentence ends and glued full stops, not inside "St. Louis"', () => {
		const text = 'He met Anna Berg, Tom. Later Guerini.Villani spoke in St. Louis about "Kemp" today';
		const tokens = tokenize(text, 'en');
		const barrier = barriersOf(tokens);
		const at = (word: string): number => barrier[tokens.findIndex((t) => t.text === word)] ?? -1;
		expect(at('Tom')).toBe(1);
		expect(at('Later')).toBe(1);
		expect(at('Villani')).toBe(1);
		expect(at('Kemp')).toBe(1);
		expect(at('Berg')).toBe(0);
		expect(at('Louis')).toBe(0);
	});
});

describe('features', () => {
	it('collapses shapes', () => {
		expect(shapeOf('Smith')).toBe('Xx');
		expect(shapeOf('IBM')).toBe('X');
		expect(shapeOf('U.S.')).toBe('X.X.');
		expect(shapeOf('1996-08-22')).toBe('d-d-d');
	});

	it('gives a word the same features wherever its context is the same, and different ones where it differs', () => {
		const gazetteer = gazetteerFor('en');
		const a = featuresOf(tokenize('Yesterday Smith said no.', 'en'), gazetteer);
		const b = featuresOf(tokenize('Yesterday Smith said no.', 'en'), gazetteer);
		const c = featuresOf(tokenize('Yesterday Smith wrote no.', 'en'), gazetteer);
		expect([...(a[1] ?? [])]).toEqual([...(b[1] ?? [])]);
		expect([...(a[1] ?? [])]).not.toEqual([...(c[1] ?? [])]);
	});

	it('does not let the words of the line before reach the first word of a line', () => {
		const gazetteer = gazetteerFor('en');
		const one = featuresOf(tokenize('Market report\nBerg said no.', 'en'), gazetteer);
		const two = featuresOf(tokenize('Sports desk\nBerg said no.', 'en'), gazetteer);
		expect([...(one[2] ?? [])]).toEqual([...(two[2] ?? [])]);
	});
});

describe('a perceptron trained on a handful of sentences', () => {
	const gazetteer = gazetteerFor('en');
	const example = (text: string, labels: Record<string, string>): Example => {
		const tokens = tokenize(text, 'en');
		return { features: featuresOf(tokens, gazetteer), barriers: barriersOf(tokens), tags: tokens.map((t) => tagIndex(labels[t.text] ?? 'O')) };
	};
	const data = [
		example('Yesterday Kowalczyk Brzeski said the plan was fine.', { Kowalczyk: 'B-PER', Brzeski: 'I-PER' }),
		example('Shares of Veltrano Holdings rose after Nowacki Lenz spoke.', { Veltrano: 'B-ORG', Holdings: 'I-ORG', Nowacki: 'B-PER', Lenz: 'I-PER' }),
		example('Analysts at Quorvex Holdings said Wrobel Pantz was right.', { Quorvex: 'B-ORG', Holdings: 'I-ORG', Wrobel: 'B-PER', Pantz: 'I-PER' }),
		example('The report said Zielinski Morr left Talvane Holdings in May.', { Zielinski: 'B-PER', Morr: 'I-PER', Talvane: 'B-ORG', Holdings: 'I-ORG' }),
	];

	it('learns the examples, survives the compact encoding, and tags the kinds of a new sentence', () => {
		const model = new Perceptron(1 << 12);
		for (let epoch = 0; epoch < 10; epoch++) for (const e of data) model.learn(e);
		const weights = model.averaged(model.weights, model.totals);
		const buckets = Uint32Array.from({ length: 1 << 12 }, (_, i) => i);
		const decoded = decodeModel(
			encodeModel({ buckets, weights, transitions: model.averaged(model.transitions, model.transitionTotals), start: model.averaged(model.start, model.startTotals) }),
		);
		expect(decoded.rows.filter((r) => r >= 0).length).toBe(1 << 12);
		// The test model folds features into 4,096 buckets; fold the run-time features the same way.
		const text = 'Later Brandt Okoye said Morvane Holdings would grow.';
		const tokens = tokenize(text, 'en');
		const features = featuresOf(tokens, gazetteer).map((ids) => ids.map((id) => id % (1 << 12)));
		const emissions = emissionsOf(decoded, features);
		const spans = spansOf(viterbi({ emissions, transitions: decoded.transitions, start: decoded.start, barriers: barriersOf(tokens) }, tokens.length), tokens, text);
		expect(spans.map((s) => `${s.kind}:${s.text}`)).toEqual(['PER:Brandt Okoye', 'ORG:Morvane Holdings']);
	});
});

describe('harmoniseKinds', () => {
	const span = (text: string, kind: TaggedSpan['kind'], first: number): TaggedSpan => ({ text, kind, first, last: first + text.split(' ').length, start: first * 10, end: first * 10 + text.length });

	it('makes a surname alone the person its full name is', () => {
		const spans = harmoniseKinds([span('Thomas Stenger', 'PER', 0), span('Stenger', 'ORG', 5)]);
		expect(spans.map((s) => s.kind)).toEqual(['PER', 'PER']);
	});

	it('gives every mention of the same words the kind most of them got', () => {
		const spans = harmoniseKinds([span('Comelf', 'PER', 0), span('Comelf', 'ORG', 5), span('Comelf', 'ORG', 9)]);
		expect(spans.map((s) => s.kind)).toEqual(['ORG', 'ORG', 'ORG']);
	});
});
