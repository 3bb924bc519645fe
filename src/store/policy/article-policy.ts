import type { Brief } from '../../briefs/types.js';
import { urlKey } from '../url-key.js';

/** Copies of a story are looked for among articles stored this recently; older stories are news no more. */
export const STORY_WINDOW_MS = 14 * 24 * 3_600_000;
/** A date more than a day in the future is a feed's mistake, not a publication time. */
export const FUTURE_SLACK_MS = 24 * 3_600_000;

/** The time an article sorts by: its publication date, unless that is missing or implausibly far ahead. */
export function sortTime(publishedAt: number | null, createdAt: number): number {
	return publishedAt !== null && publishedAt <= createdAt + FUTURE_SLACK_MS ? publishedAt : createdAt;
}

/** An ISO date as epoch milliseconds, or null when absent or unreadable. */
export function parseTime(iso: string | null): number | null {
	if (!iso) return null;
	const time = Date.parse(iso);
	return Number.isFinite(time) ? time : null;
}

/**
 * The publisher of this copy, as "also reported by" lists it beside the copy that was posted: its site, else its
 * host. Not the original it credits: an aggregator's copy of a TechWire story was reported by the aggregator, and
 * naming TechWire there (or its host) would list the original twice, under a name no reader recognises.
 */
export function sourceName(brief: Brief): string | null {
	if (brief.siteName) return brief.siteName;
	try {
		return brief.url ? new URL(brief.url).hostname.replace(/^www\./, '') : null;
	} catch {
		return null;
	}
}

/** The URL keys an article is found again by: its own URL and its canonical URL, deduplicated, in that order. */
export function articleUrlKeys(brief: Pick<Brief, 'url' | 'canonicalUrl'>): string[] {
	return [...new Set([urlKey(brief.url), urlKey(brief.canonicalUrl)].filter((k): k is string => k !== null))];
}
