/**
 * The rule reading of each quote's source: the frame found around it, else the same quotation's other part, else the
 * paragraph's previous source. It is the baseline the evaluation measures the model against, and its choice is one
 * of the model's candidates (with the frame's kind as a feature), never the decision itself.
 */
import type { Entity } from '../types.js';
import { PLURAL_PRONOUNS, SINGULAR_PRONOUNS, type FrameKind } from '../attribution-patterns.js';
import type { Lexicon } from '../lexicons/index.js';
import type { MentionIndex } from '../mention-index.js';
import type { QuoteSpan } from '../quote-spans.js';
import { findAttribution, type ParagraphBounds } from './frames.js';
import { isProperName, resolveSpeaker } from './resolve.js';
import { getPronounGender, type Gender } from '../speaker-gender.js';
import { governedBefore } from './governed.js';



// A pronoun prefers the previous quote's speaker only while that quote is still close (a few sentences).
const PREFERRED_SPEAKER_GAP = 600;

// The paragraph's previous source carries over only a few sentences: pages flattened into one paragraph (as fr-dev's
// are, and many scraped pages) would otherwise hand one speaker every later quote of the article.
const MAX_CARRY_SENTENCES = 2;

/** Sentence ends in text[from, to) (a full stop, ! or ? before a space, or a line break). */
export function sentenceEnds(text: string, from: number, to: number): number {
	return text.slice(from, to).match(/[.!?…]["”»“]?\s+|\n/gu)?.length ?? 0;
}

/** Where a rule choice came from: its own frame, its quotation's other part, the paragraph's previous quote. */
export type RuleOrigin = 'frame' | 'group' | 'carried' | 'joined';

export interface RuleChoice {
	speakerText: string;
	speakerStart: number;
	cue: string | null;
	kind: FrameKind | null;
	origin: RuleOrigin;
	entity: Entity | null;
	/** The words, when they are a proper name the entity list missed. */
	named: string | null;
	pronoun: boolean;
}

export interface RuleContext {
	text: string;
	/** The article's language code, for per-language calibration. */
	language?: string;
	lexicon: Lexicon;
	entities: readonly Entity[];
	mentionIndex: MentionIndex;
	bounds: ParagraphBounds;
}

/** One rule choice (or null) per kept span, in order; `all` is every span found, so frames stop at the next quote. */
export function ruleChoices(context: RuleContext, kept: readonly QuoteSpan[], all: readonly QuoteSpan[]): Array<RuleChoice | null> {
	const { text, lexicon, entities, mentionIndex, bounds } = context;
	const choices: Array<RuleChoice | null> = [];
	const groupChoice = new Map<number, RuleChoice>();
	let carried = null as { paragraph: number; choice: RuleChoice; close: number } | null;
	let lastKept: QuoteSpan | undefined;
	const knownGenders = new Map<Entity, Gender>();
	const governed = governedBefore(lexicon);
	const isGoverned = (start: number): boolean => governed.test(text.slice(Math.max(0, start - 20), start));
	for (const span of kept) {
		const next = all[all.indexOf(span) + 1];
		const [paragraph] = bounds(span.open);
		const match = findAttribution(text, bounds, span, next, lastKept, lexicon, mentionIndex);
		let choice: RuleChoice | null = null;
		if (match) {
			// …unless another person became the subject in between ("Thomas Schmidt leitet … Er sagte: „…“").
			const since = lastKept?.close ?? 0;
			const carriedEntity = carried?.choice.entity ?? null;
			const intervening = mentionIndex.between(since, span.open).some((m) => m.entity.type === 'person' && m.entity !== carriedEntity && !isGoverned(m.start));
			const previousSpeaker = span.open - since < PREFERRED_SPEAKER_GAP && !intervening ? carriedEntity : null;
			const entity = resolveSpeaker(match, { text, entities, mentionIndex, lexicon }, span.start, { preferred: previousSpeaker, knownGenders, isGoverned });
			const lower = match.speakerText.toLowerCase();
			const pronoun = PLURAL_PRONOUNS.has(lower) || SINGULAR_PRONOUNS.has(lower);
			const named = !pronoun && isProperName(match.speakerText, lexicon) ? match.speakerText : null;
			const gender = pronoun ? getPronounGender(lower) : null;
			if (entity && gender && !knownGenders.has(entity)) knownGenders.set(entity, gender);
			choice = { speakerText: match.speakerText, speakerStart: match.speakerStart, cue: match.cue, kind: match.kind ?? null, origin: 'frame', entity, named, pronoun };
		} else {
			const group = groupChoice.get(span.group);
			if (group) choice = { ...group, origin: 'group' };
			else if (carried && carried.paragraph === paragraph && sentenceEnds(text, carried.close, span.open) <= MAX_CARRY_SENTENCES) choice = { ...carried.choice, origin: 'carried' };
		}
		if (choice) {
			groupChoice.set(span.group, choice);
			carried = { paragraph, choice, close: span.close };
		}
		choices.push(choice);
		lastKept = span;
	}
	// "“X,” he said, “Y.”": the first part takes the attribution found after it, and so does the second.
	for (let i = choices.length - 1; i > 0; i--) {
		const current = choices[i];
		const previousSpan = kept[i - 1];
		const currentSpan = kept[i];
		if (choices[i - 1] || !current || !previousSpan || !currentSpan) continue;
		const between = text.slice(previousSpan.end, currentSpan.start);
		if (previousSpan.group === currentSpan.group || (between.length < 120 && !/\n/.test(between))) choices[i - 1] = { ...current, origin: 'joined' };
	}
	return choices;
}
