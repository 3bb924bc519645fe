import type { Lexicon } from './lexicons/index.js';

/** Regular expressions compiled once per lexicon from its word lists. */
export interface LexiconPatterns {
	/** Speech verb at the start of a string. */
	speechAtStart: RegExp;
	/** Speech verb at the end of a string. */
	speechAtEnd: RegExp;
	/** A role noun at the start ("chief executive", "PDG"), optionally after an article. */
	roleAtStart: RegExp;
	/** A role noun at the end of a string ("… chief executive "). */
	roleAtEnd: RegExp;
	/** An organisation noun near the end of a string ("the company", "la startup"). */
	orgNounAtEnd: RegExp;
	/** ", the company" / ", l'entreprise" right after a name. */
	orgApposition: RegExp;
	/** A copula then a role, right after a name ("is the chief executive", "est le responsable"). */
	copulaRole: RegExp;
	/** A work verb or role verb right after a name. */
	personVerb: RegExp;
	/** An appointment verb after an organisation ("l'a nommé", "named"). */
	appointAfter: RegExp;
}

const cache = new WeakMap<Lexicon, LexiconPatterns>();

/** Escapes a phrase for a regular expression; spaces match any run of spaces, apostrophes both forms. */
export function escapePhrase(phrase: string): string {
	return phrase
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/ /g, '[\\s\\u00a0]+')
		.replace(/['’]/g, "['’]");
}

/** Alternation of phrases, longest first so that "a déclaré" wins over "a". */
export function alternation(phrases: readonly string[]): string {
	return [...new Set(phrases)]
		.sort((a, b) => b.length - a.length)
		.map(escapePhrase)
		.join('|');
}

const ARTICLES = "(?:the|a|an|its|le|la|les|l['’]|un|une|son|sa|der|die|das|den|dem|ein|eine|einer|sein|seine|ihr|ihre|el|la|los|las|un|una|su)";

/** Patterns for a lexicon, compiled on first use. */
export function getPatterns(lexicon: Lexicon): LexiconPatterns {
	const cached = cache.get(lexicon);
	if (cached) return cached;
	const speech = alternation(lexicon.speechVerbs);
	const roles = alternation(lexicon.roleNouns);
	const orgNouns = alternation(lexicon.orgNouns);
	const copulas = alternation(lexicon.copulas);
	const personVerbs = alternation([...lexicon.workVerbs, ...lexicon.roleVerbs.map((r) => r.verb)]);
	const appoint = alternation(lexicon.appointVerbs);
	const objects = alternation(lexicon.objectPronouns);
	const B = '(?![\\p{L}\\p{N}])';
	const patterns: LexiconPatterns = {
		speechAtStart: new RegExp(`^[\\s,]*(?:${speech})${B}`, 'iu'),
		speechAtEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${speech})[\\s,]*$`, 'iu'),
		roleAtStart: new RegExp(`^[\\s,]*(?:${ARTICLES}\\s*)?(?:[\\p{L}-]+\\s+){0,2}(?:${roles})${B}`, 'iu'),
		roleAtEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${roles})\\s*,?\\s*$`, 'iu'),
		orgNounAtEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${orgNouns})s?(?:\\s+[\\p{Ll}'’-]+){0,3}[\\s,]*$`, 'iu'),
		orgApposition: new RegExp(`^\\s*,\\s*${ARTICLES}\\s*(?:[\\p{Ll}-]+\\s+){0,2}(?:${orgNouns})${B}`, 'iu'),
		copulaRole: new RegExp(`^\\s+(?:${copulas})\\s+(?:${ARTICLES}\\s*)?(?:[\\p{L}-]+\\s+){0,3}(?:${roles})${B}`, 'iu'),
		personVerb: new RegExp(`^\\s+(?:[\\p{Ll}]+\\s+)?(?:${personVerbs})${B}`, 'u'),
		appointAfter: new RegExp(`^\\s+(?:(?:${objects})\\s*)?(?:${appoint})${B}`, 'iu'),
	};
	cache.set(lexicon, patterns);
	return patterns;
}
