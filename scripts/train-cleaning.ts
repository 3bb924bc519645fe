/**
 * Trains the line classifier of src/articles/clean-learned.ts: logistic regression over line features
 * (src/articles/line-features.ts), on TRAIN-split bodies wrapped in junk from the TRAIN templates only. Deterministic:
 * fixed seeds, fixed order. Writes src/articles/line-model.ts; the threshold keeps 99.9% of train body lines.
 * Usage: node --import tsx scripts/train-cleaning.ts [--docs N] [--no-words] [--validate]
 * --validate fits on half of the train templates and scores on the other half (how the model choices were made).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRandom, parseBenchArgs } from '../bench/bench-args.js';
import { HASH_BUCKETS, DENSE_FEATURES, hiddenUnits, junkProbability, lineFeatures, type LineContext } from '../src/articles/line-features.js';
import { leadSentence } from '../src/articles/clean-learned.js';
import { normalizeForCompare } from '../src/articles/pieces.js';
import { processText } from '../src/articles/process.js';
import { REPO_ROOT } from './eval-extraction.js';
import { datasetsPresent, LANGS, loadBodies } from './cleaning/bodies.js';
import { docText, generateCorpus, type JunkDoc } from './cleaning/generate.js';
import { TRAIN_NAMES, TRAIN_TEMPLATES } from './cleaning/templates/train.js';
import type { TemplateSet } from './cleaning/templates/types.js';
import { halfOf } from './cleaning/halves.js';

interface Example {
	features: { dense: number[]; hashed: number[] };
	junk: boolean;
	/** The line, for error analysis. */
	text: string;
}

const BODY_KEPT_TARGET = 0.999;
const LEAD_LINES = 3;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-5;
// A wrong cut is worse than a kept junk line: body lines weigh more in the loss.
const BODY_WEIGHT = 3;
// The hidden layer learns more slowly than the wide part, so that it refines the linear score rather than replacing it.
const HIDDEN_RATE = 0.5;
const HIDDEN_UNITS = 12;

function contextsOf(texts: string[], title: string): LineContext[] {
	const normals = texts.map(normalizeForCompare);
	return texts.map((text, index) => ({
		text,
		link: false,
		index,
		count: texts.length,
		title,
		previous: texts[index - 1] ?? null,
		next: texts[index + 1] ?? null,
		others: normals.filter((_, i) => i !== index),
	}));
}

/** The lines the rules leave, labelled by the generator, plus the first sentence of the lead (glued or not). */
function examplesOf(doc: JunkDoc): Example[] {
	const article = processText(docText(doc), { title: doc.title, lineModel: false });
	const texts = article.paragraphs.map((paragraph) => paragraph.text);
	const junk = new Set(doc.lines.filter((line) => line.kind !== null && !line.gluedTo).map((line) => normalizeForCompare(line.text)));
	const body = new Set(doc.lines.filter((line) => line.kind === null).map((line) => normalizeForCompare(line.text)));
	const examples: Example[] = [];
	contextsOf(texts, doc.title).forEach((context) => {
		const normal = normalizeForCompare(context.text);
		if (junk.has(normal)) examples.push({ features: lineFeatures(context), junk: true, text: context.text });
		else if (body.has(normal)) examples.push({ features: lineFeatures(context), junk: false, text: context.text });
	});
	// The glued statement as splitGluedLead reads it: the first sentence of one of the first lines.
	const glued = doc.lines.find((line) => line.gluedTo);
	texts.slice(0, LEAD_LINES).forEach((text, index) => {
		const lead = leadSentence(text);
		if (!lead || lead.rest.length < 40) return;
		const isJunk = glued !== undefined && normalizeForCompare(lead.sentence) === normalizeForCompare(glued.text);
		const isBody = body.has(normalizeForCompare(text));
		if (!isJunk && !isBody) return;
		const context = contextsOf(texts.map((other, i) => (i === index ? lead.sentence : other)), doc.title)[index] as LineContext;
		examples.push({ features: lineFeatures(context), junk: isJunk, text: lead.sentence });
	});
	return examples;
}

interface Weights {
	dense: number[];
	hashed: number[];
	hidden?: { weights: number[][]; bias: number[]; out: number[] };
}

/** SGD on the log loss, body lines weighted more; the hidden layer (when `units` > 0) learns with the rest. */
function train(examples: Example[], useWords: boolean, units: number): Weights {
	const dense = new Array<number>(DENSE_FEATURES.length).fill(0);
	const hashed = new Array<number>(HASH_BUCKETS).fill(0);
	const init = createRandom(11);
	const hidden =
		units > 0
			? {
					weights: Array.from({ length: units }, () => DENSE_FEATURES.map(() => (init() - 0.5) * 0.4)),
					bias: Array.from({ length: units }, () => (init() - 0.5) * 0.4),
					out: Array.from({ length: units }, () => (init() - 0.5) * 0.4),
				}
			: undefined;
	const random = createRandom(7);
	const order = examples.map((_, i) => i);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j] as number, order[i] as number];
		}
		const rate = RATE / (1 + 0.1 * epoch);
		for (const index of order) {
			const example = examples[index] as Example;
			const x = example.features.dense;
			const p = junkProbability(example.features, { dense, hashed, hidden, threshold: 0.5 });
			const gradient = ((example.junk ? 1 : 0) - p) * (example.junk ? 1 : BODY_WEIGHT);
			if (hidden) {
				const h = hiddenUnits(x, hidden);
				h.forEach((unit, j) => {
					const back = gradient * (hidden.out[j] as number) * (1 - unit * unit) * HIDDEN_RATE;
					hidden.out[j] = (hidden.out[j] as number) * (1 - L2) + rate * HIDDEN_RATE * gradient * unit;
					hidden.bias[j] = (hidden.bias[j] as number) + rate * back;
					const row = hidden.weights[j] as number[];
					for (let k = 0; k < x.length; k++) row[k] = (row[k] as number) * (1 - L2) + rate * back * (x[k] as number);
				});
			}
			x.forEach((value, k) => (dense[k] = (dense[k] ?? 0) * (1 - L2) + rate * gradient * value));
			const scale = 1 / Math.sqrt(Math.max(example.features.hashed.length, 1));
			if (!useWords) continue;
			for (const bucket of example.features.hashed) hashed[bucket] = (hashed[bucket] ?? 0) * (1 - L2) + rate * gradient * scale;
		}
	}
	return hidden ? { dense, hashed, hidden } : { dense, hashed };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function examplesFrom(templates: TemplateSet, perLang: number, seed: number): Example[] {
	const examples: Example[] = [];
	for (const lang of LANGS) {
		const docs = generateCorpus(loadBodies(lang, 'train'), lang, perLang, { templates, names: TRAIN_NAMES, variant: 'train', seed: seed + LANGS.indexOf(lang) });
		for (const doc of docs) examples.push(...examplesOf(doc));
	}
	return examples;
}

/**
 * Model choices are made here, within the train templates: fit on one half of them, score on the other half (wording
 * the fit never saw), on train bodies. The eval templates are never used for a choice.
 */
function validate(perLang: number, useWords: boolean, units: number[]): void {
	const fitExamples = examplesFrom(halfOf(TRAIN_TEMPLATES, 0), perLang, 1_000);
	const held = examplesFrom(halfOf(TRAIN_TEMPLATES, 1), perLang, 2_000);
	for (const hidden of units) {
		const fit = train(fitExamples, useWords, hidden);
		const body = held.filter((e) => !e.junk).map((e) => junkProbability(e.features, { ...fit, threshold: 0.5 }));
		const junk = held.filter((e) => e.junk).map((e) => junkProbability(e.features, { ...fit, threshold: 0.5 }));
		const sorted = [...body].sort((a, b) => a - b);
		// The trade-off: junk caught at several shares of body lines kept, the first being the one the model ships with.
		const curve = [BODY_KEPT_TARGET, 0.998, 0.995, 0.99].map((target) => {
			const at = Math.max(0.5, sorted[Math.floor(sorted.length * target)] ?? 0.5);
			return { bodyKept: target, threshold: round(at), junkCaught: round(junk.filter((p) => p >= at).length / junk.length) };
		});
		if (process.env['SHOW_BODY']) {
			const scored = held.filter((e) => !e.junk).map((e) => ({ p: junkProbability(e.features, { ...fit, threshold: 0.5 }), text: e.text }));
			for (const { p, text } of scored.sort((a, b) => b.p - a.p).slice(0, 40)) console.log(round(p), text.slice(0, 140));
		}
		console.log(JSON.stringify({ validation: 'held-out half of the train templates', useWords, hidden, curve }));
	}
}

function main(argv: string[]): number {
	if (!datasetsPresent()) {
		console.log('skipped: ../shared/datasets not found');
		return 0;
	}
	const args = parseBenchArgs('train:cleaning', { docs: 'number', 'no-words': 'boolean', validate: 'boolean', hidden: 'number' }, argv);
	const perLang = args.number('docs', 400);
	const useWords = !args.flag('no-words');
	if (args.flag('validate')) {
		validate(perLang, useWords, [0, args.number('hidden', HIDDEN_UNITS)]);
		return 0;
	}
	const examples = examplesFrom(TRAIN_TEMPLATES, perLang, 1_000);
	const weights = train(examples, useWords, args.number('hidden', HIDDEN_UNITS));
	const bodyScores = examples.filter((e) => !e.junk).map((e) => junkProbability(e.features, { ...weights, threshold: 0.5 })).sort((a, b) => a - b);
	const quantile = bodyScores[Math.min(bodyScores.length - 1, Math.floor(bodyScores.length * BODY_KEPT_TARGET))] ?? 0.5;
	const threshold = round(Math.max(0.5, quantile + 1e-4));
	const hidden = weights.hidden && { weights: weights.hidden.weights.map((row) => row.map(round)), bias: weights.hidden.bias.map(round), out: weights.hidden.out.map(round) };
	const model = { threshold, dense: weights.dense.map(round), hashed: weights.hashed.map(round), ...(hidden ? { hidden } : {}) };
	const junk = examples.filter((e) => e.junk);
	const caught = junk.filter((e) => junkProbability(e.features, model) >= threshold).length;
	const kept = bodyScores.filter((score) => score < threshold).length;
	const file = path.join(REPO_ROOT, 'src/articles/line-model.ts');
	writeFileSync(
		file,
		[
			'// Generated by `npm run train:cleaning` (scripts/train-cleaning.ts); do not edit. Model card: models/cleaning/README.md.',
			"import type { LineModelWeights } from './line-features.js';",
			'',
			`export const LINE_MODEL: LineModelWeights = ${JSON.stringify(model)};`,
			'',
		].join('\n'),
	);
	const figures = {
		examples: examples.length,
		junkExamples: junk.length,
		trainJunkCaught: round(caught / Math.max(junk.length, 1)),
		trainBodyKept: round(kept / Math.max(bodyScores.length, 1)),
		threshold,
	};
	console.log(JSON.stringify(figures));
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
