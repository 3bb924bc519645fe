/**
 * People and organisation recognition on dev data only:
 * `node --import tsx scripts/eval-entities.ts [--json] [--limit N] [--errors] [--lang en,de,es,fr]`.
 * - CoNLL en/de/es val and the held-back part of WikiNEuRal French (scripts/ner-data.ts): each sentence's tokens are
 *   joined by single spaces, the sentences of one document (CoNLL's -DOCSTART-; `--sentences`: each sentence alone)
 *   by line breaks, as the bot reads an article; run through extractEntities, every mention mapped back to tokens; a
 *   mention counts only with exactly the gold span and type (conlleval chunks), PER and ORG.
 * - quotes/fr-dev: people and organisations per article, matched one-to-one by normalised name or alias.
 * Each figure is measured for the trained tagger and, as the baseline in the same run, for the rule-based finder;
 * `--ablation` adds the tagger alone, without the organisations the rules add where it is silent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities, type EntityOptions } from '../src/briefs/entities.js';
import { NER_DATA, NER_LANGUAGES, devSentences, documentsOf, sentenceText, type NerLanguage, type Sentence } from './ner-data.js';

const FR_DEV = path.resolve(NER_DATA, '../quotes/fr-dev');
const GOAL: Record<string, { per: number; org: number }> = {
	en: { per: 0.93, org: 0.85 },
	de: { per: 0.85, org: 0.72 },
	es: { per: 0.88, org: 0.78 },
	fr: { per: 0.9, org: 0.75 },
	frDev: { per: 0.9, org: 0.75 },
};
type Finder = NonNullable<EntityOptions['finder']>;

interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
	const p = tp / Math.max(1, tp + fp);
	const r = tp / Math.max(1, tp + fn);
	const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
	return { precision: Number(p.toFixed(4)), recall: Number(r.toFixed(4)), f1: Number(f.toFixed(4)) };
}

/** Gold PER/ORG spans as "type:firstToken:lastToken". */
function goldSpans(tags: readonly string[]): Set<string> {
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

/** A document as the bot would read it: its sentences on lines of their own; every gold token's offsets. */
function documentText(document: readonly Sentence[]): { text: string; starts: number[]; ends: number[]; tokens: string[]; tags: string[] } {
	const starts: number[] = [];
	const ends: number[] = [];
	const parts: string[] = [];
	let offset = 0;
	for (const sentence of document) {
		const { text, starts: local } = sentenceText(sentence);
		local.forEach((start, i) => {
			starts.push(offset + start);
			ends.push(offset + start + (sentence.tokens[i]?.length ?? 0));
		});
		parts.push(text);
		offset += text.length + 1;
	}
	return { text: parts.join('\n'), starts, ends, tokens: document.flatMap((s) => s.tokens), tags: document.flatMap((s) => [...s.tags, 'O']).slice(0, -1) };
}

function predictedSpans(doc: ReturnType<typeof documentText>, language: string, finder: Finder): Set<string> {
	const first = new Map<number, number>();
	const last = new Map<number, number>();
	doc.starts.forEach((s, i) => first.set(s, i));
	doc.ends.forEach((e, i) => last.set(e, i));
	const spans = new Set<string>();
	for (const entity of extractEntities(doc.text, language, { finder })) {
		const type = entity.type === 'person' ? 'PER' : 'ORG';
		for (const mention of entity.mentions) {
			const a = first.get(mention.start);
			const b = last.get(mention.end);
			// A mention that starts or ends inside a gold token cannot match a gold span: a false positive.
			spans.add(a !== undefined && b !== undefined ? `${type}:${a}:${b}` : `${type}:x${mention.start}:${mention.end}`);
		}
	}
	return spans;
}

function describe(doc: ReturnType<typeof documentText>, span: string): string {
	const [, a, b] = span.split(':').map(Number);
	if (Number.isNaN(a)) return span;
	const from = Math.max(0, (a ?? 0) - 8);
	return `"${doc.tokens.slice(a, (b ?? 0) + 1).join(' ')}" in: ${doc.tokens.slice(from, from + 25).join(' ')}`;
}

function evaluateDocuments(documents: ReadonlyArray<readonly Sentence[]>, language: string, finder: Finder, errors: boolean): Record<'PER' | 'ORG', Counts> {
	const counts = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
	for (const document of documents) {
		const doc = documentText(document);
		// Gold spans never cross a sentence: the 'O' put between sentences' tags ends each one.
		const gold = goldSpans(document.flatMap((s) => [...s.tags, 'O'])) ;
		const predicted = predictedSpans(doc, language, finder);
		const remap = (span: string): string => {
			const [type, a, b] = span.split(':');
			const shift = (n: number): number => n - countSeparators(document, n);
			return `${type}:${shift(Number(a))}:${shift(Number(b))}`;
		};
		const goldSet = new Set([...gold].map(remap));
		for (const span of predicted) {
			const type = span.split(':')[0] as 'PER' | 'ORG';
			if (goldSet.has(span)) counts[type].tp++;
			else {
				counts[type].fp++;
				if (errors) console.log(`FP ${finder} ${language} ${type} ${describe(doc, span)}`);
			}
		}
		for (const span of goldSet) {
			if (predicted.has(span)) continue;
			counts[span.split(':')[0] as 'PER' | 'ORG'].fn++;
			if (errors) console.log(`FN ${finder} ${language} ${span.split(':')[0]} ${describe(doc, span)}`);
		}
	}
	return counts;
}

/** How many sentence separators come before position n of the tags with separators. */
function countSeparators(document: readonly Sentence[], n: number): number {
	let position = 0;
	let separators = 0;
	for (const sentence of document) {
		position += sentence.tokens.length;
		if (n < position + separators) return separators;
		separators++;
	}
	return separators;
}

interface FrDevArticle {
	text: string;
	people: Array<{ name: string; aliases?: string[] }>;
	organizations: Array<{ name: string; aliases?: string[] }>;
}

function normalise(name: string): string {
	return name.normalize('NFC').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** One-to-one matching by normalised name or alias, in the order the brief lists its entities. */
function matchNames(predicted: Array<{ name: string; aliases: string[] }>, gold: FrDevArticle['people']): Counts {
	const used = new Set<number>();
	let tp = 0;
	for (const entity of predicted) {
		const forms = new Set([entity.name, ...entity.aliases].map(normalise));
		const index = gold.findIndex((g, i) => !used.has(i) && [g.name, ...(g.aliases ?? [])].some((f) => forms.has(normalise(f))));
		if (index >= 0) {
			used.add(index);
			tp++;
		}
	}
	return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

function evaluateFrDev(finder: Finder, errors: boolean): Record<'PER' | 'ORG', Counts> | null {
	const labels = path.join(FR_DEV, 'labels.json');
	if (!existsSync(labels)) return null;
	const data = JSON.parse(readFileSync(labels, 'utf8')) as { articles: Array<FrDevArticle & { text: string }> };
	const counts = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
	for (const article of data.articles) {
		const text = readFileSync(path.join(FR_DEV, article.text), 'utf8');
		const entities = extractEntities(text, 'fr', { finder });
		for (const [type, gold, kind] of [['PER', article.people, 'person'], ['ORG', article.organizations, 'organization']] as const) {
			const predicted = entities.filter((e) => e.type === kind);
			const c = matchNames(predicted, gold);
			counts[type].tp += c.tp;
			counts[type].fp += c.fp;
			counts[type].fn += c.fn;
			if (errors) {
				const goldForms = new Set(gold.flatMap((g) => [g.name, ...(g.aliases ?? [])]).map(normalise));
				for (const e of predicted) if (![e.name, ...e.aliases].some((f) => goldForms.has(normalise(f)))) console.log(`FP ${finder} fr-dev ${type} "${e.name}"`);
			}
		}
	}
	return counts;
}

function main(): void {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const errors = args.includes('--errors');
	const bySentence = args.includes('--sentences');
	// --ablation also measures the tagger without the organisations the rules add where it is silent.
	const finders: Finder[] = args.includes('--ablation') ? ['tagger', 'tagger-only', 'rules'] : ['tagger', 'rules'];
	const limitAt = args.indexOf('--limit');
	const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
	const langAt = args.indexOf('--lang');
	const languages = (langAt >= 0 ? (args[langAt + 1] ?? '').split(',') : [...NER_LANGUAGES]) as NerLanguage[];
	if (!existsSync(NER_DATA)) {
		console.log('skipped: ../shared/datasets/ner not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const figures: Record<string, unknown> = {};
	const report = (key: string, name: string, finder: Finder, counts: Record<'PER' | 'ORG', Counts>): void => {
		const per = prf(counts.PER);
		const org = prf(counts.ORG);
		figures[`${key}${finder === 'rules' ? 'Baseline' : finder === 'tagger-only' ? 'TaggerOnly' : ''}`] = {
			perF1: per.f1, perPrecision: per.precision, perRecall: per.recall,
			orgF1: org.f1, orgPrecision: org.precision, orgRecall: org.recall,
		};
		console.log(`${name} [${finder}]: PER P ${per.precision} R ${per.recall} F1 ${per.f1} | ORG P ${org.precision} R ${org.recall} F1 ${org.f1}`);
	};
	for (const language of languages) {
		const { name, sentences } = devSentences(language);
		const sample = sentences.slice(0, limit);
		const documents = bySentence ? sample.map((s) => [s]) : documentsOf(sample);
		const label = `${name} (${sample.length} sentences in ${documents.length} texts)`;
		for (const finder of finders) report(language, label, finder, evaluateDocuments(documents, language, finder, errors && finder === 'tagger'));
	}
	if (languages.includes('fr')) {
		for (const finder of finders) {
			const counts = evaluateFrDev(finder, errors && finder === 'tagger');
			if (counts) report('frDev', 'fr-dev people / organisations (name match)', finder, counts);
		}
	}
	figures.sentenceLimit = Number.isFinite(limit) ? limit : null;
	figures.unit = bySentence ? 'sentence' : 'document';
	figures.goal = GOAL;
	if (json) console.log(JSON.stringify(figures));
}

main();
