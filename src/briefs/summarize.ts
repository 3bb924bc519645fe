import type { Article } from '../articles/types.js';
import type { SentenceSpan } from '../articles/sentences.js';
import { rankSentences } from './text-rank.js';

const MAX_SENTENCES = 3;
const MAX_CHARS = 600;
const MIN_WORDS = 8;
const LEAD_WINDOW = 12;

// "PARIS (Reuters) - ", "(CNN) -- ", "BERLIN, 3. März (dpa) – ", "MADRID, 5 (EFE).- ": the dateline before the news.
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(?:,\s*[\p{L}\d. ]{1,25})?\s*)?(?:\([\p{L}\p{N} .&-]{1,30}\)\s*)?(?:[-–—]{1,2}|\.-|:)\s+|^\(\p{Lu}[\p{L}.]{1,15}\)\s*(?=\p{Lu})/u;
const BYLINE = /^(?:by|par|von|por|de)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\b(?:\s*(?:[|,•·]|and|et|und|y)\s*.*)?$/iu;
const BYLINE_MARKERS = /\b(?:published|updated|last updated|mis à jour|publié le|aktualisiert|veröffentlicht|actualizado|publicado)\b/iu;
const CAPTION = /\b(?:photo|image|picture|pictured|file photo|getty|credit|scroll down|click here|foto|bild|imagen|crédit)\b\s*[:/©)]|©|\(photo|\bpictured\b/iu;
const QUOTE_OPEN = /^[«“„‚‹›»"‘「]/u;

function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Share of the sentence's letters inside quotation marks. */
function quotedShare(text: string): number {
	let inside = 0;
	for (const match of text.matchAll(/[«“„‚‹"‘「»]([^«»“”„"‘’「」]*)[»”“"’」«]/gu)) inside += match[1]?.length ?? 0;
	return inside / Math.max(1, text.length);
}

/** Whether the quote a sentence opens also closes in it; if not, the sentence is a piece of a longer quote. */
function hasClosingMark(text: string): boolean {
	return /[»”“"’」«]/u.test(text.slice(1));
}

/** Removes the dateline that starts a lead ("PARIS (Reuters) - "), which is not part of the news. */
export function stripDateline(sentence: string): string {
	const match = DATELINE.exec(sentence);
	if (!match || match[0].length > 60) return sentence;
	const rest = sentence.slice(match[0].length);
	return /^\p{Lu}|^[«“"„]/u.test(rest) ? rest : sentence;
}

/** Whether a sentence can stand in a lead summary. */
export function isUsableLeadSentence(text: string): boolean {
	if (countWords(text) < MIN_WORDS) return false;
	if (/\?\s*[»”"’]?$/.test(text)) return false;
	if (BYLINE.test(text) || BYLINE_MARKERS.test(text) || CAPTION.test(text)) return false;
	if (!/[.!…»”"’)]$/.test(text)) return false;
	if (QUOTE_OPEN.test(text) && (quotedShare(text) > 0.75 || !hasClosingMark(text))) return false;
	return true;
}

function headingRanges(article: Article): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	let cursor = 0;
	for (const paragraph of article.paragraphs) {
		const at = article.text.indexOf(paragraph.text, cursor);
		if (at < 0) continue;
		if (paragraph.kind === 'heading') ranges.push([at, at + paragraph.text.length]);
		cursor = at + paragraph.text.length;
	}
	return ranges;
}

/** One to three sentences, at most about 600 characters: the usable lead, or the central sentences when there is none. */
export function summarize(article: Article, sentences: readonly SentenceSpan[]): string[] {
	const headings = headingRanges(article);
	const body = sentences.filter((s) => !headings.some(([a, b]) => s.start >= a && s.end <= b));
	const summary: string[] = [];
	let chars = 0;
	for (const sentence of body.slice(0, LEAD_WINDOW)) {
		const text = stripDateline(sentence.text.replace(/\s+/g, ' ').trim());
		if (!isUsableLeadSentence(text)) continue;
		if (summary.length > 0 && chars + text.length > MAX_CHARS) break;
		summary.push(text);
		chars += text.length;
		if (summary.length >= MAX_SENTENCES) break;
	}
	if (summary.length > 0) return summary;
	const candidates = body.map((s) => s.text.replace(/\s+/g, ' ').trim()).filter((t) => countWords(t) >= MIN_WORDS);
	const pool = candidates.length > 0 ? candidates : body.map((s) => s.text);
	return rankSentences(pool, MAX_SENTENCES, MAX_CHARS);
}
