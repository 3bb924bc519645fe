/**
 * Extraction quality on the 181-page article extraction benchmark (../shared/datasets/extraction/aeb, read in place):
 * F1, precision and recall of processHtml, with plain Readability on linkedom as the baseline in the same run.
 * Usage: node --import tsx scripts/eval-extraction.ts [--json] [--worst N] [--split dev|train|all]
 * The pages are split by a hash of their id (pageSplit): tune and error-analyse on `train`, report `dev` (the default).
 * The dataset loader and the metric are exported for bench/extract.ts.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { processHtml } from '../src/articles/process.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const AEB_DIR = path.resolve(REPO_ROOT, '../shared/datasets/extraction/aeb');

export interface AebPage {
	id: string;
	url: string;
	truth: string;
	/** Decompressed on demand, so that holding the page list costs little memory. */
	readHtml(): string;
}

/** The pages, or null when the dataset is not there (the caller prints "skipped" and exits 0). */
export function loadAebPages(): AebPage[] | null {
	const truthPath = path.join(AEB_DIR, 'ground-truth.json');
	if (!existsSync(truthPath)) return null;
	const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { url: string; articleBody: string }>;
	const htmlDir = path.join(AEB_DIR, 'html');
	return readdirSync(htmlDir)
		.filter((name) => name.endsWith('.html.gz'))
		.sort()
		.flatMap((name) => {
			const id = name.replace(/\.html\.gz$/, '');
			const entry = truth[id];
			if (!entry) return [];
			const file = path.join(htmlDir, name);
			return [{ id, url: entry.url, truth: entry.articleBody, readHtml: () => gunzipSync(readFileSync(file)).toString('utf8') }];
		});
}

export type AebSplit = 'train' | 'dev';

/** A page's split, fixed by its id's hash: about half the pages each, the same on every machine and run. */
export function pageSplit(id: string): AebSplit {
	return (createHash('sha256').update(id).digest()[0] ?? 0) % 2 === 0 ? 'train' : 'dev';
}

// Python's Unicode \w: letters, marks, digits and connector punctuation.
const WORD = /[\p{L}\p{M}\p{Nd}\p{Pc}]+/gu;

function shingles(text: string): Map<string, number> {
	const tokens = text.match(WORD) ?? [];
	const out = new Map<string, number>();
	if (tokens.length === 0) return out;
	if (tokens.length < 4) {
		out.set(tokens.join(' '), 1);
		return out;
	}
	for (let i = 0; i + 4 <= tokens.length; i++) {
		const key = tokens.slice(i, i + 4).join(' ');
		out.set(key, (out.get(key) ?? 0) + 1);
	}
	return out;
}

export interface PageScore {
	precision: number | null;
	recall: number;
	exact: boolean;
}

/** The benchmark's per-page score over 4-gram shingle multisets. */
export function scorePage(prediction: string, truth: string): PageScore {
	const predicted = shingles(prediction);
	const expected = shingles(truth);
	let tp = 0;
	let predictedTotal = 0;
	let expectedTotal = 0;
	for (const count of expected.values()) expectedTotal += count;
	for (const [key, count] of predicted) {
		predictedTotal += count;
		tp += Math.min(count, expected.get(key) ?? 0);
	}
	const exact = (prediction.match(WORD) ?? []).join(' ') === (truth.match(WORD) ?? []).join(' ');
	if (predictedTotal === 0) return { precision: null, recall: 0, exact };
	return { precision: tp / predictedTotal, recall: expectedTotal ? tp / expectedTotal : 1, exact };
}

export interface Totals {
	f1: number;
	precision: number;
	recall: number;
	accuracy: number;
}

/** Averages per-page scores as the benchmark does: empty predictions count 0 in recall and are left out of precision. */
export function summarise(scores: readonly PageScore[]): Totals {
	const precisions = scores.flatMap((score) => (score.precision === null ? [] : [score.precision]));
	const precision = precisions.reduce((a, b) => a + b, 0) / Math.max(precisions.length, 1);
	const recall = scores.reduce((a, score) => a + score.recall, 0) / Math.max(scores.length, 1);
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	const accuracy = scores.filter((score) => score.exact).length / Math.max(scores.length, 1);
	return { f1, precision, recall, accuracy };
}

const GOAL = { f1: 0.975, precision: 0.965 };

function readabilityText(html: string): string {
	try {
		const { document } = parseHTML(html);
		const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
		return article?.textContent ?? '';
	} catch {
		return '';
	}
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const worstIndex = argv.indexOf('--worst');
	const worst = worstIndex >= 0 ? Number(argv[worstIndex + 1] ?? 10) : 0;
	const splitIndex = argv.indexOf('--split');
	const split = splitIndex >= 0 ? (argv[splitIndex + 1] ?? 'dev') : 'dev';
	const pages = loadAebPages()?.filter((page) => split === 'all' || pageSplit(page.id) === split);
	if (!pages) {
		console.log('skipped: ../shared/datasets/extraction/aeb not found');
		return 0;
	}
	const ours: Array<PageScore & { id: string; url: string }> = [];
	const baseline: PageScore[] = [];
	for (const page of pages) {
		const html = page.readHtml();
		const article = processHtml(html, { url: page.url });
		ours.push({ ...scorePage(article.text, page.truth), id: page.id, url: page.url });
		baseline.push(scorePage(readabilityText(html), page.truth));
	}
	const result = summarise(ours);
	const base = summarise(baseline);
	if (worst > 0) {
		const ranked = [...ours].sort((a, b) => Math.min(a.precision ?? 0, a.recall) - Math.min(b.precision ?? 0, b.recall));
		for (const page of ranked.slice(0, worst)) {
			console.log(`${page.id.slice(0, 12)} P=${(page.precision ?? 0).toFixed(3)} R=${page.recall.toFixed(3)} ${page.url}`);
		}
	}
	const figures = {
		split,
		pages: pages.length,
		f1: round(result.f1),
		precision: round(result.precision),
		recall: round(result.recall),
		accuracy: round(result.accuracy),
		baselineName: 'readability+linkedom',
		baselineF1: round(base.f1),
		baselinePrecision: round(base.precision),
		baselineRecall: round(base.recall),
		goal: GOAL,
		goalMet: result.f1 >= GOAL.f1 && result.precision >= GOAL.precision,
	};
	if (json) console.log(JSON.stringify(figures));
	else {
		console.log(`pages: ${figures.pages} (${split} split)`);
		console.log(`briefbot:             F1 ${figures.f1}  P ${figures.precision}  R ${figures.recall}  exact ${figures.accuracy}`);
		console.log(`readability+linkedom: F1 ${figures.baselineF1}  P ${figures.baselinePrecision}  R ${figures.baselineRecall}`);
		console.log(`goal: F1 >= ${GOAL.f1}, P >= ${GOAL.precision}: ${figures.goalMet ? 'met' : 'not met'}`);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
