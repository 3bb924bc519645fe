/**
 * Item identity, so an item is posted once even when its feed rewrites guids, dates or tracking parameters.
 * The pipeline treats an item as known if its key, its linkKey or its contentHash was seen before.
 */
import { createHash } from 'node:crypto';

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|yclid|ref_src)$/i;

/**
 * A link in a canonical form: lowercase scheme and host, no `www.`, no default port, no fragment, no tracking
 * parameters, sorted query, no trailing slash. Returns null for what is not an http(s) URL.
 */
export function normaliseLink(url: string | null | undefined): string | null {
	if (!url) return null;
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return null;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
	const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
	const params = [...parsed.searchParams.entries()].filter(([name]) => !TRACKING_PARAMS.test(name));
	params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
	const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
	const path = parsed.pathname.replace(/\/+$/, '');
	// The scheme is left out: feeds moving from http to https keep their items.
	return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`;
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Collapses whitespace and drops tags, so re-rendering the same text does not change the hash. */
function normaliseText(text: string): string {
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Hash of the normalised title and content; the same article re-published with a new guid hashes the same. */
export function contentHash(item: { title: string; description: string; content: string | null }): string {
	return sha256(`${normaliseText(item.title)}\n${normaliseText(item.content || item.description)}`);
}

/**
 * The item's stable key: its guid/id; else its normalised link; else a hash of title, date and content.
 * Prefixed by kind so that a guid can never collide with a link.
 */
export function itemKey(item: {
	id: string | null;
	link: string | null;
	title: string;
	published: string | null;
	updated: string | null;
	description: string;
	content: string | null;
}): string {
	const id = item.id?.trim();
	if (id) return `id:${id}`;
	const link = normaliseLink(item.link);
	if (link) return `link:${link}`;
	return `hash:${sha256(`${item.title}\n${item.published ?? item.updated ?? ''}\n${item.content ?? item.description}`)}`;
}
