/**
 * Trains the speaker model: `npm run train:quotes [-- --json]`. Deterministic (sorted files, full-batch gradient
 * descent from zero weights, no randomness). Reads PolNeAR train (en) and de-wikinews train (de) from
 * `../shared/datasets/quotes/`; fr-dev and every dev split stay for reporting. Candidates and features come from the
 * runtime code (`extractEntities` then `extractSpeakerInstances`, as `buildBrief` runs them), so retraining after the
 * entity tagger changes is this one command. Four fifths of the articles fit the weights; the other fifth (every
 * fifth file) fits the calibration. Writes `models/quotes/speaker-model.json`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '../src/briefs/entities.js';
import { extractSpeakerInstances } from '../src/briefs/quotes.js';
import type { SpeakerInstance } from '../src/briefs/speakers/pipeline.js';
import { logit, softmax, type SpeakerModel } from '../src/briefs/speakers/model.js';
import { loadPolnear, loadWikinews, matchGold, overlap, QUOTES_DIR, REPO_ROOT, speakerMatches, type GoldArticle } from './quote-datasets.js';

const OUTPUT = path.join(REPO_ROOT, 'models/quotes/speaker-model.json');
const ITERATIONS = 400;
const L2 = 0.002;
const LEARNING_RATE = 0.05;
const MIN_FEATURE_COUNT = 3;

/** One training example: the option lists (index 0 = nobody) and which options are right. */
export interface Example {
	options: string[][];
	positives: number[];
	language: string;
}

export function labelInstances(article: GoldArticle, instances: readonly SpeakerInstance[]): Example[] {
	const examples: Example[] = [];
	for (const instance of instances) {
		const gold = matchGold(article, instance.span.start, instance.span.end);
		if (!gold || instance.candidates.length === 0) continue;
		const positives: number[] = [];
		instance.candidates.forEach((candidate, i) => {
			if (!gold.source) return;
			const bySpan = gold.sourceRanges.length > 0 && candidate.spans.some(([a, b]) => overlap(a, b, gold.sourceRanges) > 0);
			if (bySpan || speakerMatches(gold, candidate.named, candidate.speakerText)) positives.push(i + 1);
		});
		examples.push({ options: [instance.nullFeatures, ...instance.candidates.map((c) => c.features)], positives: positives.length ? positives : [0], language: article.language });
	}
	return examples;
}

function examplesOf(articles: readonly GoldArticle[]): Example[] {
	return articles.flatMap((article) => {
		const entities = extractEntities(article.text, article.language);
		return labelInstances(article, extractSpeakerInstances(article.text, article.language, entities));
	});
}

/** Conditional logit, maximising the log-probability of the right options, with L2; Adam, full batch. */
export function fitWeights(examples: readonly Example[]): Record<string, number> {
	const counts = new Map<string, number>();
	for (const example of examples) for (const option of example.options) for (const f of option) counts.set(f, (counts.get(f) ?? 0) + 1);
	const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT).sort();
	const index = new Map(names.map((n, i) => [n, i]));
	const encoded = examples.map((e) => ({ options: e.options.map((o) => o.map((f) => index.get(f)).filter((i): i is number => i !== undefined)), positives: e.positives }));
	const w = new Float64Array(names.length);
	const m = new Float64Array(names.length);
	const v = new Float64Array(names.length);
	for (let step = 1; step <= ITERATIONS; step++) {
		const gradient = new Float64Array(names.length);
		for (const example of encoded) {
			const scores = example.options.map((o) => o.reduce((s, i) => s + (w[i] ?? 0), 0));
			const p = softmax(scores);
			const positiveMass = example.positives.reduce((s, i) => s + (p[i] ?? 0), 0);
			example.options.forEach((option, k) => {
				const target = example.positives.includes(k) ? (p[k] ?? 0) / positiveMass : 0;
				const delta = (p[k] ?? 0) - target;
				for (const i of option) gradient[i] = (gradient[i] ?? 0) + delta;
			});
		}
		for (let i = 0; i < names.length; i++) {
			const g = (gradient[i] ?? 0) / encoded.length + L2 * (w[i] ?? 0);
			m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
			v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
			const mHat = (m[i] ?? 0) / (1 - 0.9 ** step);
			const vHat = (v[i] ?? 0) / (1 - 0.999 ** step);
			w[i] = (w[i] ?? 0) - (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
		}
	}
	return Object.fromEntries(names.map((n, i) => [n, Math.round((w[i] ?? 0) * 1e4) / 1e4]).filter(([, value]) => value !== 0));
}

/** The best non-null option's probability and whether it is right, for each example. */
export function topChoices(weights: Record<string, number>, examples: readonly Example[]): Array<{ p: number; right: boolean }> {
	return examples.map((example) => {
		const p = softmax(example.options.map((o) => o.reduce((s, f) => s + (weights[f] ?? 0), 0)));
		let best = 1;
		for (let k = 2; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
		return { p: p[best] ?? 0, right: example.positives.includes(best) };
	});
}

/** Platt scaling: fits sigmoid(a · logit(p) + b) to held-out outcomes by gradient descent. */
export function fitPlatt(points: ReadonlyArray<{ p: number; right: boolean }>): { a: number; b: number } {
	let a = 1;
	let b = 0;
	for (let step = 0; step < 3000; step++) {
		let ga = 0;
		let gb = 0;
		for (const { p, right } of points) {
			const x = logit(p);
			const q = 1 / (1 + Math.exp(-(a * x + b)));
			ga += (q - (right ? 1 : 0)) * x;
			gb += q - (right ? 1 : 0);
		}
		a -= (0.5 * ga) / Math.max(1, points.length);
		b -= (0.5 * gb) / Math.max(1, points.length);
	}
	return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}

function main(): void {
	const json = process.argv.includes('--json');
	if (!existsSync(QUOTES_DIR)) {
		console.log('skipped: ../shared/datasets/quotes not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const articles = [...loadPolnear('train'), ...loadWikinews('train')];
	const fitArticles = articles.filter((_, i) => i % 5 !== 4);
	const calibrationArticles = articles.filter((_, i) => i % 5 === 4);
	const fitExamples = examplesOf(fitArticles);
	const calibrationExamples = examplesOf(calibrationArticles);
	const weights = fitWeights(fitExamples);
	const held = topChoices(weights, calibrationExamples);
	const calibration = fitPlatt(held);
	const model: SpeakerModel & Record<string, unknown> = {
		about: 'Speaker ranker for briefbot quotes; see models/quotes/MODEL_CARD.md. Regenerate with npm run train:quotes.',
		trainedOn: { articles: fitArticles.length, examples: fitExamples.length, calibrationArticles: calibrationArticles.length, calibrationExamples: calibrationExamples.length },
		calibration,
		weights,
	};
	writeFileSync(OUTPUT, `${JSON.stringify(model, null, '\t')}\n`);
	const heldAccuracy = held.filter((h) => h.right).length / Math.max(1, held.length);
	console.log(`trained on ${fitExamples.length} quotes from ${fitArticles.length} articles; ${Object.keys(weights).length} weights; calibration a=${calibration.a} b=${calibration.b} on ${held.length} held-out quotes (top candidate right ${(heldAccuracy * 100).toFixed(1)} %)`);
	if (json) console.log(JSON.stringify({ articles: articles.length, fitExamples: fitExamples.length, calibrationExamples: held.length, weights: Object.keys(weights).length, heldOutTopAccuracy: heldAccuracy, calibrationA: calibration.a, calibrationB: calibration.b }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(REPO_ROOT, 'scripts/train-quotes.ts')) main();
