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
	'“': ['”', '“'],
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
	if (mark === '»' || mark === '›') return LETTER.test(after);
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

/** Finds a closing mark for the opener at `open`, or the spans of a quote that runs over several paragraphs. */
function findClose(text: string, open: number): Array<[number, number, number]> | null {
	const opener = text[open] ?? '';
	const closers = CLOSERS[opener] ?? [];
	const parts: Array<[number, number, number]> = [];
	let partStart = open + 1;
	let partOpen = open;
	const limit = Math.min(text.length, open + MAX_QUOTE_CHARS);
	for (let j = open + 1; j < limit; j++) {
		const c = text[j] ?? '';
		if (c === '\n') {
			const next = /^\n[\s\u00a0]*\n[\s\u00a0]*/.exec(text.slice(j, j + 12));
			if (!next) return null;
			const reopen = j + next[0].length;
			if (text[reopen] !== opener) return null;
			parts.push([partOpen, partStart, j]);
			partOpen = reopen;
			partStart = reopen + 1;
			j = reopen;
			continue;
		}
		if (closers.includes(c) && j > partStart && isClosing(text, j, c)) {
			parts.push([partOpen, partStart, j]);
			return parts.map(([o, s, e], index) => [o, s, index === parts.length - 1 ? e : e] as [number, number, number]);
		}
	}
	return null;
}

/** Every quoted span in `text`, in order; nested quotes stay inside their outer quote. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let group = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? '';
		if (!(c in CLOSERS) || !isOpening(text, i)) continue;
		const parts = findClose(text, i);
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
