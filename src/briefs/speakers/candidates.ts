/**
 * Candidates and their features: every person or organisation named around a quote (its sentence, the ones before
 * and after, the paragraph before when the quote opens its paragraph), the rule frame's source (a name, pronoun or
 * role description, resolved), and the previous quote's source. Features are binary and language-independent; the
 * words they test (cue verbs, source prepositions, governing prepositions) come from the lexicons.
 * The training script calls exactly this code, so what the model learned is what runs.
 */
import type { Entity } from '../types.js';
import { getPronounGender, inferGender } from '../speaker-gender.js';
import { alternation } from '../lexicon-patterns.js';
import { getAttributionPatterns } from '../attribution-patterns.js';
import type { Lexicon } from '../lexicons/index.js';
import type { IndexedMention } from '../mention-index.js';
import type { QuoteSpan } from '../quote-spans.js';
import { sentenceEnds, type RuleChoice, type RuleContext } from './rules.js';
import { entityFeatures } from './plausible.js';

/** The evidence kind a quote's `attribution` names. */
export type Attribution = NonNullable<RuleChoice['kind']> | 'pronoun' | 'role' | 'previous-quote' | 'nearby' | 'none';

export interface SpeakerCandidate {
	entity: Entity | null;
	/** The words naming the source in the article. */
	speakerText: string;
	speakerStart: number;
	cue: string | null;
	attribution: Attribution;
	/** Whether the words are a proper name (an entity, or a name the entity list missed). */
	named: string | null;
	features: string[];
	/** Every span that stands for this candidate near the quote (for training labels). */
	spans: Array<[number, number]>;
}

const BEFORE = 400;
const AFTER = 250;
const SENTENCE_END = /[.!?…]["”»“]?\s+["“„«]?\p{Lu}/u;

function bucket(value: number, edges: readonly number[]): string {
	const index = edges.findIndex((edge) => value <= edge);
	return index === -1 ? `>${edges[edges.length - 1]}` : `<=${edges[index]}`;
}

const appositionCache = new WeakMap<LexiconRegexes, RegExp>();
function APPOSITION_THEN_CUE(regexes: LexiconRegexes): RegExp {
	let pattern = appositionCache.get(regexes);
	if (!pattern) {
		pattern = new RegExp(`^\\s*,[^,.!?;:«»“”„"]{3,70},\\s*(?:${regexes.cue.source})`, 'u');
		appositionCache.set(regexes, pattern);
	}
	return pattern;
}

interface LexiconRegexes {
	cue: RegExp;
	prepositionEnd: RegExp;
	governedEnd: RegExp;
	articleEnd: RegExp;
}

const regexCache = new WeakMap<Lexicon, LexiconRegexes>();

function lexiconRegexes(lexicon: Lexicon): LexiconRegexes {
	const cached = regexCache.get(lexicon);
	if (cached) return cached;
	const patterns = getAttributionPatterns(lexicon);
	const governing = lexicon.governingPrepositions ?? [];
	const made: LexiconRegexes = {
		cue: new RegExp(patterns.cueAnywhere.source, 'u'),
		prepositionEnd: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.sourcePrepositions)})\\s*$`, 'iu'),
		articleEnd: lexicon.articles?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.articles)})\\s*$`, 'iu') : /$^/u,
		governedEnd: governing.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(governing)})\\s*$`, 'iu') : /$^/u,
	};
	regexCache.set(lexicon, made);
	return made;
}

function ruleType(choice: RuleChoice): string {
	const lower = choice.speakerText.toLowerCase();
	if (choice.pronoun) return getPronounGender(lower) ? (choice.entity ? 'pronoun-resolved' : 'pronoun-open') : 'plural';
	if (choice.entity) {
		const inside = choice.entity.mentions.some((m) => m.start >= choice.speakerStart && m.end <= choice.speakerStart + choice.speakerText.length);
		return inside ? choice.entity.type : 'role-resolved';
	}
	return choice.named ? 'named' : 'common';
}

function ruleAttribution(choice: RuleChoice, type: string): Attribution {
	if (choice.origin === 'carried') return 'previous-quote';
	if (type.startsWith('pronoun')) return 'pronoun';
	if (type === 'role-resolved' || (type === 'common' && choice.kind !== 'according-to')) return 'role';
	return choice.kind ?? 'nearby';
}

function ruleFeatures(choice: RuleChoice, type: string, context: RuleContext): string[] {
	const kind = choice.kind ?? 'none';
	const features = ['rule', `rule:kind:${kind}`, `rule:origin:${choice.origin}`, `rule:type:${type}`, `rule:kind:${kind}|type:${type}`, `rule:origin:${choice.origin}|type:${type}`];
	if (choice.pronoun && choice.entity) {
		const wanted = getPronounGender(choice.speakerText);
		const gender = inferGender(choice.entity, context.text);
		features.push(`pronoun:gender:${!gender ? 'unknown' : gender === wanted ? 'agree' : 'disagree'}`);
		// Other people the pronoun could stand for: the more there are, the less sure the resolution.
		const rivals = new Set<Entity>();
		for (const m of context.mentionIndex.between(Math.max(0, choice.speakerStart - 700), choice.speakerStart)) {
			if (m.entity.type !== 'person' || m.entity === choice.entity) continue;
			const other = inferGender(m.entity, context.text);
			if (!other || other === wanted) rivals.add(m.entity);
		}
		features.push(`pronoun:rivals:${bucket(rivals.size, [0, 1, 2])}`);
		const latest = context.mentionIndex.between(Math.max(0, choice.speakerStart - 700), choice.speakerStart).filter((m) => m.entity === choice.entity).pop();
		if (!latest) features.push('pronoun:antecedent:far');
	}
	return features;
}

/** Features of one named mention relative to the quote it may have said. */
function mentionFeatures(mention: IndexedMention, span: QuoteSpan, context: RuleContext, others: readonly IndexedMention[]): string[] {
	const { text, lexicon } = context;
	const regexes = lexiconRegexes(lexicon);
	const before = mention.end <= span.open;
	const side = before ? 'before' : 'after';
	const between = before ? text.slice(mention.end, span.open) : text.slice(span.close + 1, mention.start);
	const distance = between.length;
	const features = [`side:${side}`, `dist:${side}:${bucket(distance, [3, 20, 60, 150, 300])}`, `type:${mention.entity.type}`];
	if (/\n/.test(between)) features.push('otherParagraph');
	else if (SENTENCE_END.test(between)) features.push(`otherSentence:${side}`);
	else features.push(`sameSentence:${side}`);
	const rightAfter = text.slice(mention.end, mention.end + 30);
	const rightBefore = text.slice(Math.max(0, mention.start - 30), mention.start);
	if (regexes.cue.test(rightAfter.split(/[.!?]\s/u)[0] ?? '')) features.push(`cueNext:${side}`);
	if (regexes.cue.test(rightBefore.split(/[.!?]\s/u).pop() ?? '')) features.push(`cuePrev:${side}`);
	if (before && /^\s*:\s*$/u.test(between)) features.push('colonThenQuote');
	if (/^\s*,/u.test(rightAfter)) features.push('commaNext');
	if (/^['’]s?(?![\p{L}])/u.test(rightAfter)) features.push('possessive');
	// "Ana Ruiz, head of operations at Marlow Freight, said": the name before an apposition is the cue's subject.
	if (APPOSITION_THEN_CUE(regexes).test(text.slice(mention.end, mention.end + 90))) features.push(`appositionThenCue:${side}`);
	if (regexes.prepositionEnd.test(rightBefore)) features.push('sourcePreposition');
	else if (regexes.governedEnd.test(rightBefore)) features.push(`governed:${side}`);
	if (/(?:^|[.!?]\s+|\n)\s*$/u.test(rightBefore)) features.push('sentenceStart');
	// "Le Parisien", "la République": a name after an article is a title or a thing more often than a speaker.
	if (regexes.articleEnd.test(rightBefore)) features.push(`articleBefore|type:${mention.entity.type}`);
	const inBetween = others.filter((o) => o.entity !== mention.entity && (before ? o.start >= mention.end && o.end <= span.open : o.start > span.close && o.end <= mention.start)).length;
	features.push(`mentionsBetween:${side}:${bucket(inBetween, [0, 1])}`);
	features.push(`salience:${bucket(mention.entity.mentions.length, [1, 3])}`);
	return features;
}

export interface CandidateInput {
	span: QuoteSpan;
	/** The rule choice for this quote, and for the quote kept before it. */
	choice: RuleChoice | null;
	previousChoice: RuleChoice | null;
	/** The quote kept before this one. */
	previousSpan?: QuoteSpan | undefined;
	/** All quote spans, so that names inside quotes are not taken as sources. */
	spans: readonly QuoteSpan[];
}

function insideQuote(mention: IndexedMention, spans: readonly QuoteSpan[]): boolean {
	return spans.some((s) => mention.start >= s.start && mention.end <= s.end);
}

/**
 * Features of source words that name no entity ("a spokesman", "Als Antwort auf den Brief", "Likewise"): their length,
 * whether they open with a function word, and how many of their words are lower-case, so that a phrase the frame
 * caught by mistake weighs less than a short description.
 */
function phraseFeatures(speakerText: string, lexicon: Lexicon): string[] {
	const words = speakerText.split(/\s+/u).filter(Boolean);
	const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
	const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !lexicon.stopwords.includes(w.toLowerCase())).length;
	const features = [`words:${bucket(words.length, [1, 3, 5])}`, `lowerWords:${bucket(lower, [0, 1, 2])}`];
	if (words.length > 1 && lexicon.stopwords.includes(first) && !(lexicon.articles ?? []).includes(first)) features.push('opensWithFunctionWord');
	return features;
}

/** The candidates of one quote; the caller adds the "nobody" option. */
export function buildCandidates(input: CandidateInput, context: RuleContext): SpeakerCandidate[] {
	const { span, choice, previousChoice, previousSpan, spans } = input;
	const { text, bounds, mentionIndex } = context;
	const [paragraphStart, paragraphEnd] = bounds(span.open);
	const opensParagraph = !/\S/u.test(text.slice(paragraphStart, span.open));
	const from = Math.max(opensParagraph && paragraphStart > 0 ? bounds(paragraphStart - 1)[0] : paragraphStart, span.open - BEFORE);
	const [, closeParagraphEnd] = bounds(span.close);
	const to = Math.min(Math.max(paragraphEnd, closeParagraphEnd), span.close + AFTER);
	const mentions = mentionIndex.between(from, to).filter((m) => !(m.start >= span.open && m.end <= span.close + 1) && !insideQuote(m, spans));
	const byEntity = new Map<Entity | string, SpeakerCandidate>();
	const context2 = opensParagraph ? ['opensParagraph'] : [];
	if (choice) {
		const type = ruleType(choice);
		const candidate: SpeakerCandidate = {
			entity: choice.entity,
			speakerText: choice.speakerText,
			speakerStart: choice.speakerStart,
			cue: choice.cue,
			attribution: ruleAttribution(choice, type),
			named: choice.entity?.name ?? choice.named,
			features: [...ruleFeatures(choice, type, context), ...context2],
			spans: [[choice.speakerStart, choice.speakerStart + choice.speakerText.length]],
		};
		byEntity.set(choice.entity ?? 'rule', candidate);
	}
	const distanceTo = (m: IndexedMention): number => (m.end <= span.open ? span.open - m.end : m.start - span.close);
	const nearestFirst = [...mentions].sort((a, b) => distanceTo(a) - distanceTo(b) || a.start - b.start);
	for (const mention of nearestFirst) {
		const existing = byEntity.get(mention.entity);
		if (existing) {
			existing.spans.push([mention.start, mention.end]);
			if (!existing.features.some((f) => f.startsWith('side:'))) existing.features.push(...mentionFeatures(mention, span, context, mentions));
			continue;
		}
		const features = mentionFeatures(mention, span, context, mentions);
		const attribution: Attribution = features.includes('colonThenQuote') ? 'colon-before' : features.includes('sourcePreposition') ? 'according-to' : features.some((f) => f.startsWith('appositionThenCue') || f.startsWith('cueNext')) ? 'cue-subject' : 'nearby';
		byEntity.set(mention.entity, {
			entity: mention.entity,
			speakerText: mention.text,
			speakerStart: mention.start,
			cue: null,
			attribution,
			named: mention.entity.name,
			features: ['mention', ...features, ...context2],
			spans: [[mention.start, mention.end]],
		});
	}
	const previous = previousChoice?.entity;
	// How far back the previous quote is, in sentences: the further, the less its speaker is still talking.
	const gap = previousSpan ? `previousGap:${bucket(sentenceEnds(text, previousSpan.close, span.open), [0, 1, 3])}` : 'previousGap:none';
	if (previous) {
		const existing = byEntity.get(previous);
		if (existing) existing.features.push('previousSpeaker', gap, ...(opensParagraph ? ['previousSpeaker|opensParagraph'] : []));
		else {
			byEntity.set(previous, {
				entity: previous,
				speakerText: previousChoice.speakerText,
				speakerStart: previousChoice.speakerStart,
				cue: previousChoice.cue,
				attribution: 'previous-quote',
				named: previous.name,
				features: ['previousOnly', `previousOnly|${gap}`, ...(opensParagraph ? ['previousOnly|opensParagraph'] : []), `type:${previous.type}`],
				spans: [[previousChoice.speakerStart, previousChoice.speakerStart + previousChoice.speakerText.length]],
			});
		}
	}
	const candidates = [...byEntity.values()];
	for (const candidate of candidates) {
		if (candidate.entity) candidate.features.push(...entityFeatures(candidate.entity, text, context.lexicon));
		else candidate.features.push(...phraseFeatures(candidate.speakerText, context.lexicon));
	}
	for (const candidate of candidates) if (candidates.length > 1) candidate.features.push(`candidates:${bucket(candidates.length, [2, 4])}`);
	return candidates;
}

/** The features of the "nobody said it here" option. */
export function nullFeatures(choice: RuleChoice | null, candidateCount: number, opensParagraph: boolean): string[] {
	const features = ['null', `null:rule:${choice ? (choice.kind ?? 'none') : 'absent'}`, `null:candidates:${bucket(candidateCount, [0, 1, 3])}`];
	if (choice) features.push(`null:origin:${choice.origin}`);
	if (opensParagraph) features.push('null:opensParagraph');
	return features;
}
