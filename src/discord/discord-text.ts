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

/**
 * Article text for fields Discord renders as markdown (title, description, field values), within `max`.
 * The raw text is cut before escaping because escapeMarkdown is quadratic in the input length, and
 * escaping only ever lengthens text, so nothing past `max` raw characters could survive anyway.
 */
export function toSafeMarkdown(text: string, max: number): string {
	const clean = collapseWhitespace(text);
	const raw = clean.length > max ? clean.slice(0, max) : clean;
	const safe = neutraliseMentions(escapeMarkdown(raw));
	if (raw.length === clean.length) return truncateText(safe, max);
	return cutWithEllipsis(safe, Math.min(max, safe.length + 1));
}

/** Article text for fields Discord shows verbatim (author, footer): escaping would show backslashes. */
export function toSafePlain(text: string, max: number): string {
	return truncateText(neutraliseMentions(collapseWhitespace(text)), max);
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
	return text.length <= max ? text : cutWithEllipsis(text, max);
}

function cutWithEllipsis(text: string, max: number): string {
	if (max <= 0) return '';
	if (max === 1) return ELLIPSIS;
	let cut = text.slice(0, max - 1);
	const lastSpace = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
	// Losing a long run of text to reach a word boundary reads worse than a hard cut (URLs, CJK text).
	if (lastSpace > 0 && cut.length - lastSpace <= Math.max(40, cut.length * 0.2)) cut = cut.slice(0, lastSpace);
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
