/** Turns the items read from a document into FeedItems, with the identity fields the pipeline deduplicates on. */
import { contentHash, itemKey, normaliseLink } from './item-identity.js';
import type { RawItem } from './raw-feed.js';
import type { FeedItem } from './types.js';

export function toFeedItem(raw: RawItem): FeedItem {
	return {
		key: itemKey(raw),
		linkKey: normaliseLink(raw.link),
		contentHash: contentHash(raw),
		id: raw.id,
		title: raw.title,
		link: raw.link,
		description: raw.description,
		content: raw.content,
		author: raw.author,
		published: raw.published,
		updated: raw.updated,
	};
}

/** Keeps the first of items sharing a key: some feeds repeat an entry (pagination overlap, CMS bugs). */
export function dedupeItems(items: FeedItem[]): FeedItem[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		if (seen.has(item.key)) return false;
		seen.add(item.key);
		return true;
	});
}
