/**
 * Text helpers for anything article-derived that ends up in a Discord payload:
 * escaping, mention neutralising and length-safe truncation.
 */
import { escapeMarkdown } from 'discord.js';

export const ELLIPSIS = '…';
const ZWSP = '\u200b';

/**
 * Breaks `@everyone`, `@here` and user/role/channel mention syntax with a zero-width space.
 * allowed_mentions already stops pings; this also keeps the text from *looking* like a mention.
 */
export function neutraliseMentions(text: string): string {
	return text.replace(/@(everyone|here)\b/gi, `@${ZWSP}$1`).replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZWSP}$2>`);
}

/** Article text for fields Discord renders as markdown (title, description, field values). */
export function toSafeMarkdown(text: string): string {
	return neutraliseMentions(escapeMarkdown(collapseWhitespace(text)));
}

/** Article text for fields Discord shows verbatim (author, footer): escaping would show backslashes. */
export function toSafePlain(text: string): string {
	return neutraliseMentions(collapseWhitespace(text));
}

export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts `text` to at most `max` UTF-16 units (never more than Discord's character count), at a word
 * boundary when one is reasonably close, and ends it with "…". Never splits a surrogate pair or leaves
 * a dangling markdown escape that would swallow the ellipsis.
 */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 0) return '';
	if (max === 1) return ELLIPSIS;
	let cut = text.slice(0, max - 1);
	const lastSpace = cut.search(/\s\S*$/);
	// A word boundary is worth losing at most a fifth of the budget; past that, a hard cut reads better.
	if (lastSpace > 0 && lastSpace >= cut.length * 0.8) cut = cut.slice(0, lastSpace);
	cut = dropBrokenTail(cut).replace(/[\s,;:–—-]+$/u, '');
	return `${cut}${ELLIPSIS}`;
}

function dropBrokenTail(text: string): string {
	let out = text;
	const last = out.charCodeAt(out.length - 1);
	if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
	// An odd run of trailing backslashes would escape the ellipsis (or half of a `\*` pair).
	const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
	if (slashes % 2 === 1) out = out.slice(0, -1);
	return out;
}

/** True for absolute http(s) URLs Discord accepts in embed `url` fields. */
export function isEmbeddableUrl(url: string | null | undefined): url is string {
	if (!url || url.length > 2_048) return false;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:';
	} catch {
		return false;
	}
}

export function hostOf(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
	} catch {
		return null;
	}
}
