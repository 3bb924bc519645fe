import { splitSentences } from '../articles/sentences.js';
import { ALL_LEXICONS } from './lexicons/index.js';

export interface Token {
	text: string;
	start: number;
	end: number;
	/** Starts with a capital letter (or is an acronym such as "AI", "U.S."). */
	capitalised: boolean;
	/** First word of its sentence, or of a heading-like line, where capitals say nothing about names. */
	initial: boolean;
	/** Inside a line written in Title Case (a headline): its capitals say nothing either. */
	titleLine: boolean;
	/** The characters between the previous token and this one. */
	gap: string;
}

// Words are letter/digit runs; inner hyphens, dots (U.S.), ampersands (AT&T) and "O'Brien"-style apostrophes stay inside.
const WORD = /\p{Lu}['’]\p{Lu}[\p{L}\p{M}\p{N}]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-&–]|\.(?=\p{L}\.))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
const CAPITAL = /^\p{Lu}/u;
const DOTTED: ReadonlySet<string> = new Set([
	...ALL_LEXICONS.flatMap((l) => l.honorifics).filter((h) => h.endsWith('.')),
	'Inc.',
	'Corp.',
	'Co.',
	'Ltd.',
	'Bros.',
]);

/** Splits text into word tokens with offsets, marking sentence-initial words. */
export function tokenize(text: string, language: string): Token[] {
	const sentenceStarts = splitSentences(text, language).map((s) => s.start);
	let nextSentence = 0;
	const titleLines = findTitleCaseLines(text);
	const tokens: Token[] = [];
	let previousEnd = 0;
	let sentenceOpen = true;
	for (const match of text.matchAll(WORD)) {
		let word = match[0];
		const start = match.index;
		// Keep the dot only on abbreviations (U.S., Mr.) so that "Reuters." is "Reuters".
		if (word.endsWith('.') && !/\p{L}\.\p{L}/u.test(word) && !/^\p{Lu}\.$/u.test(word) && !DOTTED.has(word)) {
			word = word.slice(0, -1);
		}
		const gap = text.slice(previousEnd, start);
		while (nextSentence < sentenceStarts.length && (sentenceStarts[nextSentence] ?? Infinity) <= start) {
			if ((sentenceStarts[nextSentence] ?? -1) >= previousEnd) sentenceOpen = true;
			nextSentence++;
		}
		const afterOpener = /[«“„‚‹「"(:—–]\s*$|^\s*[-–—]\s*$/.test(gap) || /\n/.test(gap);
		const end = start + word.length;
		tokens.push({
			text: word,
			start,
			end,
			capitalised: CAPITAL.test(word),
			initial: sentenceOpen || afterOpener || isInside(titleLines, start),
			titleLine: isInside(titleLines, start),
			gap,
		});
		sentenceOpen = false;
		previousEnd = end;
	}
	return tokens;
}

/** Lines written in Title Case (headlines), where every word is capitalised. */
function findTitleCaseLines(text: string): Array<[number, number]> {
	const lines: Array<[number, number]> = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
		// Headlines do not end with a full stop; German capitalises every noun, so a sentence is never a headline.
		if (words.length >= 3 && !/[.!?:;»”"]\s*$/.test(line) && words.filter((w) => CAPITAL.test(w)).length / words.length > 0.7) {
			lines.push([offset, offset + line.length]);
		}
		offset += line.length + 1;
	}
	return lines;
}

function isInside(ranges: Array<[number, number]>, position: number): boolean {
	return ranges.some(([a, b]) => position >= a && position < b);
}
