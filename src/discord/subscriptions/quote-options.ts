/**
 * The options of `/quote`, checked one by one so that each invalid option is named with its own reason
 * (empty, too long, not a date or duration) instead of one message for any failure.
 */
import { parseSince } from './command-input.js';
import { MAX_NAME_LENGTH } from './reply-parts.js';

export const MAX_ABOUT_LENGTH = 200;
export const MAX_SINCE_LENGTH = 40;

export type QuoteOptionName = 'who' | 'about' | 'since';

export type QuoteOptionProblem =
	| { option: QuoteOptionName; reason: 'empty' }
	| { option: QuoteOptionName; reason: 'too-long'; max: number }
	| { option: 'since'; reason: 'bad-value'; value: string };

export interface QuoteOptions {
	who: string | null;
	about: string | null;
	/** The `since` option as an epoch time in ms. */
	sinceAt: number | null;
}

export type QuoteOptionsResult = { ok: true; value: QuoteOptions } | { ok: false; problems: QuoteOptionProblem[] };

const MAX_LENGTH: Record<QuoteOptionName, number> = { who: MAX_NAME_LENGTH, about: MAX_ABOUT_LENGTH, since: MAX_SINCE_LENGTH };

/** The options as typed (null when left out), read against `now` for relative `since` values. */
export function readQuoteOptions(raw: Record<QuoteOptionName, string | null>, now: number): QuoteOptionsResult {
	const problems: QuoteOptionProblem[] = [];
	const text = (option: QuoteOptionName): string | null => {
		if (raw[option] === null) return null;
		const value = raw[option].trim();
		// A value of only spaces was typed on purpose: saying so beats silently searching without it.
		if (!value) problems.push({ option, reason: 'empty' });
		else if (value.length > MAX_LENGTH[option]) problems.push({ option, reason: 'too-long', max: MAX_LENGTH[option] });
		else return value;
		return null;
	};
	const who = text('who');
	const about = text('about');
	const since = text('since');
	const sinceAt = since === null ? null : parseSince(since, now);
	if (since !== null && sinceAt === null) problems.push({ option: 'since', reason: 'bad-value', value: since });
	return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { who, about, sinceAt } };
}
