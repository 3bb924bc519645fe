/**
 * Attribution frames: the rule patterns that find where a quote's source is written (", said Smith", "Smith:",
 * "Selon X,", "a-t-il ajouté"), each named by its kind. The speaker model reads a frame as one piece of evidence
 * among others; it does not decide alone.
 */
import { ALL_LEXICONS, type Lexicon } from '../lexicons/index.js';
import { alternation } from '../lexicon-patterns.js';
import { getAttributionPatterns, type AttributionMatch, type AttributionPatterns, PLURAL_PRONOUNS, SINGULAR_PRONOUNS } from '../attribution-patterns.js';
import type { MentionIndex } from '../mention-index.js';
import type { QuoteSpan } from '../quote-spans.js';
import { findSubjectBeforeCue } from '../sentence-subject.js';

const AFTER_WINDOW = 160;
const BEFORE_WINDOW = 240;

export type ParagraphBounds = (position: number) => [number, number];

/** The paragraph (line) around any offset, by binary search over line starts found once. */
export function createParagraphBounds(text: string): ParagraphBounds {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (position) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >>> 1;
			if ((starts[middle] ?? 0) <= position) low = middle;
			else high = middle - 1;
		}
		const next = starts[low + 1];
		return [starts[low] ?? 0, next === undefined ? text.length : next - 1];
	};
}

/** The sentence text around a quote: up to the end of its sentence after it, from the start of its sentence before it. */
function afterText(text: string, bounds: ParagraphBounds, close: number, nextOpen: number): string {
	const [, paragraphEnd] = bounds(close);
	return text.slice(close + 1, Math.min(paragraphEnd, nextOpen, close + 1 + AFTER_WINDOW));
}

// A full stop ends a sentence unless it closes an abbreviation or an initial ("Mr. Obama", "John F. Kennedy", "U.N.").
export const SENTENCE_BREAK = /(?<![.]\p{Lu}|(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Prof|Jr|Sr|Sra|Dra|Mme|Mlle|Pr|No|Nr|vs|Inc|Corp|Co|Ltd))[.?!](?= )/gu;

function beforeText(text: string, bounds: ParagraphBounds, open: number, previousClose: number): string {
	const [paragraphStart] = bounds(open);
	const from = Math.max(paragraphStart, previousClose + 1, open - BEFORE_WINDOW);
	const slice = text.slice(from, open);
	let sentenceEnd = -1;
	for (const match of slice.matchAll(SENTENCE_BREAK)) sentenceEnd = match.index;
	return sentenceEnd >= 0 && !/:\s*$/.test(slice.slice(sentenceEnd)) ? slice.slice(sentenceEnd + 2) : slice;
}

function findAfterAttribution(after: string, afterStart: number, patterns: AttributionPatterns): AttributionMatch | null {
	const speakerFirst = patterns.speakerThenCue.exec(after);
	const cueFirst = patterns.cueThenSpeaker.exec(after);
	const speakerFirstCueAt = speakerFirst ? speakerFirst.index + speakerFirst[0].length - (speakerFirst[2]?.length ?? 0) : Infinity;
	const cueFirstAt = cueFirst ? cueFirst.index + cueFirst[0].indexOf(cueFirst[1] ?? '') : Infinity;
	// "“…,” when Clinton blasted him": a subordinate clause after the quote is another event, not the attribution.
	if (speakerFirst?.[1] && speakerFirst[2] && speakerFirstCueAt < cueFirstAt && !SUBORDINATOR.test(speakerFirst[1].replace(/^[\s,—–-]+/, ''))) {
		let speakerText = speakerFirst[1].replace(/[\s,]+$/, '');
		// "…to blame them, she said": a clause that starts in lower case is the quote's context, not its source.
		if (/^\p{Ll}/u.test(speakerText) && speakerText.includes(',')) speakerText = speakerText.slice(speakerText.lastIndexOf(',') + 1).trim();
		return { speakerText, speakerStart: afterStart + after.indexOf(speakerText, speakerFirst.index), cue: speakerFirst[2], kind: 'cue-after' };
	}
	if (cueFirst?.[1] && cueFirst[2]) {
		const kind = patterns.sourcePreposition.test(cueFirst[1]) ? 'according-to' : 'cue-inverted';
		return { speakerText: cueFirst[2], speakerStart: afterStart + cueFirst[0].length - cueFirst[2].length, cue: cueFirst[1], kind };
	}
	const dash = patterns.dashName.exec(after);
	if (dash?.[1]) return { speakerText: dash[1], speakerStart: afterStart + dash[0].length - dash[1].length, cue: null, kind: 'dash' };
	const inverted = patterns.inverted.exec(after);
	if (inverted?.[1] && inverted[2]) {
		return { speakerText: inverted[2], speakerStart: afterStart + inverted[0].indexOf(inverted[2]), cue: inverted[1], kind: 'cue-inverted' };
	}
	return null;
}

function findBeforeAttribution(before: string, beforeStart: number, patterns: AttributionPatterns, lexicon: Lexicon, mentionIndex: MentionIndex): AttributionMatch | null {
	for (const pattern of [patterns.speakerCueBefore, patterns.prepositionBefore]) {
		const match = pattern.exec(before);
		if (match?.[1] && match[2]) {
			const speakerIsFirst = pattern === patterns.speakerCueBefore;
			const speakerText = speakerIsFirst ? match[1] : match[2];
			const cue = speakerIsFirst ? match[2] : match[1];
			return { speakerText, speakerStart: beforeStart + before.indexOf(speakerText, match.index), cue, kind: speakerIsFirst ? 'cue-before' : 'according-to' };
		}
	}
	const colon = patterns.colonBefore.exec(before);
	if (colon?.[1]) return { speakerText: colon[1], speakerStart: beforeStart + before.lastIndexOf(colon[1]), cue: ':', kind: 'colon-before' };
	const subject = findSubjectBeforeCue(before, beforeStart, mentionIndex, patterns.cueAnywhere, lexicon.stopwords);
	if (subject) return { ...subject, kind: 'cue-subject' };
	let inSentence: RegExpExecArray | null = null;
	patterns.speakerCueInSentence.lastIndex = 0;
	for (const match of before.matchAll(patterns.speakerCueInSentence)) inSentence = match;
	if (inSentence?.[1] && inSentence[2]) {
		return { speakerText: inSentence[1], speakerStart: beforeStart + before.indexOf(inSentence[1], inSentence.index), cue: inSentence[2], kind: 'cue-in-sentence' };
	}
	return null;
}

/** "…, Schiff said. “The other factor is …”": a quote that opens a sentence after one that ends on its source. */
function findPreviousSentenceSource(text: string, bounds: ParagraphBounds, open: number, limit: number, patterns: AttributionPatterns): AttributionMatch | null {
	const [paragraphStart] = bounds(open);
	const from = Math.max(paragraphStart, limit + 1, open - BEFORE_WINDOW);
	const previous = text.slice(from, open).replace(/\s+$/, '');
	if (!/[^.]\.$/.test(previous)) return null;
	let sentenceStart = 0;
	for (const match of previous.slice(0, -1).matchAll(SENTENCE_BREAK)) sentenceStart = match.index + 2;
	const sentence = previous.slice(sentenceStart, -1);
	const match = patterns.speakerCueBefore.exec(sentence);
	if (!match?.[1] || !match[2] || match.index + match[0].length < sentence.length) return null;
	return { speakerText: match[1], speakerStart: from + sentenceStart + sentence.indexOf(match[1], match.index), cue: match[2], kind: 'previous-sentence' };
}

function findRawAttribution(text: string, bounds: ParagraphBounds, span: QuoteSpan, next: QuoteSpan | undefined, previous: QuoteSpan | undefined, lexicon: Lexicon, mentionIndex: MentionIndex): AttributionMatch | null {
	const patterns = getAttributionPatterns(lexicon);
	const afterStart = span.close + 1;
	const after = afterText(text, bounds, span.close, next && next.group !== span.group ? next.open : Infinity);
	const beforeStartLimit = previous && previous.group !== span.group ? previous.close : -1;
	const before = beforeText(text, bounds, span.open, beforeStartLimit);
	const beforeStart = span.open - before.length;
	// "Clinton says Trump’s “… even for him.” She says …": after a quote that ends its sentence, a new sentence begins,
	// so the source named before the quote comes first.
	const endsSentence = /[.!?…]$/.test(text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(after);
	if (endsSentence && /\p{L}/u.test(before)) {
		const found = findBeforeAttribution(before, beforeStart, patterns, lexicon, mentionIndex);
		if (found) return found;
	}
	const found = findAfterAttribution(after, afterStart, patterns) ?? findBeforeAttribution(before, beforeStart, patterns, lexicon, mentionIndex);
	if (found) return found;
	return /\p{L}/u.test(before) ? null : findPreviousSentenceSource(text, bounds, span.open, beforeStartLimit, patterns);
}

// The word lists of every language at once: a quote's language is not always the article's, and the lists do not clash.
const anyLanguage = (pick: (lexicon: Lexicon) => string[] | undefined): string => alternation(ALL_LEXICONS.flatMap((l) => pick(l) ?? []));
const SUBORDINATOR = new RegExp(`^(?:${anyLanguage((l) => l.subordinators)})\\s`, 'iu');

// Words that glue a source phrase to the clause before it ("but he said", "To which she replied").
const LEADING_GLUE = new RegExp(`^(?:(?:${anyLanguage((l) => l.clauseGlue)})\\s+)+`, 'iu');
const NP_CLAUSE = new RegExp(`(?<![\\p{L}])(?:${anyLanguage((l) => l.clauseWords)})(?![\\p{L}])`, 'iu');
const TRAILING_CONJUNCTION = new RegExp(`^(?:${anyLanguage((l) => l.conjunctions)})$`, 'iu');
const TRAILING_ADVERB = new RegExp(`\\s+(?:${anyLanguage((l) => l.trailingAdverbs)})$`, 'iu');

const CUE_ARTICLE = /\s(der|die|das|dem|den)$/u;

/** Trims glue words from a source phrase; none is left when only function words remain. */
function cleanAttribution(raw: AttributionMatch | null, lexicon: Lexicon): AttributionMatch | null {
	if (!raw) return null;
	let match = raw;
	// "sagte der Zeitung" is a cue, but in "sagte der Sprecher" the article belongs to the source.
	const article = match.cue ? CUE_ARTICLE.exec(match.cue) : null;
	if (article?.[1] && match.cue && lexicon.roleNouns.includes(match.speakerText.toLowerCase())) {
		const words = `${article[1]} ${match.speakerText}`;
		match = { speakerText: words, speakerStart: match.speakerStart - article[1].length - 1, cue: match.cue.slice(0, article.index) };
	}
	const glue = LEADING_GLUE.exec(match.speakerText)?.[0] ?? '';
	const speakerText = match.speakerText.slice(glue.length).replace(TRAILING_ADVERB, '');
	const words = speakerText.match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length === 0) return null;
	const only = words[0]?.toLowerCase() ?? '';
	if (words.length === 1 && !SINGULAR_PRONOUNS.has(only) && !PLURAL_PRONOUNS.has(only) && (lexicon.stopwords.includes(only) || /^\p{Ll}/u.test(speakerText))) {
		return null;
	}
	// A common-noun phrase that holds a clause ("a deterrence to what it") or ends in an adverb ("a swiftly") is no source.
	// "his cybersecurity plan and vowed": a phrase that ends in a conjunction is an object, the subject is elsewhere.
	const last = words[words.length - 1] ?? '';
	if (/^\p{Ll}/u.test(speakerText) && words.length > 1 && (NP_CLAUSE.test(speakerText) || /ly$/u.test(last) || TRAILING_CONJUNCTION.test(last))) return null;
	return { ...match, speakerText, speakerStart: match.speakerStart + glue.length };
}

export function findAttribution(
	text: string,
	bounds: ParagraphBounds,
	span: QuoteSpan,
	next: QuoteSpan | undefined,
	previous: QuoteSpan | undefined,
	lexicon: Lexicon,
	mentionIndex: MentionIndex,
): AttributionMatch | null {
	return cleanAttribution(findRawAttribution(text, bounds, span, next, previous, lexicon, mentionIndex), lexicon);
}
