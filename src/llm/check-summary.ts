/**
 * The check of an abstractive summary against its article: a sentence naming a person or a number the article does
 * not contain is refused. Pure. Conservative by design: a number written differently (3 vs "three") or a name the
 * model spelt differently counts as absent, because a wrong brief is worse than the extractive one.
 *
 * - Numbers compare by their digits, so "1,5" and "1.5", "2 000" and "2,000" match across languages.
 * - A person is a run of capitalised words that starts with a known given name or follows an honorific
 *   (the lexicons in src/briefs/lexicons, as data); every word of the run must occur in the article.
 * - When the abstract is in the article's own language (`strictNames`), every capitalised word not opening the
 *   sentence must occur in the article: in English, French or Spanish mid-sentence capitals are names, so this
 *   also catches a surname alone or a given name the lexicon lacks. Not for German, which capitalises every noun,
 *   nor across languages, where the names of places and bodies are translated ("European Commission").
 */
import { FIRST_NAMES } from '../briefs/lexicons/first-names.js';
import { ALL_LEXICONS } from '../briefs/lexicons/index.js';

export interface ArticleFacts {
	title: string;
	text: string;
	/** Names and aliases of the entities found in the article. */
	names: string[];
}

export type SentenceVerdict =
	| { sentence: string; ok: true }
	| { sentence: string; ok: false; reason: 'number' | 'person' | 'name'; evidence: string };

export interface CheckOptions {
	/** The abstract is in the article's language: refuse any mid-sentence capitalised word the article lacks. */
	strictNames?: boolean;
}

/** Languages whose ordinary nouns are capitalised: a capital says nothing about a name there. */
const CAPITALISES_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);

/** Whether `strictNames` applies to an abstract in `language` of an article in `articleLanguage`. */
export function strictNamesFor(language: string, articleLanguage: string): boolean {
	return language === articleLanguage && !CAPITALISES_NOUNS.has(language);
}

const NUMBER = /\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const HONORIFICS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.honorifics).map((h) => fold(h).replace(/\./g, '')));

export function checkSentences(sentences: string[], facts: ArticleFacts, options: CheckOptions = {}): SentenceVerdict[] {
	const source = [facts.title, facts.text, ...facts.names].join('\n');
	const numbers = new Set(numbersIn(source));
	const words = new Set(wordsIn(source).map(fold));
	return sentences.map((sentence) => {
		const number = numbersIn(sentence).find((n) => !numbers.has(n));
		if (number !== undefined) return { sentence, ok: false, reason: 'number', evidence: number };
		const person = personRuns(sentence).find((run) => run.some((w) => !words.has(fold(w))));
		if (person) return { sentence, ok: false, reason: 'person', evidence: person.join(' ') };
		const name = options.strictNames ? wordsIn(sentence).find((w, i) => i > 0 && isCapitalised(w) && !words.has(fold(w))) : undefined;
		if (name) return { sentence, ok: false, reason: 'name', evidence: name };
		return { sentence, ok: true };
	});
}

/** Digits only, per number: separators differ between languages, the digits do not. */
export function numbersIn(text: string): string[] {
	return [...text.matchAll(NUMBER)].map((m) => m[0].replace(/\D/g, '').replace(/^0+(?=\d)/, ''));
}

/** Runs of capitalised words that name a person: a given name first, or an honorific before. */
export function personRuns(sentence: string): string[][] {
	const tokens = wordsIn(sentence);
	const runs: string[][] = [];
	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i]!;
		const afterHonorific = i > 0 && HONORIFICS.has(fold(tokens[i - 1]!));
		if (!isCapitalised(word) || !(afterHonorific || FIRST_NAMES.has(fold(word)))) continue;
		const run = [word];
		while (i + 1 < tokens.length && isCapitalised(tokens[i + 1]!)) run.push(tokens[++i]!);
		// A lone given name opening a sentence may be an ordinary word ("Will", "Mark"); elsewhere its capital says name.
		if (run.length > 1 || afterHonorific || i - run.length + 1 > 0) runs.push(run);
	}
	return runs;
}

function wordsIn(text: string): string[] {
	return [...text.matchAll(WORD)].map((m) => m[0]);
}

function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

function fold(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']s$/, '');
}
