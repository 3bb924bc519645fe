/**
 * Trains the entity tagger, one model per language, deterministically:
 * `node --import tsx scripts/train-ner.ts [--lang en,de,es,fr] [--epochs N] [--json]`.
 * An averaged structured perceptron (Collins 2002) over hashed features, Viterbi-decoded with BIO constraints; data in
 * scripts/ner-data.ts (CoNLL train splits; the first part of WikiNEuRal French). Writes models/ner/<lang>.bin.gz and
 * prints the training figures; dev figures come from `npm run eval:entities`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barriersOf } from '../src/briefs/ner/decode.js';
import { featuresOf } from '../src/briefs/ner/features.js';
import { gazetteerFor } from '../src/briefs/ner/gazetteer.js';
import { BUCKET_BITS } from '../src/briefs/ner/hash.js';
import { encodeModel } from '../src/briefs/ner/model.js';
import { Perceptron, type Example } from '../src/briefs/ner/perceptron.js';
import { TAG_COUNT, isInside } from '../src/briefs/ner/tags.js';
import { NER_DATA, NER_LANGUAGES, alignedExample, trainingSentences, type NerLanguage } from './ner-data.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(repoRoot, 'models/ner');
const DEFAULT_EPOCHS = 8;
const SEED = 13;
/** Rows kept after training, by weight magnitude: bounds each committed model to about 2 MB. */
const MAX_ROWS = 120_000;

/** mulberry32: a fixed-seed generator, so the shuffle order (and the model) is the same on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Keeps the MAX_ROWS buckets whose weights move the decision most. */
function prune(weights: Float32Array): { buckets: Uint32Array; weights: Float32Array } {
	const buckets = 1 << BUCKET_BITS;
	const strength: Array<[number, number]> = [];
	for (let b = 0; b < buckets; b++) {
		let top = 0;
		for (let t = 0; t < TAG_COUNT; t++) top = Math.max(top, Math.abs(weights[b * TAG_COUNT + t] ?? 0));
		if (top > 1e-3) strength.push([b, top]);
	}
	strength.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	const kept = strength.slice(0, MAX_ROWS).map(([b]) => b).sort((a, b) => a - b);
	const out = new Float32Array(kept.length * TAG_COUNT);
	kept.forEach((b, r) => out.set(weights.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), r * TAG_COUNT));
	return { buckets: Uint32Array.from(kept), weights: out };
}

function train(language: NerLanguage, epochs: number): Record<string, number | string> {
	const began = performance.now();
	const gazetteer = gazetteerFor(language);
	const examples: Example[] = trainingSentences(language).map((sentence) => {
		const { tokens, tags } = alignedExample(sentence, language);
		// Where the gold runs a name across a barrier (CoNLL-2002's "Economía, Industria. Comercio"), let training see it.
		const barriers = barriersOf(tokens).map((b, i) => (isInside(tags[i] ?? 0) ? 0 : b));
		return { features: featuresOf(tokens, gazetteer), barriers, tags };
	});
	const tokenCount = examples.reduce((n, e) => n + e.tags.length, 0);
	const model = new Perceptron();
	const next = random(SEED);
	const order = examples.map((_, i) => i);
	let lastErrors = 0;
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j] as number, order[i] as number];
		}
		lastErrors = 0;
		for (const index of order) lastErrors += model.learn(examples[index] as Example);
		console.error(`${language} epoch ${epoch + 1}/${epochs}: ${lastErrors} token errors of ${tokenCount}`);
	}
	const pruned = prune(model.averaged(model.weights, model.totals));
	const bytes = encodeModel({
		...pruned,
		transitions: model.averaged(model.transitions, model.transitionTotals),
		start: model.averaged(model.start, model.startTotals),
	});
	mkdirSync(OUT, { recursive: true });
	writeFileSync(path.join(OUT, `${language}.bin.gz`), bytes);
	return {
		language,
		sentences: examples.length,
		tokens: tokenCount,
		epochs,
		lastEpochTokenErrorRate: Number((lastErrors / tokenCount).toFixed(5)),
		rows: pruned.buckets.length,
		modelKb: Math.round(bytes.length / 1024),
		trainSeconds: Number(((performance.now() - began) / 1000).toFixed(1)),
	};
}

function main(): void {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const langAt = args.indexOf('--lang');
	const epochsAt = args.indexOf('--epochs');
	const languages = (langAt >= 0 ? (args[langAt + 1] ?? '').split(',') : [...NER_LANGUAGES]) as NerLanguage[];
	const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : DEFAULT_EPOCHS;
	if (!existsSync(NER_DATA)) {
		console.log('skipped: ../shared/datasets/ner not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const figures: Record<string, Record<string, number | string>> = {};
	for (const language of languages) {
		if (!(NER_LANGUAGES as readonly string[]).includes(language)) throw new Error(`no training data for language "${language}"`);
		figures[language] = train(language, epochs);
		console.log(JSON.stringify(figures[language]));
	}
	if (json) console.log(JSON.stringify(figures));
}

main();
