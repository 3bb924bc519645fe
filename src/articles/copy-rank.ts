import { hostNameOf } from './source-line.js';
import { sameSite } from './source.js';
import type { OriginalSource, Removed } from './types.js';

/** What ranks a copy of a story: where it was read and what its cleaning found about its origin. */
export interface CopyFacts {
	url: string | null;
	originalSource: OriginalSource | null;
	republishedVia: readonly string[];
	removed: readonly Removed[];
}

/** Republication junk: a copy carrying it was taken from somewhere else. */
const REPUBLICATION_REASONS = new Set(['syndication', 'disclaimer', 'source']);

/**
 * How original a copy of a story is: 2 when it is the original publisher's own page (it credits no other site and
 * carries no republication junk), 1 when it credits another site but is clean, 0 when it is a republication with its
 * junk (blurbs, republishers' disclaimers, "Source:" lines). STORY_HOLD posts the highest-ranked copy.
 */
export function copyRank(copy: CopyFacts): number {
	const junk = copy.removed.some((piece) => REPUBLICATION_REASONS.has(piece.reason)) || copy.republishedVia.length > 0;
	if (junk) return 0;
	const host = copy.url ? hostNameOf(copy.url) : null;
	const original = copy.originalSource;
	if (original === null) return 2;
	const originalHost = original.url ? hostNameOf(original.url) : null;
	if (host && (sameSite(host, originalHost ?? original.name) || sameSite(host, original.name))) return 2;
	return 1;
}
