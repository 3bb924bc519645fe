/**
 * Summary evaluation on 250 CNN/DailyMail articles: `node --import tsx scripts/eval-summary.ts [--json]`.
 * ROUGE-1/2/L F1 (lower-cased tokens, Porter-like suffix stripping) of our summary and of LEAD-3, in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/articles/sentences.js';
import { buildRawArticle } from '../src/briefs/raw-article.js';
import { summarize } from '../src/briefs/summarize.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/summaries/cnndm-250/cnndm-250.jsonl');
const GOAL = { rouge1: 41.5 };

/** A light stemmer (the common English suffixes of Porter's step 1), enough for ROUGE's "with stemming". */
function stem(word: string): string {
	if (word.length <= 3) return word;
	return word
		.replace(/(?:sses)$/, 'ss')
		.replace(/ies$/, 'i')
		.replace(/([^s])s$/, '$1')
		.replace(/(?:eed)$/, 'ee')
		.replace(/([aeiou].*)(?:ed|ing)$/, '$1');
}

function tokens(text: string): string[] {
	return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);
}

function ngrams(words: string[], n: number): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = 0; i + n <= words.length; i++) {
		const key = words.slice(i, i + n).join(' ');
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

function f1(overlap: number, candidate: number, reference: number): number {
	if (overlap === 0 || candidate === 0 || reference === 0) return 0;
	const p = overlap / candidate;
	const r = overlap / reference;
	return (2 * p * r) / (p + r);
}

function rougeN(candidate: string[], reference: string[], n: number): number {
	const c = ngrams(candidate, n);
	const r = ngrams(reference, n);
	let overlap = 0;
	for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
	return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcs(a: string[], b: string[]): number {
	let previous = new Array<number>(b.length + 1).fill(0);
	for (const x of a) {
		const current = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) current[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

function score(candidate: string, reference: string): [number, number, number] {
	const c = tokens(candidate);
	const r = tokens(reference);
	return [rougeN(c, r, 1), rougeN(c, r, 2), f1(lcs(c, r), c.length, r.length)];
}

function main(): void {
	const json = process.argv.includes('--json');
	if (!existsSync(DATASET)) {
		console.log('skipped: ../shared/datasets/summaries/cnndm-250 not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const rows = readFileSync(DATASET, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: string; reference: string });
	const ours = [0, 0, 0];
	const lead = [0, 0, 0];
	for (const row of rows) {
		const article = buildRawArticle(row.article, { language: 'en' });
		const sentences = splitSentences(article.text, 'en');
		const mine = score(summarize(article, sentences).join(' '), row.reference);
		const lead3 = score(sentences.slice(0, 3).map((s) => s.text).join(' '), row.reference);
		mine.forEach((v, i) => (ours[i] = (ours[i] ?? 0) + v));
		lead3.forEach((v, i) => (lead[i] = (lead[i] ?? 0) + v));
	}
	const avg = (values: number[]) => values.map((v) => Number(((v / rows.length) * 100).toFixed(2)));
	const [rouge1, rouge2, rougeL] = avg(ours);
	const [lead1, lead2, leadL] = avg(lead);
	console.log(`summary ROUGE-1/2/L ${rouge1} / ${rouge2} / ${rougeL}   LEAD-3 ${lead1} / ${lead2} / ${leadL}   (${rows.length} articles)`);
	if (json) console.log(JSON.stringify({ articles: rows.length, rouge1, rouge2, rougeL, baseline: { name: 'LEAD-3', rouge1: lead1, rouge2: lead2, rougeL: leadL }, goal: GOAL }));
}

main();
