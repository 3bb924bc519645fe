/**
 * Item identity, so an item is posted once even when its feed rewrites guids, dates or tracking parameters.
 * The pipeline treats an item as known if its key, its linkKey or its contentHash was seen before.
 */
import { createHash } from 'node:crypto';
import { urlKey } from '../shared/url-key.js';

/** A link in a canonical form (see src/shared/url-key.ts); null for what is not an http(s) URL. */
export const normaliseLink = urlKey;

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
