/**
 * Sentence splitting: Intl.Segmenter, then a repair step for what UAX #29 gets wrong in news text.
 * Segmenter splits after every "Dr." or "M." followed by a capital, and leaves a closing quotation mark at the start
 * of the next sentence when it follows the full stop ("… logiciel. » Il a …").
 */

export interface SentenceSpan {
	text: string;
	/** UTF-16 offsets into the input, end-exclusive; `text === input.slice(start, end)`. */
	start: number;
	end: number;
}

// Abbreviations after which a full stop does not end a sentence, as data per language (lower-cased, without the dot).
const ABBREVIATIONS: Record<string, readonly string[]> = {
	en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'ave', 'blvd', 'mass', 'calif', 'fla', 'ill', 'pa', 'va', 'wash'],
	fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'cf', 'etc', 'env', 'p', 'pp', 'vol', 'n', 'no', 'av', 'apr', 'j.-c', 'c.-à-d', 'bd', 'éd'],
	de: ['z', 'b', 'z.b', 'd.h', 'u.a', 'usw', 'bzw', 'ca', 'dr', 'prof', 'nr', 'hr', 'fr', 'str', 'jan', 'feb', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'evtl', 'ggf', 'inkl', 'vgl', 'bspw', 'mio', 'mrd', 'st', 'abs', 'geb', 'gest', 'v', 'chr'],
	es: ['sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'lic', 'ing', 'prof', 'ud', 'uds', 'etc', 'pág', 'núm', 'no', 'ene', 'feb', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic', 'ee.uu', 'av', 'avda', 'cía', 'gral'],
};

const TAIL_CHARS = 48;
const ALL_ABBREVIATIONS = new Set(Object.values(ABBREVIATIONS).flat());
const CLOSING_MARKS = new Set(['»', '”', '"', '’', '“', '«', '›', '‹', '」', ')']);
const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(language: string): Intl.Segmenter {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		try {
			segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
		} catch {
			segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
		}
		segmenters.set(language, segmenter);
	}
	return segmenter;
}

function isAbbreviationEnd(piece: string, language: string): boolean {
	const match = /([\p{L}.-]+)\.\s*$/u.exec(piece);
	if (!match?.[1]) return false;
	const word = match[1];
	// A single capital ("J.") is an initial; German "z. B." ends on a single lower-case letter too.
	if (/^\p{Lu}$/u.test(word)) return true;
	const lower = word.toLowerCase();
	const own = ABBREVIATIONS[language.slice(0, 2)] ?? ABBREVIATIONS.en ?? [];
	return own.includes(lower) || (ALL_ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(word));
}

// Intl.Segmenter slows down more than linearly on long strings, so it is fed one paragraph at a time, and long
// paragraphs in pieces cut after a full stop.
const CHUNK_CHARS = 4_000;

function chunkText(text: string): Array<[number, number]> {
	const chunks: Array<[number, number]> = [];
	let start = 0;
	while (start < text.length) {
		const lineEnd = text.indexOf('\n', start);
		let end = lineEnd === -1 ? text.length : lineEnd + 1;
		if (end - start > CHUNK_CHARS) {
			const window = text.slice(start, start + CHUNK_CHARS);
			const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
			end = start + (cut > CHUNK_CHARS / 2 ? cut + 2 : CHUNK_CHARS);
		}
		chunks.push([start, end]);
		start = end;
	}
	return chunks;
}

/** Splits `text` into sentences with offsets; paragraphs (blank lines) always end a sentence. */
export function splitSentences(text: string, language: string): SentenceSpan[] {
	const raw: Array<{ start: number; end: number }> = [];
	const segmenter = getSegmenter(language || 'en');
	for (const [chunkStart, chunkEnd] of chunkText(text)) {
		for (const segment of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
			raw.push({ start: chunkStart + segment.index, end: chunkStart + segment.index + segment.segment.length });
		}
	}
	const merged: Array<{ start: number; end: number }> = [];
	for (const piece of raw) {
		const previous = merged[merged.length - 1];
		if (previous) {
			// Only the tail matters, and looking at it alone keeps long merged runs linear.
			const previousText = text.slice(Math.max(previous.start, previous.end - TAIL_CHARS), previous.end);
			if (!/\n\s*$/.test(previousText) && isAbbreviationEnd(previousText, language)) {
				previous.end = piece.end;
				continue;
			}
			// Closing quotation marks that start this piece belong to the previous sentence.
			let cut = piece.start;
			while (cut < piece.end && (text[cut] === ' ' || text[cut] === '\u00a0' || text[cut] === '\u202f' || CLOSING_MARKS.has(text[cut] ?? ''))) {
				cut++;
			}
			const moved = text.slice(piece.start, cut);
			// A straight quote or a German » glued to the next word opens the next sentence instead.
			const opensNext = /[\p{L}\p{N}]/u.test(text[cut] ?? '') && /["»›’]$/.test(moved.trimEnd()) && moved.trimEnd() === moved;
			if (!opensNext && !/\n/.test(previousText.slice(-1)) && /[»”"’›」)]/.test(moved) && !/[«“‹「(]/.test(moved)) {
				previous.end = cut;
				if (cut >= piece.end) continue;
				merged.push({ start: cut, end: piece.end });
				continue;
			}
		}
		merged.push({ ...piece });
	}
	const sentences: SentenceSpan[] = [];
	for (const span of merged) {
		let { start, end } = span;
		while (start < end && /\s/.test(text[start] ?? '')) start++;
		while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
		if (end > start) sentences.push({ text: text.slice(start, end), start, end });
	}
	return sentences;
}
