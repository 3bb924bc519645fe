import type { QuoteQuery } from '../types.js';

/** A /quote query with its defaults and bounds applied, the same for both engines. */
export function normalizeQuoteQuery(query: QuoteQuery): { since: number; offset: number; limit: number; about: string } {
	return {
		since: query.since ?? Number.MIN_SAFE_INTEGER,
		offset: Math.max(0, query.offset ?? 0),
		limit: Math.max(0, query.limit),
		about: query.about?.trim() ?? '',
	};
}
