/**
 * The bot's replies in the user's language (ADR 015): `localeOf(interaction)` picks the locale once, `t(locale)`
 * gives every area's strings as typed messages. Failure codes from the pipeline are translated here too, so no
 * English sentence from a service reaches a French reply.
 */
import { failureText, type FailureCode } from '../../shared/failure-codes.js';
import { FEED_STRINGS } from './feed-strings.js';
import { LOCALES, type Locale } from './locale.js';
import { compile, type Messages } from './message.js';
import { READER_STRINGS } from './reader-strings.js';
import { QUERY_STRINGS } from './query-strings.js';
import { ROUTER_STRINGS } from './router-strings.js';
import { SETTINGS_STRINGS } from './settings-strings.js';

export { LOCALES, localeOf, pickLocale, supportedLocale, type Locale } from './locale.js';
export { feedText, type FeedStringKey } from './feed-strings.js';

export interface Texts {
	locale: Locale;
	feed: Messages<typeof FEED_STRINGS.en>;
	reader: Messages<typeof READER_STRINGS.en>;
	settings: Messages<typeof SETTINGS_STRINGS.en>;
	router: Messages<typeof ROUTER_STRINGS.en>;
	query: Messages<typeof QUERY_STRINGS.en>;
	/** A pipeline failure code as a sentence (with the HTTP status for `http-error`). */
	failure(code: FailureCode, httpStatus?: number): string;
}

function build(locale: Locale): Texts {
	return {
		locale,
		feed: compile<typeof FEED_STRINGS.en>(FEED_STRINGS[locale]),
		reader: compile<typeof READER_STRINGS.en>(READER_STRINGS[locale]),
		settings: compile<typeof SETTINGS_STRINGS.en>(SETTINGS_STRINGS[locale]),
		router: compile<typeof ROUTER_STRINGS.en>(ROUTER_STRINGS[locale]),
		query: compile<typeof QUERY_STRINGS.en>(QUERY_STRINGS[locale]),
		failure: (code, httpStatus) => failureText(code, locale, httpStatus),
	};
}

const TEXTS = Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)])) as Record<Locale, Texts>;

/** Every reply string in `locale`. */
export function t(locale: Locale): Texts {
	return TEXTS[locale];
}
