/**
 * Summary evaluation on 250 CNN/DailyMail articles: `node --import tsx scripts/eval-summary.ts [--json]`.
 * ROUGE-1/2 and ROUGE-Lsum F1 (lower-cased tokens, Porter stemming) of our summary and of LEAD-3, in the
 * same run.
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

// The Porter (1980) stemmer, as ROUGE's "with stemming" uses it, so that figures compare with the published ones.
const STEP2: Array<[string, string]> = [['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log']];
const STEP3: Array<[string, string]> = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];
const C = '[^aeiou]';
const V = '[aeiouy]';
const CC = `${C}[^aeiouy]*`;
const VV = `${V}[aeiou]*`;
const MGR0 = new RegExp(`^(${CC})?${VV}${CC}`);
const MEQ1 = new RegExp(`^(${CC})?${VV}${CC}(${VV})?$`);
const MGR1 = new RegExp(`^(${CC})?${VV}${CC}${VV}${CC}`);
const HAS_VOWEL = new RegExp(`^(${CC})?${V}`);

function stem(word: string): string {
	if (word.length < 3) return word;
	let w = word;
	const firstY = w.startsWith('y');
	if (firstY) w = `Y${w.slice(1)}`;
	if (/(ss|i)es$/.test(w)) w = w.replace(/(ss|i)es$/, '$1');
	else if (/([^s])s$/.test(w)) w = w.replace(/([^s])s$/, '$1');
	let m: RegExpExecArray | null;
	if ((m = /^(.+?)eed$/.exec(w))) {
		if (MGR0.test(m[1] ?? '')) w = w.slice(0, -1);
	} else if ((m = /^(.+?)(ed|ing)$/.exec(w)) && HAS_VOWEL.test(m[1] ?? '')) {
		w = m[1] ?? w;
		if (/(at|bl|iz)$/.test(w)) w += 'e';
		else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
		else if (new RegExp(`^${CC}${V}[^aeiouwxy]$`).test(w)) w += 'e';
	}
	if ((m = /^(.+?)y$/.exec(w)) && HAS_VOWEL.test(m[1] ?? '')) w = `${m[1]}i`;
	for (const [suffix, replacement] of STEP2) {
		if (w.endsWith(suffix)) {
			if (MGR0.test(w.slice(0, -suffix.length))) w = w.slice(0, -suffix.length) + replacement;
			break;
		}
	}
	for (const [suffix, replacement] of STEP3) {
		if (w.endsWith(suffix)) {
			if (MGR0.test(w.slice(0, -suffix.length))) w = w.slice(0, -suffix.length) + replacement;
			break;
		}
	}
	const step4 = STEP4.find((suffix) => w.endsWith(suffix));
	if (step4) {
		const base = w.slice(0, -step4.length);
		if (MGR1.test(base)) w = base;
	} else if ((m = /^(.+?)(s|t)(ion)$/.exec(w)) && MGR1.test((m[1] ?? '') + (m[2] ?? ''))) {
		w = (m[1] ?? '') + (m[2] ?? '');
	}
	if ((m = /^(.+?)e$/.exec(w))) {
		const base = m[1] ?? '';
		if (MGR1.test(base) || (MEQ1.test(base) && !new RegExp(`^${CC}${V}[^aeiouwxy]$`).test(base))) w = base;
	}
	if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
	return firstY ? `y${w.slice(1)}` : w;
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

/** Positions in `reference` of one longest common subsequence with `candidate`. */
function lcsPositions(reference: string[], candidate: string[]): number[] {
	const table: number[][] = reference.map(() => new Array<number>(candidate.length + 1).fill(0));
	table.push(new Array<number>(candidate.length + 1).fill(0));
	for (let i = reference.length - 1; i >= 0; i--) {
		for (let j = candidate.length - 1; j >= 0; j--) {
			const row = table[i] as number[];
			row[j] = reference[i] === candidate[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
		}
	}
	const positions: number[] = [];
	let i = 0;
	let j = 0;
	while (i < reference.length && j < candidate.length) {
		if (reference[i] === candidate[j]) {
			positions.push(i);
			i++;
			j++;
		} else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
		else j++;
	}
	return positions;
}

/** ROUGE-Lsum: for each reference sentence, the union of its LCS with every candidate sentence (Lin 2004, 3.2). */
function rougeLsum(candidateSentences: string[][], referenceSentences: string[][]): number {
	let hits = 0;
	for (const reference of referenceSentences) {
		const union = new Set<number>();
		for (const candidate of candidateSentences) for (const p of lcsPositions(reference, candidate)) union.add(p);
		hits += union.size;
	}
	const candidateLength = candidateSentences.reduce((n, s) => n + s.length, 0);
	const referenceLength = referenceSentences.reduce((n, s) => n + s.length, 0);
	return f1(hits, candidateLength, referenceLength);
}

function score(candidate: string[], reference: string): [number, number, number] {
	const c = tokens(candidate.join(' '));
	const r = tokens(reference);
	const referenceSentences = reference.split(/\s+\.\s+|\n/).map(tokens).filter((s) => s.length > 0);
	return [rougeN(c, r, 1), rougeN(c, r, 2), rougeLsum(candidate.map(tokens), referenceSentences)];
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
		const mine = score(summarize(article, sentences), row.reference);
		const lead3 = score(sentences.slice(0, 3).map((s) => s.text), row.reference);
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
