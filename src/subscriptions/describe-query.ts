/**
 * The confirmation text of a keyword topic, so readers see what `/subscribe` understood before any
 * notification arrives: "articles with «electric» and «cars», or the phrase «battery plant», but not «tesla»".
 */
import type { TopicQuery, QueryTerm } from './parse-topic-query.js';

export type ReplyLocale = 'en' | 'fr';

const WORDING = {
	en: {
		lead: 'Articles with',
		and: ' and ',
		or: ', or ',
		phrase: 'the phrase ',
		word: '',
		butNot: ', but not ',
		nor: ' nor ',
		tail: ' (whole words; accents, case and word endings ignored in the article’s language).',
	},
	fr: {
		lead: 'Les articles avec',
		and: ' et ',
		or: ', ou ',
		phrase: 'l’expression ',
		word: '',
		butNot: ', mais sans ',
		nor: ' ni ',
		tail: ' (mots entiers ; accents, casse et terminaisons ignorés dans la langue de l’article).',
	},
} as const;

/** One sentence describing what the query matches, in the reader's language. */
export function describeQuery(query: TopicQuery, locale: ReplyLocale = 'en'): string {
	const w = WORDING[locale];
	const show = (term: QueryTerm): string => `${term.words.length > 1 ? w.phrase : w.word}«${term.words.join(' ')}»`;
	const alternatives = query.alternatives.map((terms) => terms.map(show).join(w.and)).join(w.or);
	const exclusions = query.exclusions.length > 0 ? `${w.butNot}${query.exclusions.map(show).join(w.nor)}` : '';
	return `${w.lead} ${alternatives}${exclusions}${w.tail}`;
}
