/**
 * Finds the spans of text between quotation marks, in every style news uses, across paragraphs when each new
 * paragraph reopens the quote without closing the previous one (the typographic convention).
 */

export interface QuoteSpan {
	/** Offsets of the content, without the marks and the spaces inside them. */
	start: number;
	end: number;
	/** Offsets of the opening and closing marks (for a multi-paragraph quote, of its first and last parts). */
	open: number;
	close: number;
	/** Index of the quotation this span belongs to: the parts of a multi-paragraph quote share it. */
	group: number;
}

const CLOSERS: Record<string, readonly string[]> = {
	'«': ['»'],
	'»': ['«'],
	'“': ['”', '“', '"'],
	// Some sources open with the closing mark ("”Fear. I am afraid…”").
	'”': ['”', '“'],
	'„': ['“', '”'],
	'‚': ['‘', '’'],
	'‹': ['›'],
	'›': ['‹'],
	'‘': ['’'],
	'「': ['」'],
	'『': ['』'],
	'"': ['"'],
};
const MAX_QUOTE_CHARS = 4_000;
const SPACE = /[\s\u00a0\u202f\u2009]/u;
const LETTER = /[\p{L}\p{N}]/u;

function isOpening(text: string, i: number): boolean {
	const mark = text[i] ?? '';
	const before = text[i - 1];
	const after = text[i + 1];
	if (after === undefined || after === '\n') return false;
	const boundaryBefore = before === undefined || SPACE.test(before) || /[([{—–\-/:;,«“„‚‹›»'"]/u.test(before);
	if (!boundaryBefore) return false;
	// French closing » is followed by a space or punctuation; a German opening » is followed by the word itself.
	if (mark === '»' || mark === '›' || mark === '”') return LETTER.test(after);
	if (mark === '‘' || mark === '"' || mark === '‚') return !SPACE.test(after);
	return true;
}

function isClosing(text: string, j: number, mark: string): boolean {
	const before = text[j - 1] ?? '';
	const after = text[j + 1];
	// An apostrophe sits between letters ("don’t", "l’écart").
	if ((mark === '’' || mark === '‘') && LETTER.test(before) && after !== undefined && LETTER.test(after)) return false;
	if (mark === '"' || mark === '’' || mark === '‘') return !SPACE.test(before) && (after === undefined || !LETTER.test(after));
	if (mark === '«' || mark === '‹') return !SPACE.test(before);
	return true;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
	while (start < end && SPACE.test(text[start] ?? '')) start++;
	while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
	// "“We will win,” he said": the comma belongs to the sentence around the quote.
	while (end > start && /[,;]/.test(text[end - 1] ?? '')) end--;
	while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
	return [start, end];
}

/** Sorted offsets of each quotation mark and of line breaks, so that finding the next one is a binary search. */
type MarkIndex = Map<string, number[]>;

function indexMarks(text: string): MarkIndex {
	const index: MarkIndex = new Map();
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? '';
		if (c === '\n' || c in CLOSERS || c === '”' || c === '’' || c === '»' || c === '«' || c === '‹' || c === '」' || c === '』') {
			const list = index.get(c) ?? [];
			list.push(i);
			index.set(c, list);
		}
	}
	return index;
}

function lowerIndex(positions: readonly number[], after: number): number {
	let low = 0;
	let high = positions.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((positions[middle] ?? 0) <= after) low = middle + 1;
		else high = middle;
	}
	return low;
}

function firstAfter(positions: readonly number[] | undefined, after: number): number {
	return positions ? (positions[lowerIndex(positions, after)] ?? Infinity) : Infinity;
}

const VALID = '\u0000valid:';

function validClosers(text: string, marks: MarkIndex, mark: string): number[] {
	const key = VALID + mark;
	let valid = marks.get(key);
	if (!valid) {
		valid = (marks.get(mark) ?? []).filter((position) => isClosing(text, position, mark));
		marks.set(key, valid);
	}
	return valid;
}

/** Finds a closing mark for the opener at `open`, or the spans of a quote that runs over several paragraphs. */
function findClose(text: string, marks: MarkIndex, open: number): Array<[number, number, number]> | null {
	const opener = text[open] ?? '';
	const closers = CLOSERS[opener] ?? [];
	const parts: Array<[number, number, number]> = [];
	let partStart = open + 1;
	let partOpen = open;
	const limit = Math.min(text.length, open + MAX_QUOTE_CHARS);
	let j = open;
	while (j < limit) {
		const lineBreak = firstAfter(marks.get('\n'), j);
		const end = Math.min(lineBreak, limit);
		// Whether a mark can close depends only on its neighbours, so the valid closers are indexed once per mark.
		const close = Math.min(...closers.map((c) => firstAfter(validClosers(text, marks, c), Math.max(j, partStart))));
		if (close < end) {
			parts.push([partOpen, partStart, close]);
			return parts;
		}
		if (lineBreak >= limit) return null;
		const next = /^\n[\s\u00a0]*\n[\s\u00a0]*/.exec(text.slice(lineBreak, lineBreak + 12));
		if (!next) return null;
		const reopen = lineBreak + next[0].length;
		if (text[reopen] !== opener) return null;
		parts.push([partOpen, partStart, lineBreak]);
		partOpen = reopen;
		partStart = reopen + 1;
		j = reopen;
	}
	return null;
}

/** Every quoted span in `text`, in order; nested quotes stay inside their outer quote. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	const marks = indexMarks(text);
	let group = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? '';
		if (!(c in CLOSERS) || !isOpening(text, i)) continue;
		const parts = findClose(text, marks, i);
		if (!parts) continue;
		const lastPart = parts[parts.length - 1];
		if (!lastPart) continue;
		for (const [open, start, end] of parts) {
			const [s, e] = trimSpan(text, start, end);
			if (e > s) spans.push({ start: s, end: e, open, close: end, group });
		}
		group++;
		i = lastPart[2];
	}
	return spans;
}
