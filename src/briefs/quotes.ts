import type { Entity, Quote } from './types.js';
import { getLexicon, type Lexicon } from './lexicons/index.js';
import { createMentionIndex } from './mention-index.js';
import { findQuoteSpans } from './quote-spans.js';
import { splitIncises } from './quote-incises.js';
import { selectKeyQuotes } from './rank-quotes.js';
import { createParagraphBounds } from './speakers/frames.js';
import { speakingEntities } from './speakers/plausible.js';
import { decideSpeakers, speakerInstances, type SpeakerInstance, type SpeakerMode } from './speakers/decide.js';

const MIN_WORDS = 4;
const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** Titles ("The Lord of the Rings") and scare quotes are quoted without being anyone's words. */
function isTitleOrScare(text: string, before: string, lexicon: Lexicon): boolean {
	if (countWords(text) < MIN_WORDS) return true;
	const long = text.match(/\p{L}{4,}/gu) ?? [];
	const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
	if (long.length >= 3 && capitalised / long.length >= 0.75 && !/[.!?…]$/.test(text)) return true;
	const cue = new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.titleCues.join('|')})[\\s,:]*$`, 'iu');
	return cue.test(before.slice(-40)) && !/[.!?…]$/.test(text);
}


export interface ExtractQuotesOptions {
	/** The speaker model, or 'rules' for the rule baseline the evaluation compares against. */
	speakers?: SpeakerMode;
}

/** `speakers` are the entities that may speak: every one for the rule baseline, the plausible ones for the model. */
function prepare(text: string, language: string, entities: readonly Entity[], filter: boolean) {
	const lexicon = getLexicon(language);
	const all = splitIncises(text, findQuoteSpans(text), lexicon);
	// The parts of one quotation (cut by an incise) are judged together: "« Nous voterons contre, explique-t-il, parce que … »".
	const groupText = new Map<number, string>();
	for (const span of all) groupText.set(span.group, `${groupText.get(span.group) ?? ''} ${text.slice(span.start, span.end)}`.trim());
	const kept = all.filter((span) => !isTitleOrScare(groupText.get(span.group) ?? '', text.slice(Math.max(0, span.open - 40), span.open), lexicon));
	const speakers = filter ? speakingEntities(entities, text, lexicon) : entities;
	const context = { text, language, lexicon, entities: speakers, mentionIndex: createMentionIndex(speakers), bounds: createParagraphBounds(text) };
	return { all, kept, context };
}

/** Direct quotes of 4 words or more with their speakers; the up-to-3 key ones are marked. */
export function extractQuotes(text: string, language: string, entities: readonly Entity[] = [], options: ExtractQuotesOptions = {}): Quote[] {
	const { all, kept, context } = prepare(text, language, entities, options.speakers !== 'rules');
	const decisions = decideSpeakers(context, kept, all, options.speakers);
	const quotes: Quote[] = kept.map((span, i) => ({ text: text.slice(span.start, span.end), start: span.start, end: span.end, ...(decisions[i] ?? NO_SPEAKER), key: false }));
	selectKeyQuotes(quotes);
	return quotes;
}

/** The speaker model's input for each quote `extractQuotes` keeps: what `npm run train:quotes` learns from. */
export function extractSpeakerInstances(text: string, language: string, entities: readonly Entity[] = []): SpeakerInstance[] {
	const { all, kept, context } = prepare(text, language, entities, true);
	return speakerInstances(context, kept, all);
}

const NO_SPEAKER = { speaker: null, speakerText: null, speakerEntityId: null, cue: null, confidence: 0, attribution: 'none' } as const;
