import { SINGULAR_PRONOUNS, type AttributionMatch } from './attribution-patterns.js';
import type { MentionIndex } from './mention-index.js';

// Auxiliaries that open a compound past ("a salué", "has hailed", "hat gelobt", "ha calificado").
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'has', 'have', 'had', 'hat', 'haben', 'hatte', 'ha', 'han', 'había']);

/**
 * "X, le PDG d'Alstom, a salué « … »": with no speech verb, the verb that opens the predicate after the subject (and
 * after its apposition) is the cue.
 */
function findVerbAfterSubject(segment: string, stopwords: readonly string[]): string | null {
	const comma = segment.lastIndexOf(',');
	const words = segment.slice(comma + 1).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const [first, second] = words;
	// A long run or a function word after the subject is no predicate verb ("'s remarks on Saturday", "in his speech").
	if (!first || words.length > 4 || !/^\p{Ll}/u.test(first)) return null;
	if (AUXILIARIES.has(first)) return second ? `${first} ${second}` : null;
	return first.length < 3 || stopwords.includes(first) ? null : first;
}

/** "Democratic nominee Hillary Clinton, at a later press gaggle, said, “…”": the first name before the verb. */
export function findSubjectBeforeCue(before: string, beforeStart: number, mentionIndex: MentionIndex, cueAnywhere: RegExp, stopwords: readonly string[]): AttributionMatch | null {
	let found: RegExpExecArray | null = null;
	cueAnywhere.lastIndex = 0;
	for (const match of before.matchAll(cueAnywhere)) found = match;
	// Without a speech verb, a quote inside a sentence ("X called the remarks “a wake-up call”") is still the words
	// of the sentence's subject.
	if (!found && (before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return null;
	const cue = found ?? Object.assign([''], { index: before.length, input: before, groups: undefined });
	const cueStart = beforeStart + cue.index;
	const mentions = mentionIndex
		.between(beforeStart, cueStart)
		.filter((m) => m.end <= cueStart)
		.map((m) => ({ m, person: m.entity.type === 'person' }))
		// "who runs Clinton's campaign": a possessive name modifies a noun and is nobody's subject.
		.filter((x) => cueStart - x.m.end <= 2 || !/^['’]s?(?![\p{L}])/u.test(before.slice(x.m.end - beforeStart)))
		.sort((a, b) => (a.person === b.person ? a.m.start - b.m.start : a.person ? -1 : 1));
	// "During an interview on CNBC's Squawk Box, Trump said": a name right before the verb is its subject.
	const adjacent = mentions.find((x) => cueStart - x.m.end <= 2 && x.person);
	const subject = adjacent ?? mentions[0];
	if (subject && (found || subject.person)) {
		return { speakerText: subject.m.text, speakerStart: subject.m.start, cue: cue[0] || findVerbAfterSubject(before.slice(subject.m.end - beforeStart), stopwords) };
	}
	// "He then defended the remark, saying, “…”": a pronoun subject at the start of the sentence.
	const pronoun = /^\s*(\p{L}+)/u.exec(before);
	if (pronoun?.[1] && SINGULAR_PRONOUNS.has(pronoun[1].toLowerCase())) {
		return { speakerText: pronoun[1], speakerStart: beforeStart + before.indexOf(pronoun[1]), cue: cue[0] || null };
	}
	if (found) return findSentenceSubject(before.slice(0, found.index), beforeStart, stopwords, found[0]);
	// "Le maire a salué « … »": a sentence whose subject is a role noun phrase and whose verb is a compound past.
	const role = ROLE_SUBJECT_WITH_AUXILIARY.exec(before);
	if (role?.[1] && role[2]) return { speakerText: role[1], speakerStart: beforeStart + before.indexOf(role[1]), cue: role[2] };
	return null;
}

const ROLE_SUBJECT_WITH_AUXILIARY = /^\s*((?:The|Le|La|L['’]|Der|Die|Das|El|La)\s*[\p{L}-]+(?:\s+[\p{Ll}-]+)?)\s+((?:a|has|had|hat|ha|había)\s+\p{Ll}+)(?![\p{L}])/u;

const NOT_A_SUBJECT_START = /^(?:in|on|at|after|before|during|while|when|if|as|for|with|by|from|but|and|since|although|though|because|to|en|dans|après|avant|pendant|pour|avec|par|mais|et|im|am|nach|vor|während|für|mit|von|aber|und|durante|después|antes|para|con|por|pero)$/iu;

/**
 * A subject no entity covers: "Rucker Culpepper, who runs …, said" (a capitalised name then its apposition), or a short
 * noun phrase opening the sentence ("Only 52 percent of registered voters agreed").
 */
function findSentenceSubject(head: string, headStart: number, stopwords: readonly string[], cue: string, depth = 0): AttributionMatch | null {
	const leading = head.length - head.trimStart().length;
	const trimmed = head.trim();
	const firstWord = trimmed.match(/^[\p{L}\p{N}'’-]+/u)?.[0] ?? '';
	// "With 50 days until the election, Minyon Moore, a senior adviser, called …": skip the opening adjunct.
	const comma = trimmed.indexOf(',');
	if (firstWord && NOT_A_SUBJECT_START.test(firstWord) && comma > 0 && head.length > 0) {
		return findSentenceSubject(head.slice(head.indexOf(',') + 1), headStart + head.indexOf(',') + 1, stopwords, cue, depth + 1);
	}
	if (!firstWord || NOT_A_SUBJECT_START.test(firstWord) || depth > 1) return null;
	const appositive = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)\s*,/u.exec(trimmed);
	if (appositive?.[1] && !stopwords.includes(firstWord.toLowerCase())) return { speakerText: appositive[1], speakerStart: headStart + leading, cue };
	const words = trimmed.match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length >= 2 && words.length <= 6 && !/[,;:()]/.test(trimmed) && /^[\p{Lu}\p{N}]/u.test(trimmed)) return { speakerText: trimmed, speakerStart: headStart + leading, cue };
	return null;
}
