/**
 * Resolution: the entity a source's words name (a mention inside them, a pronoun's antecedent by gender and recency,
 * a role's one holder), and whether unresolved words are a proper name at all.
 */
import type { Entity } from '../types.js';
import { PLURAL_PRONOUNS, SINGULAR_PRONOUNS, type AttributionMatch } from '../attribution-patterns.js';
import type { Lexicon } from '../lexicons/index.js';
import type { MentionIndex } from '../mention-index.js';
import { resolveRoleSpeaker } from '../role-speaker.js';
import { findPronounAntecedent, type AntecedentHints } from '../speaker-gender.js';
import { governedBefore } from './governed.js';

export interface ResolveContext {
	text: string;
	entities: readonly Entity[];
	mentionIndex: MentionIndex;
	lexicon: Lexicon;
}

/** The entity a source's words name: a mention inside them, a pronoun's antecedent, a role's holder, or none. */
export function resolveSpeaker(match: AttributionMatch, context: ResolveContext, quoteStart: number, hints: AntecedentHints = {}): Entity | null {
	const { text, entities, mentionIndex, lexicon } = context;
	const word = match.speakerText.toLowerCase();
	if (PLURAL_PRONOUNS.has(word)) return null;
	if (SINGULAR_PRONOUNS.has(word)) return findPronounAntecedent(word, Math.min(quoteStart, match.speakerStart), mentionIndex, text, hints);
	const end = match.speakerStart + match.speakerText.length;
	// "la concejala de Educación, Rosa Medina": a description followed by a person's name in apposition names that person.
	const description = /^\p{Ll}/u.test(match.speakerText) || lexicon.stopwords.includes((match.speakerText.match(/[\p{L}]+/u)?.[0] ?? '').toLowerCase());
	if (description) {
		// "Selon ses propos, Jonathann Daval se trouve…": a name that goes on into a clause is its subject, not an apposition.
		const closed = (m: { end: number }): boolean => /^\s*(?:[,:;.)]|$)/u.test(text.slice(m.end, m.end + 2));
		const apposed = mentionIndex.between(end, end + 4).find((m) => m.entity.type === 'person' && /^\s*,\s*$/u.test(text.slice(end, m.start)) && closed(m));
		if (apposed) return apposed.entity;
	}
	const governed = governedBefore(lexicon);
	const inside = mentionIndex
		.between(match.speakerStart, end)
		.filter((m) => m.end <= end)
		// "a senior adviser to Tom Hale", "la concejala de Educación": a name governed by a preposition is not the speaker.
		.filter((m) => !(m.start > match.speakerStart && governed.test(text.slice(match.speakerStart, m.start))))
		.sort((a, b) => (a.entity.type === b.entity.type ? a.start - b.start : a.entity.type === 'person' ? -1 : 1));
	if (inside[0]) return inside[0].entity;
	const named = entities.find((e) => e.name === match.speakerText || e.aliases.includes(match.speakerText));
	return named ?? resolveRoleSpeaker(text, match.speakerText, match.speakerStart, entities, mentionIndex, lexicon);
}

/** "The New York Times" names a source; "The sign at the gate", capitalised only because it opens a sentence, does not. */
export function isProperName(speakerText: string, lexicon: Lexicon): boolean {
	const words = speakerText.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
	const first = words[0] ?? '';
	const rest = lexicon.stopwords.includes(first.toLowerCase()) ? words.slice(1) : words;
	// German capitalises every noun: "der Sprecher" is a role, not a name.
	const noun = rest[0]?.toLowerCase() ?? '';
	if (rest.length === 1 && (lexicon.roleNouns.includes(noun) || lexicon.orgNouns.includes(noun))) return false;
	return /^\p{Lu}/u.test(rest[0] ?? '');
}

