/**
 * People and organisation recognition on WikiNEuRal (en, fr validation splits):
 * `node --import tsx scripts/eval-entities.ts [--json] [--limit N] [--errors]`.
 * Each sentence's tokens are joined by single spaces, run through extractEntities, and every mention mapped back to
 * tokens; a mention counts only with exactly the gold span and type (CoNLL style), per type and per language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/briefs/entities.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/ner/wikineural');
const GOAL = { perF1: 0.85, orgF1: 0.65 };
const DEFAULT_LIMIT = Infinity;

interface Sentence {
	tokens: string[];
	tags: string[];
}

function readSentences(file: string, limit: number): Sentence[] {
	const sentences: Sentence[] = [];
	let current: Sentence = { tokens: [], tags: [] };
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) {
			if (current.tokens.length) sentences.push(current);
			current = { tokens: [], tags: [] };
			if (sentences.length >= limit) break;
			continue;
		}
		const [, token, tag] = line.split('\t');
		current.tokens.push(token ?? '');
		current.tags.push(tag ?? 'O');
	}
	if (current.tokens.length && sentences.length < limit) sentences.push(current);
	return sentences;
}

/** Gold spans as "type:firstToken:lastToken". */
function goldSpans(tags: string[]): Set<string> {
	const spans = new Set<string>();
	let start = -1;
	let type = '';
	tags.forEach((tag, i) => {
		const [prefix, kind] = tag.split('-');
		if (start >= 0 && (prefix !== 'I' || kind !== type)) {
			spans.add(`${type}:${start}:${i - 1}`);
			start = -1;
		}
		if (prefix === 'B' || (prefix === 'I' && start < 0)) {
			start = i;
			type = kind ?? '';
		}
	});
	if (start >= 0) spans.add(`${type}:${start}:${tags.length - 1}`);
	return new Set([...spans].filter((s) => s.startsWith('PER:') || s.startsWith('ORG:')));
}

function predictedSpans(sentence: Sentence, language: string): Set<string> {
	const text = sentence.tokens.join(' ');
	const starts: number[] = [];
	let offset = 0;
	for (const token of sentence.tokens) {
		starts.push(offset);
		offset += token.length + 1;
	}
	const tokenAt = (position: number, end: boolean): number => {
		for (let i = 0; i < starts.length; i++) {
			const s = starts[i] ?? 0;
			const e = s + (sentence.tokens[i]?.length ?? 0);
			if (!end && position >= s && position < e) return i;
			if (end && position > s && position <= e) return i;
		}
		return -1;
	};
	const spans = new Set<string>();
	for (const entity of extractEntities(text, language)) {
		const type = entity.type === 'person' ? 'PER' : 'ORG';
		for (const mention of entity.mentions) {
			const first = tokenAt(mention.start, false);
			const last = tokenAt(mention.end, true);
			if (first >= 0 && last >= 0) spans.add(`${type}:${first}:${last}`);
		}
	}
	return spans;
}

function main(): void {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const errors = args.includes('--errors');
	const limitAt = args.indexOf('--limit');
	const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : DEFAULT_LIMIT;
	if (!existsSync(DATASET)) {
		console.log('skipped: ../shared/datasets/ner/wikineural not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const figures: Record<string, number | object | null> = {};
	for (const language of ['en', 'fr']) {
		const counts = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
		const sentences = readSentences(path.join(DATASET, language, 'val.conllu'), limit);
		for (const sentence of sentences) {
			const gold = goldSpans(sentence.tags);
			const predicted = predictedSpans(sentence, language);
			for (const span of predicted) {
				const type = span.split(':')[0] as 'PER' | 'ORG';
				if (gold.has(span)) counts[type].tp++;
				else {
					counts[type].fp++;
					if (errors) console.log(`FP ${language} ${span} ${describe(sentence, span)}`);
				}
			}
			for (const span of gold) {
				if (predicted.has(span)) continue;
				counts[span.split(':')[0] as 'PER' | 'ORG'].fn++;
				if (errors) console.log(`FN ${language} ${span} ${describe(sentence, span)}`);
			}
		}
		for (const type of ['PER', 'ORG'] as const) {
			const { tp, fp, fn } = counts[type];
			const p = tp / Math.max(1, tp + fp);
			const r = tp / Math.max(1, tp + fn);
			const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
			const key = `${language}${type === 'PER' ? 'Per' : 'Org'}`;
			figures[`${key}F1`] = Number(f.toFixed(4));
			figures[`${key}Precision`] = Number(p.toFixed(4));
			figures[`${key}Recall`] = Number(r.toFixed(4));
			console.log(`${language} ${type}: P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} F1 ${(f * 100).toFixed(1)}   (${sentences.length} sentences)`);
		}
	}
	figures.sentenceLimit = Number.isFinite(limit) ? limit : null;
	figures.goal = GOAL;
	if (json) console.log(JSON.stringify(figures));
}

function describe(sentence: Sentence, span: string): string {
	const [, a, b] = span.split(':').map(Number);
	return `"${sentence.tokens.slice(a, (b ?? 0) + 1).join(' ')}" in: ${sentence.tokens.join(' ').slice(0, 140)}`;
}

main();
