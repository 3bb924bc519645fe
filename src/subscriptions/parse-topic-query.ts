/**
 * Keyword topics: `electric cars, "battery plant" -Tesla`.
 * Commas separate alternatives (OR); within an alternative every word or quoted phrase must appear (AND);
 * `-word` or `-"a phrase"` anywhere excludes articles containing it. Words are folded (accents, case);
 * a word that folds into several (`covid-19`, `l'Oréal`) is matched as a phrase.
 */
import { splitWords } from './fold-text.js';

/** One word or phrase: its folded words, matched consecutively. */
export interface QueryTerm {
	words: string[];
	/** As the user wrote it, for the confirmation text. */
	text: string;
}

export interface TopicQuery {
	/** At least one alternative must match entirely. */
	alternatives: QueryTerm[][];
	/** None of these may appear. */
	exclusions: QueryTerm[];
}

export type ParseTopicQueryResult =
	| { status: 'ok'; query: TopicQuery }
	| { status: 'empty' }
	| { status: 'too-long'; max: number }
	| { status: 'only-exclusions' };

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 24;
const MAX_PHRASE_WORDS = 8;

/** Parses a keyword topic; never throws. */
export function parseTopicQuery(input: string): ParseTopicQueryResult {
	const trimmed = input.trim();
	if (trimmed.length > MAX_QUERY_LENGTH) return { status: 'too-long', max: MAX_QUERY_LENGTH };
	const alternatives: QueryTerm[][] = [];
	const exclusions: QueryTerm[] = [];
	let termCount = 0;
	for (const part of splitAlternatives(trimmed)) {
		const required: QueryTerm[] = [];
		for (const { text, negated } of splitTerms(part)) {
			const words = splitWords(text).slice(0, MAX_PHRASE_WORDS);
			if (words.length === 0 || termCount >= MAX_QUERY_TERMS) continue;
			termCount++;
			const term = { words, text: text.trim() };
			if (negated) exclusions.push(term);
			else required.push(term);
		}
		if (required.length > 0) alternatives.push(required);
	}
	if (alternatives.length === 0) return exclusions.length > 0 ? { status: 'only-exclusions' } : { status: 'empty' };
	return { status: 'ok', query: { alternatives, exclusions } };
}

/** A stable text form of a parsed query, for spotting duplicate subscriptions. */
export function canonicalQuery(query: TopicQuery): string {
	const alternatives = query.alternatives.map((terms) => terms.map((t) => t.words.join(' ')).sort().join(' + '));
	const exclusions = query.exclusions.map((t) => `-${t.words.join(' ')}`).sort();
	return [...[...new Set(alternatives)].sort(), ...exclusions].join(' | ');
}

/** Splits on commas outside quotes. */
function splitAlternatives(input: string): string[] {
	const parts: string[] = [];
	let current = '';
	let quoted = false;
	for (const char of input) {
		if (isQuote(char)) quoted = !quoted;
		if (char === ',' && !quoted) {
			parts.push(current);
			current = '';
		} else current += char;
	}
	parts.push(current);
	return parts;
}

/** Splits one alternative into words and quoted phrases, each possibly negated by a leading `-`. */
function splitTerms(part: string): Array<{ text: string; negated: boolean }> {
	const terms: Array<{ text: string; negated: boolean }> = [];
	const chars = [...part];
	let i = 0;
	while (i < chars.length) {
		while (i < chars.length && /\s/u.test(chars[i] ?? '')) i++;
		if (i >= chars.length) break;
		let negated = false;
		if (chars[i] === '-' && i + 1 < chars.length && !/\s/u.test(chars[i + 1] ?? '')) {
			negated = true;
			i++;
		}
		let text = '';
		if (isQuote(chars[i] ?? '')) {
			i++;
			while (i < chars.length && !isQuote(chars[i] ?? '')) text += chars[i++];
			i++;
		} else {
			while (i < chars.length && !/\s/u.test(chars[i] ?? '')) text += chars[i++];
		}
		terms.push({ text, negated });
	}
	return terms;
}

// Readers on phones and in French type curly quotes and guillemets as often as straight ones.
function isQuote(char: string): boolean {
	return char === '"' || char === '“' || char === '”' || char === '«' || char === '»' || char === '„';
}
