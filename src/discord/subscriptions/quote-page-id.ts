/**
 * The custom id of the /quote page buttons. The whole query lives in it, so a button pressed after a restart
 * still works: `quote:p:<page>:<speaker id>:<since, seconds base 36>:<about>`. An `about` too long for
 * Discord's 100-character limit is replaced by `#<hash>`, and the full text is read back from the message the
 * button belongs to, which shows it; the hash proves the two are the same query.
 */
import { createHash } from 'node:crypto';

export const CUSTOM_ID_MAX = 100;
const PREFIX = 'quote:p:';

export interface QuotePageState {
	page: number;
	speakerEntityId: number | null;
	since: number | null;
	about: string | null;
}

export type DecodedQuotePage = { state: QuotePageState; aboutHash: string | null } | null;

export function encodeQuotePageId(state: QuotePageState): string {
	const head = `${PREFIX}${state.page}:${state.speakerEntityId ?? ''}:${state.since === null ? '' : Math.floor(state.since / 1_000).toString(36)}:`;
	const about = state.about ?? '';
	if (head.length + about.length <= CUSTOM_ID_MAX && !about.startsWith('#')) return head + about;
	return `${head}#${hashAbout(about)}`;
}

/** Null when the id is not a page id of this version. `aboutHash` is set when `about` must come from the message. */
export function decodeQuotePageId(customId: string): DecodedQuotePage {
	if (!customId.startsWith(PREFIX)) return null;
	const parts = customId.slice(PREFIX.length).split(':');
	const [page, speaker, since] = parts;
	const about = parts.slice(3).join(':');
	if (page === undefined || speaker === undefined || since === undefined || !/^\d{1,4}$/.test(page)) return null;
	if (!/^\d{0,15}$/.test(speaker) || !/^[0-9a-z]{0,10}$/.test(since)) return null;
	const state: QuotePageState = {
		page: Number(page),
		speakerEntityId: speaker ? Number(speaker) : null,
		since: since ? parseInt(since, 36) * 1_000 : null,
		about: about && !about.startsWith('#') ? about : null,
	};
	return { state, aboutHash: about.startsWith('#') ? about.slice(1) : null };
}

export function hashAbout(about: string): string {
	return createHash('sha256').update(about).digest('base64url').slice(0, 12);
}
