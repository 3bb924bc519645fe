/** Turns the items read from a document into FeedItems, with the identity fields the pipeline deduplicates on. */
import { createHash } from 'node:crypto';
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

/**
 * A linkKey or contentHash shared by different items of one feed identifies nothing (feeds whose items all link
 * to the home page, or repeat "Daily update" as their text). Left as is, the pipeline would take every new item
 * for an old one; so a shared linkKey is dropped and a shared contentHash is made specific to the item's key.
 */
export function disambiguateIdentity(items: FeedItem[]): FeedItem[] {
	const linkOwners = new Map<string, Set<string>>();
	const hashOwners = new Map<string, Set<string>>();
	for (const item of items) {
		if (item.linkKey) addOwner(linkOwners, item.linkKey, item.key);
		addOwner(hashOwners, item.contentHash, item.key);
	}
	return items.map((item) => {
		const sharedLink = item.linkKey !== null && (linkOwners.get(item.linkKey)?.size ?? 0) > 1;
		const sharedHash = (hashOwners.get(item.contentHash)?.size ?? 0) > 1;
		if (!sharedLink && !sharedHash) return item;
		return {
			...item,
			linkKey: sharedLink ? null : item.linkKey,
			contentHash: sharedHash ? createHash('sha256').update(`${item.contentHash}\n${item.key}`).digest('hex') : item.contentHash,
		};
	});
}

function addOwner(owners: Map<string, Set<string>>, value: string, key: string): void {
	let set = owners.get(value);
	if (!set) {
		set = new Set();
		owners.set(value, set);
	}
	set.add(key);
}
