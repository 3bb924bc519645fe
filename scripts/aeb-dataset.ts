/**
 * The article extraction benchmark (../shared/datasets/extraction/aeb), read in place, and its metric. Shared by
 * scripts/eval-extraction.ts and bench/extract.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const AEB_DIR = path.resolve(REPO_ROOT, '../shared/datasets/extraction/aeb');

export interface AebPage {
	id: string;
	url: string;
	html: string;
	truth: string;
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
			const html = gunzipSync(readFileSync(path.join(htmlDir, name))).toString('utf8');
			return [{ id, url: entry.url, html, truth: entry.articleBody }];
		});
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
