/** /subscribe's description of a keyword topic (src/subscriptions/describe-query.ts assembles it). */
import type { AreaTables, StringTable } from './message.js';

/** The pieces of "articles with «electric» and «cars», or the phrase «battery plant», but not «tesla»". */
const queryEn = {
	lead: 'Articles with',
	and: ' and ',
	or: ', or ',
	phrase: 'the phrase ',
	word: '',
	butNot: ', but not ',
	nor: ' nor ',
	tail: ' (whole words; accents, case and word endings ignored in the article’s language).',
} as const satisfies StringTable;

export const QUERY_STRINGS: AreaTables<typeof queryEn> = {
	en: queryEn,
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
};
