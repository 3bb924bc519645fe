/**
 * Real article bodies for the junk corpus, read in place from ../shared/datasets. Train bodies are for tuning rules
 * and training the line classifier; dev bodies are for reporting only. Each body is a list of one-line paragraphs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Split = 'train' | 'dev';
export type Lang = 'en' | 'fr' | 'de' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es'];

export interface Body {
	id: string;
	paragraphs: string[];
}

const DATASETS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets');
const MIN_PARAGRAPH_CHARS = 40;
const MAX_PARAGRAPHS = 12;

export function datasetsPresent(): boolean {
	return existsSync(DATASETS);
}

function paragraphsOf(text: string): string[] {
	const blocks = text.split(/\n\s*\n/u);
	// Some texts are one block: their sentences, three by three, make the paragraphs.
	if (blocks.length < 3) return groupSentences(splitSentences(text.replace(/\s+/gu, ' ')));
	return text
		.split(/\n\s*\n/u)
		.map((part) => part.replace(/\s+/gu, ' ').trim())
		.filter((part) => part.length >= MIN_PARAGRAPH_CHARS)
		.slice(0, MAX_PARAGRAPHS);
}

/** CNN/DailyMail articles come as one block: sentences grouped three by three make the paragraphs. */
function groupSentences(sentences: string[], perParagraph = 3): string[] {
	const out: string[] = [];
	for (let i = 0; i < sentences.length && out.length < MAX_PARAGRAPHS; i += perParagraph) {
		out.push(sentences.slice(i, i + perParagraph).join(' '));
	}
	return out.filter((part) => part.length >= MIN_PARAGRAPH_CHARS);
}

function splitSentences(text: string): string[] {
	return text.split(/(?<=[.!?]["”’»]?)\s+(?=[\p{Lu}"“‘«])/u).filter(Boolean);
}

function detokenize(tokens: string[]): string {
	return tokens
		.join(' ')
		.replace(/\s+([,.;:!?)\]%])/gu, '$1')
		.replace(/([(¿¡[])\s+/gu, '$1')
		.replace(/\s+'\s*/gu, "'")
		.replace(/(\p{L})' (?=\p{L})/gu, "$1'")
		.replace(/" (.*?) "/gu, '"$1"');
}

/** CoNLL sentences, detokenised, in file order. */
function conllSentences(file: string): string[] {
	const sentences: string[] = [];
	let tokens: string[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const token = line.split('\t')[1];
		if (line.trim() === '' || token === undefined) {
			if (tokens.length >= 6 && !tokens.includes('-DOCSTART-')) sentences.push(detokenize(tokens));
			tokens = [];
		} else tokens.push(token);
	}
	return sentences;
}

function conllBodies(file: string, prefix: string, limit: number): Body[] {
	const sentences = conllSentences(file);
	const bodies: Body[] = [];
	const perBody = 12;
	for (let i = 0; i + perBody <= sentences.length && bodies.length < limit; i += perBody) {
		bodies.push({ id: `${prefix}-${i}`, paragraphs: groupSentences(sentences.slice(i, i + perBody)) });
	}
	return bodies;
}

function dirTexts(dir: string, ext: string, limit: number): Body[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(ext))
		.sort()
		.slice(0, limit)
		.map((name) => ({ id: name, paragraphs: paragraphsOf(readFileSync(path.join(dir, name), 'utf8')) }));
}

function wikinews(dir: string, limit: number): Body[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.slice(0, limit)
		.map((name) => {
			const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { originalText: string };
			return { id: name, paragraphs: paragraphsOf(doc.originalText) };
		});
}

/** CNN/DM-250 has no split of its own: the first half (by file order) is train, the second dev. */
function cnndm(split: Split): Body[] {
	const file = path.join(DATASETS, 'summaries/cnndm-250/cnndm-250.jsonl');
	if (!existsSync(file)) return [];
	const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean);
	const half = Math.floor(rows.length / 2);
	const chosen = split === 'train' ? rows.slice(0, half) : rows.slice(half);
	return chosen.map((row) => {
		const doc = JSON.parse(row) as { id: string; article: string };
		return { id: doc.id, paragraphs: groupSentences(splitSentences(doc.article)) };
	});
}

/**
 * The bodies of one language and split. French has no train split of news text: Wikipedia sentences (WikiNEuRal fr)
 * stand in for training, and the 40 fr-dev news texts are kept for reporting.
 */
export function loadBodies(lang: Lang, split: Split, limit = 200): Body[] {
	const d = (...parts: string[]): string => path.join(DATASETS, ...parts);
	let bodies: Body[] = [];
	if (lang === 'en') {
		bodies =
			split === 'train'
				? [...dirTexts(d('quotes/polnear-train/train/text'), '.txt', limit), ...cnndm('train')]
				: [...dirTexts(d('quotes/polnear-dev/dev/text'), '.txt', limit), ...cnndm('dev')];
	} else if (lang === 'de') {
		bodies = wikinews(d('quotes/de-wikinews', split), limit);
	} else if (lang === 'fr') {
		bodies =
			split === 'train'
				? existsSync(d('ner/wikineural/fr/val.conllu'))
					? conllBodies(d('ner/wikineural/fr/val.conllu'), 'wikineural-fr', limit)
					: []
				: dirTexts(d('quotes/fr-dev/texts'), '.txt', limit);
	} else {
		const file = d('ner/conll/es', split === 'train' ? 'train.conllu' : 'val.conllu');
		bodies = existsSync(file) ? conllBodies(file, `conll-es-${split}`, limit) : [];
	}
	return bodies.filter((body) => body.paragraphs.length >= 3).slice(0, limit);
}
