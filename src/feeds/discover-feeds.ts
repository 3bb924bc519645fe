/**
 * Feed autodiscovery: the feeds an HTML page advertises with `<link rel="alternate" type="application/rss+xml">`,
 * so a user who gives a site's address instead of its feed's still gets the feed.
 * @see https://www.rssboard.org/rss-autodiscovery
 */
const LINK_TAG = /<link\b[^>]*>/gi;
const FEED_TYPES = /^application\/(rss|atom|rdf|feed)\+(xml|json)$|^application\/(rss|atom)$|^application\/json$|^text\/xml$/i;

/** Absolute URLs of the feeds the page declares, in document order, without duplicates. */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
	const head = html.slice(0, 200_000);
	const found: string[] = [];
	for (const match of head.matchAll(LINK_TAG)) {
		const tag = match[0];
		const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const type = attribute(tag, 'type')?.trim() ?? '';
		const href = attribute(tag, 'href');
		if (!href || !rel.includes('alternate') || !FEED_TYPES.test(type)) continue;
		try {
			const url = new URL(decodeHtmlAttribute(href), pageUrl).href;
			if (!found.includes(url)) found.push(url);
		} catch {
			// A malformed href is skipped; the page may declare other feeds.
		}
	}
	return found;
}

/** True when a document is an HTML page rather than a feed. */
export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>])/i.test(text.slice(0, 4_096));
}

function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeHtmlAttribute(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&#38;/g, '&').trim();
}
