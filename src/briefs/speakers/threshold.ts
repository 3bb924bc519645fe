import type { Brief, Quote } from '../types.js';

/**
 * The default of `SPEAKER_MIN_CONFIDENCE` (keep in step with `src/config/env.ts`): the `suggestedThreshold` that
 * `npm run train:quotes` derives from held-out quotes (at most 8 % of the speakers given there wrong, in every language).
 */
export const DEFAULT_SPEAKER_MIN_CONFIDENCE = 0.85;

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

/** The brief as it may be stored and shown: speakers below the threshold removed from its quotes. */
export function withSpeakerThreshold<T extends Brief>(brief: T, minConfidence: number = DEFAULT_SPEAKER_MIN_CONFIDENCE): T {
	return { ...brief, quotes: applySpeakerThreshold(brief.quotes, minConfidence) };
}
