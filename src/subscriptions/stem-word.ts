/**
 * Light stemmers for the languages the briefs handle, as small suffix tables applied to folded words.
 * Only the article's own language is ever applied: running every language's stemmer is how "Meta" comes to
 * match English "met". Languages without a table are matched on whole folded words.
 */

/** [suffix, replacement, shortest stem that may remain]. Within a step the first matching rule wins. */
type Rule = readonly [suffix: string, replacement: string, minStem: number];
type Step = readonly Rule[];

const VOWELS = /[aeiouy]/;

// English: plurals, then -ing/-ed, then a final -e, so merge/merges/merged/merging meet at "merg".
const EN: Step[] = [
	[
		['sses', 'ss', 2],
		['ies', 'y', 2],
		['ss', 'ss', 0],
		['us', 'us', 0],
		['is', 'is', 0],
		['s', '', 3],
	],
	[
		['ing', '', 3],
		['ed', '', 3],
	],
	[['e', '', 3]],
];

// French (after Savoy's light stemmer): plurals, then -er/-ee/-e, so annonce/annoncée/annoncer meet.
const FR: Step[] = [
	[
		['eaux', 'eau', 2],
		['aux', 'al', 2],
		['s', '', 3],
		['x', '', 3],
	],
	[
		['er', '', 3],
		['ee', '', 3],
		['ez', '', 3],
		['e', '', 3],
	],
];

// German (after Caumanns): a genitive -s, then the common inflection endings.
const DE: Step[] = [
	[['s', '', 4]],
	[
		['ern', '', 3],
		['em', '', 3],
		['en', '', 3],
		['er', '', 3],
		['es', '', 3],
		['e', '', 3],
	],
];

// Spanish: plurals (luces → luz), then the final gender vowel, so empresa/empresas/presidente meet.
const ES: Step[] = [
	[
		['ces', 'z', 2],
		['es', '', 4],
		['s', '', 3],
	],
	[
		['a', '', 4],
		['o', '', 4],
		['e', '', 4],
	],
];

const TABLES: Record<string, Step[]> = { en: EN, fr: FR, de: DE, es: ES };

/** The stemmer key of an article language: "en", "fr", "de", "es", or "none" for every other language. */
export function stemmerFor(language: string): string {
	const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
	return base in TABLES ? base : 'none';
}

const CACHE_LIMIT = 100_000;
// News vocabulary repeats from article to article, so stems are remembered (and forgotten wholesale when full).
const cache = new Map<string, Map<string, string>>();

/** Stems one folded word with the rules of `stemmer` (see `stemmerFor`); short words and numbers stay whole. */
export function stemWord(word: string, stemmer: string): string {
	const steps = TABLES[stemmer];
	if (!steps || word.length < 4) return word;
	return stemKnown(word, stemmer, steps, knownStems(stemmer));
}

/** Stems every word of a list in place: one table and cache lookup for the whole list. */
export function stemWordsInPlace(words: string[], stemmer: string): void {
	const steps = TABLES[stemmer];
	if (!steps) return;
	const known = knownStems(stemmer);
	for (let i = 0; i < words.length; i++) {
		const word = words[i] as string;
		if (word.length >= 4) words[i] = stemKnown(word, stemmer, steps, known);
	}
}

function knownStems(stemmer: string): Map<string, string> {
	let known = cache.get(stemmer);
	if (!known) {
		known = new Map();
		cache.set(stemmer, known);
	}
	return known;
}

function stemKnown(word: string, stemmer: string, steps: Step[], known: Map<string, string>): string {
	let stem = known.get(word);
	if (stem === undefined) {
		if (known.size >= CACHE_LIMIT) known.clear();
		stem = /\d/.test(word) ? word : applySteps(word, stemmer, steps);
		known.set(word, stem);
	}
	return stem;
}

function applySteps(word: string, stemmer: string, steps: Step[]): string {
	let current = word;
	for (const step of steps) {
		for (const [suffix, replacement, minStem] of step) {
			if (!current.endsWith(suffix)) continue;
			const stem = current.slice(0, current.length - suffix.length);
			if (stem.length >= minStem && VOWELS.test(stem)) current = stem + replacement;
			break;
		}
	}
	return stemmer === 'en' ? undoubleEnglish(current) : current;
}

/** "running" → "runn" → "run", "stopped" → "stop": English doubles a final consonant before -ing/-ed. */
function undoubleEnglish(stem: string): string {
	if (stem.length >= 4 && /([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
	return stem;
}
