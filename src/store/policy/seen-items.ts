import type { SeenItem } from '../types.js';

/**
 * The items of a poll that are new: an item is seen when its key, its link or its content hash was seen for the
 * feed (`isStored`), or when an earlier item of the same batch had one of them, so two copies count once.
 */
export function selectUnseen(items: SeenItem[], isStored: (item: SeenItem) => boolean): SeenItem[] {
	const keys = new Set<string>();
	const links = new Set<string>();
	const hashes = new Set<string>();
	const fresh: SeenItem[] = [];
	for (const item of items) {
		const repeated = keys.has(item.key) || (item.linkKey !== null && links.has(item.linkKey)) || hashes.has(item.contentHash);
		if (!repeated && !isStored(item)) fresh.push(item);
		keys.add(item.key);
		if (item.linkKey !== null) links.add(item.linkKey);
		hashes.add(item.contentHash);
	}
	return fresh;
}
