/**
 * The confirmation text of a keyword topic, so readers see what `/subscribe` understood before any
 * notification arrives: "articles with «electric» and «cars», or the phrase «battery plant», but not «tesla»".
 */
import type { TopicQuery, QueryTerm } from './parse-topic-query.js';

/** The words the sentence is built from, in the reader's language (the tables live in src/discord/i18n). */
export interface QueryWording {
	lead: string;
	and: string;
	or: string;
	phrase: string;
	word: string;
	butNot: string;
	nor: string;
	tail: string;
}

/** One sentence describing what the query matches, in the reader's language. */
export function describeQuery(query: TopicQuery, w: QueryWording): string {
	const show = (term: QueryTerm): string => `${term.words.length > 1 ? w.phrase : w.word}«${term.words.join(' ')}»`;
	const alternatives = query.alternatives.map((terms) => terms.map(show).join(w.and)).join(w.or);
	const exclusions = query.exclusions.length > 0 ? `${w.butNot}${query.exclusions.map(show).join(w.nor)}` : '';
	return `${w.lead} ${alternatives}${exclusions}${w.tail}`;
}
