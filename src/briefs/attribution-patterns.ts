import type { Lexicon } from './lexicons/index.js';
import { ALL_LEXICONS } from './lexicons/index.js';
import { alternation } from './lexicon-patterns.js';

/** Where the source of a quote was found, relative to the quote. */
export interface AttributionMatch {
	speakerText: string;
	/** Offset of `speakerText` in the article. */
	speakerStart: number;
	cue: string | null;
	/** Which frame found it: the evidence kind a quote's `attribution` reports. */
	kind?: FrameKind;
}

/** The evidence kinds of a frame: where the source stands relative to the quote and what ties it to the quote. */
export type FrameKind = 'cue-after' | 'cue-inverted' | 'dash' | 'cue-before' | 'according-to' | 'colon-before' | 'cue-subject' | 'cue-in-sentence' | 'previous-sentence';

export interface AttributionPatterns {
	/** After the quote: ", said Smith" / ", a déclaré Yao" / ", selon X" / ", so Merkel". */
	cueThenSpeaker: RegExp;
	/** After the quote: ", he said" / ", Smith said" / ", the official added". */
	speakerThenCue: RegExp;
	/** After the quote, a dash then a name: "”― Pamela Padilla". */
	dashName: RegExp;
	/** After the quote, French inversion: ", a-t-il ajouté" / ", dit-elle". */
	inverted: RegExp;
	/** Before the quote: "Smith said:" / "Yao a déclaré que" / "He told reporters". */
	speakerCueBefore: RegExp;
	/** Before the quote: "Selon X," / "According to X:". */
	prepositionBefore: RegExp;
	/** The whole text is a source preposition ("according to", "selon"). */
	sourcePreposition: RegExp;
	/** Before the quote: "Smith:" */
	colonBefore: RegExp;
	/** A speech verb anywhere. */
	cueAnywhere: RegExp;
	/** Somewhere earlier in the same sentence: "Smith said the plan was". */
	speakerCueInSentence: RegExp;
}

/** "the a" → "the|The|a|A": sentence-initial words are capitalised. */
function withCapitals(words: string): string {
	return words
		.split(' ')
		.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
		.join('|');
}

// "« … », selon lui": the stressed form after a source preposition.
const DISJUNCTIVE_PRONOUNS = ['lui'];

const cache = new WeakMap<Lexicon, AttributionPatterns>();
const NAME_WORD = "\\p{Lu}(?:\\.(?:\\p{Lu}\\.)*|[\\p{L}\\p{M}'’-]*)";
const NAME = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|St|M|Mme|Sr|Sra|Dra)\\.\\s+)?${NAME_WORD}(?:\\s+(?:(?:de|van|von|der|del|da|di|bin|al|la|le)\\s+)?${NAME_WORD}){0,4}`;
const DETERMINER = `(?:${withCapitals("the a an another one two three several some many his her their its le la les l['’] un une des deux plusieurs son sa ses leur der die das dem den des ein eine einer einem einen zwei mehrere el los las una unos unas varios su sus")})`;
const ADVERB = '(?:[\\p{Ll}]+ly|also|then|later|often|once|again|previously|recently|even|still|aussi|ensuite|encore|souvent|déjà|auch|dann|noch|oft|bereits|también|luego|además|ya)';

/** Patterns built from a lexicon (its language's cues, plus pronouns of all languages). */
export function getAttributionPatterns(lexicon: Lexicon): AttributionPatterns {
	const cached = cache.get(lexicon);
	if (cached) return cached;
	const cues = alternation(lexicon.speechVerbs);
	const preps = alternation(lexicon.sourcePrepositions);
	const capitalisedPreps = alternation(lexicon.sourcePrepositions.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]));
	const pronounWords = [...ALL_LEXICONS.flatMap((l) => l.personPronouns), ...DISJUNCTIVE_PRONOUNS, 'they', 'ils', 'elles', 'we', 'nous', 'ellos'];
	const pronouns = withCapitals(pronounWords.join(' '));
	// "a spokesman for the ministry", "le chef de l'État": a noun phrase with its complements.
	const np = `${DETERMINER}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?[\\p{L}\\p{N}'’-]+(?:\\s+(?:of|for|at|de|du|des|von|der|des|del|de la)\\s+(?:(?:the|la|le|les|der|die|das|el|los|las)\\s+)?[\\p{L}\\p{N}'’-]+){0,2}`;
	const speaker = `(?:${NAME}|${np}|(?:${pronouns}))`;
	const B = '(?![\\p{L}\\p{N}])';
	const patterns: AttributionPatterns = {
		cueThenSpeaker: new RegExp(`^[\\s,—–-]*(${cues}|${preps})\\s+(${NAME}|${np}|(?:${pronouns})${B})`, 'u'),
		// Right after a quote, whatever few words come before a speech verb name the source ("Tulsa police Chief X said").
		speakerThenCue: new RegExp(`^[\\s,—–-]*((?:\\p{Lu}[\\p{L}-]{0,5}\\.,?|[\\p{L}\\p{N}][^\\s.!?“”"«»„]*)(?:\\s+(?:\\p{Lu}[\\p{L}-]{0,5}\\.,?|\\([^()]{1,25}\\)|[^\\s.!?“”"«»„]+)){0,11}?)\\s+(?:${ADVERB}\\s+)?(${cues})${B}`, 'u'),
		dashName: new RegExp(`^\\s*[―—–]\\s*(${NAME})`, 'u'),
		inverted: new RegExp(`^[\\s,—–-]*((?:[\\p{Ll}]+)(?:-t)?-(il|elle|ils|elles|ils)(?:\\s+[\\p{Ll}éèêàç]+é)?)${B}`, 'u'),
		speakerCueBefore: new RegExp(`(${speaker})\\s+(?:${ADVERB}\\s+)?(${cues})(?:\\s+(?:[\\p{Ll}]+\\s+){0,3}?)?(?:\\s*(?:that|que|qu['’]|dass|:))?[\\s,:]*$`, 'u'),
		// "Selon X, …", "Laut Blume sollen …: „…“": the source of the whole sentence.
		sourcePreposition: new RegExp(`^(?:${preps})$`, 'iu'),
		prepositionBefore: new RegExp(`(?:^|[\\s,(])(${capitalisedPreps})\\s+(${NAME}|${np})(?=[\\s,:])`, 'u'),
		colonBefore: new RegExp(`(?:^|[.!?]\\s+|\\n)(${NAME})\\s*:\\s*$`, 'u'),
		cueAnywhere: new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues})${B}`, 'gu'),
		speakerCueInSentence: new RegExp(`(?:^|[\\s,;(])(${speaker})\\s+(?:${ADVERB}\\s+)?(${cues})${B}`, 'gu'),
	};
	cache.set(lexicon, patterns);
	return patterns;
}

/** Pronouns that stand for one person, in any of the languages. */
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set([...ALL_LEXICONS.flatMap((l) => l.personPronouns.map((p) => p.toLowerCase())), ...DISJUNCTIVE_PRONOUNS]);
/** Plural pronouns: a source, but no single person. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'ils', 'elles', 'we', 'nous', 'ellos', 'ellas', 'wir']);
