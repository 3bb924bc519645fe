/**
 * NER datasets as the training and evaluation scripts read them: CoNLL-style files (`index<TAB>token<TAB>tag`),
 * the fixed split of WikiNEuRal French, and the alignment of gold tags to the run-time tokenizer's tokens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, type Token } from '../src/briefs/tokens.js';
import { TAGS } from '../src/briefs/ner/tags.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NER_DATA = path.resolve(repoRoot, '../shared/datasets/ner');
export const NER_LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type NerLanguage = (typeof NER_LANGUAGES)[number];

/**
 * WikiNEuRal French has only a validation file: its first FR_TRAIN_SENTENCES sentences (file order) train the French
 * model, the rest is held back for reporting. Changing this number changes what may be reported.
 */
export const FR_TRAIN_SENTENCES = 8400;

export interface Sentence {
	tokens: string[];
	tags: string[];
	/** The document the sentence belongs to (CoNLL's -DOCSTART- lines); a sentence alone where there are none. */
	doc: number;
}

export function readConll(file: string): Sentence[] {
	const sentences: Sentence[] = [];
	let doc = 0;
	let documents = false;
	let current: Sentence = { tokens: [], tags: [], doc };
	const flush = (): void => {
		if (current.tokens[0] === '-DOCSTART-') {
			documents = true;
			doc++;
		} else if (current.tokens.length) {
			sentences.push(current);
			if (!documents) doc++;
		}
		current = { tokens: [], tags: [], doc };
	};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) {
			flush();
			continue;
		}
		const [, token, tag] = line.split('\t');
		current.tokens.push(token ?? '');
		current.tags.push((TAGS as readonly string[]).includes(tag ?? '') ? (tag as string) : 'O');
	}
	flush();
	return sentences;
}

/** The training sentences of a language. */
export function trainingSentences(language: NerLanguage): Sentence[] {
	if (language === 'fr') return readConll(path.join(NER_DATA, 'wikineural/fr/val.conllu')).slice(0, FR_TRAIN_SENTENCES);
	return readConll(path.join(NER_DATA, `conll/${language}/train.conllu`));
}

/** The reporting sentences of a language: never seen in training. */
export function devSentences(language: NerLanguage): { name: string; sentences: Sentence[] } {
	if (language === 'fr') return { name: 'wikineural fr (held back)', sentences: readConll(path.join(NER_DATA, 'wikineural/fr/val.conllu')).slice(FR_TRAIN_SENTENCES) };
	return { name: `conll ${language} val`, sentences: readConll(path.join(NER_DATA, `conll/${language}/val.conllu`)) };
}

/** Sentences grouped by document, in file order. */
export function documentsOf(sentences: readonly Sentence[]): Sentence[][] {
	const documents: Sentence[][] = [];
	for (const sentence of sentences) {
		const last = documents[documents.length - 1];
		if (last && last[0]?.doc === sentence.doc) last.push(sentence);
		else documents.push([sentence]);
	}
	return documents;
}

/** A sentence as running text (tokens joined by single spaces) and each gold token's start offset. */
export function sentenceText(sentence: Sentence): { text: string; starts: number[] } {
	const starts: number[] = [];
	let offset = 0;
	for (const token of sentence.tokens) {
		starts.push(offset);
		offset += token.length + 1;
	}
	return { text: sentence.tokens.join(' '), starts };
}

/** Gold entity chunks as character ranges: [start, end, kind]. */
export function goldChunks(sentence: Sentence, starts: readonly number[]): Array<[number, number, string]> {
	const chunks: Array<[number, number, string]> = [];
	let open: [number, number, string] | null = null;
	sentence.tags.forEach((tag, i) => {
		const start = starts[i] ?? 0;
		const end = start + (sentence.tokens[i]?.length ?? 0);
		const kind = tag.slice(2);
		if (open && (tag.startsWith('I-') && kind === open[2])) {
			open[1] = end;
			return;
		}
		if (open) chunks.push(open);
		open = tag === 'O' ? null : [start, end, kind];
	});
	if (open) chunks.push(open);
	return chunks;
}

/** Runs the run-time tokenizer over the sentence and gives each of its tokens the gold BIO tag. */
export function alignedExample(sentence: Sentence, language: string): { tokens: Token[]; tags: number[] } {
	const { text, starts } = sentenceText(sentence);
	const tokens = tokenize(text, language);
	const chunks = goldChunks(sentence, starts);
	const tags: number[] = [];
	let chunkIndex = 0;
	let lastChunk = -1;
	for (const token of tokens) {
		while (chunkIndex < chunks.length && (chunks[chunkIndex]?.[1] ?? 0) <= token.start) chunkIndex++;
		const chunk = chunks[chunkIndex];
		if (chunk && token.start >= chunk[0] && token.start < chunk[1]) {
			const prefix = lastChunk === chunkIndex ? 'I-' : 'B-';
			tags.push((TAGS as readonly string[]).indexOf(prefix + chunk[2]));
			lastChunk = chunkIndex;
		} else tags.push(0);
	}
	return { tokens, tags };
}
