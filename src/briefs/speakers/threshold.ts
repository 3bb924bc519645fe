import type { Quote } from '../types.js';

/**
 * The display rule: a speaker whose confidence is below `minConfidence` is dropped (the quote stays, unattributed),
 * since a quote in the wrong mouth is worse than a quote without one. Quotes from before confidences existed count
 * as sure, as they were shown until now.
 */
export function applySpeakerThreshold<T extends Quote>(quotes: readonly T[], minConfidence: number): T[] {
	return quotes.map((quote) =>
		(quote.confidence ?? 1) >= minConfidence || (!quote.speaker && !quote.speakerText)
			? quote
			: { ...quote, speaker: null, speakerText: null, speakerEntityId: null },
	);
}
