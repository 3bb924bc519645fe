import { ALL_LEXICONS, getLexicon } from '../lexicons/index.js';
import { FIRST_NAMES, SURNAMES } from '../lexicons/first-names.js';
import { COMMON_ACRONYMS, KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES, PRODUCTS } from '../lexicons/organizations.js';
import { PLACES } from '../lexicons/places.js';

/**
 * The project's name lists as features: the tagger learns from the training data how far to trust each list, instead
 * of rules deciding on a list hit alone. One word may be in several lists ("Jordan": given name and place).
 */
export type Gazetteer = (word: string) => readonly string[];

const HONORIFICS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))));
const ROLE_NOUNS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.roleNouns.map((r) => r.toLowerCase())));
const ORG_NOUNS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.orgNouns.map((o) => o.toLowerCase())));

const LISTS: ReadonlyArray<[string, ReadonlySet<string>]> = [
	['given', FIRST_NAMES],
	['surname', SURNAMES],
	['place', PLACES],
	['org', KNOWN_ORGS],
	['orgsuffix', ORG_SUFFIXES],
	['orghead', ORG_HEADS],
	['product', PRODUCTS],
	['acronym', COMMON_ACRONYMS],
	['honorific', HONORIFICS],
	['role', ROLE_NOUNS],
	['orgnoun', ORG_NOUNS],
];

const cache = new WeakMap<object, Gazetteer>();

/** The gazetteer of a language: the shared lists plus that language's function words. */
export function gazetteerFor(language: string): Gazetteer {
	const lexicon = getLexicon(language);
	let gazetteer = cache.get(lexicon);
	if (gazetteer) return gazetteer;
	const stopwords = new Set(lexicon.stopwords.map((s) => s.toLowerCase()));
	const memo = new Map<string, readonly string[]>();
	gazetteer = (word) => {
		const key = word.toLowerCase().replace(/\.$/, '');
		let hits = memo.get(key);
		if (!hits) {
			const found: string[] = [];
			for (const [name, list] of LISTS) if (list.has(key)) found.push(name);
			if (stopwords.has(key)) found.push('stop');
			hits = found;
			if (memo.size < 50_000) memo.set(key, hits);
		}
		return hits;
	};
	cache.set(lexicon, gazetteer);
	return gazetteer;
}
