import type { Quote } from './types.js';

export const MAX_KEY_QUOTES = 3;

function scoreQuote(quote: Quote): number {
	const words = quote.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
	// Informative: long enough to say something, short enough to read; numbers and names carry facts.
	let score = Math.min(words, 40) - Math.max(0, words - 80) * 0.5;
	if (quote.speaker) score += 15;
	else if (quote.speakerText) score += 5;
	if (/\d/.test(quote.text)) score += 3;
	if (/[?]$/.test(quote.text)) score -= 5;
	return score;
}

/** Marks up to three key quotes: the best-scoring ones, from different speakers where possible. */
export function selectKeyQuotes(quotes: Quote[]): void {
	const ranked = quotes.map((quote, index) => ({ quote, index, score: scoreQuote(quote) })).sort((a, b) => b.score - a.score || a.index - b.index);
	const chosen = new Set<Quote>();
	const speakers = new Set<string>();
	for (const { quote } of ranked) {
		if (chosen.size >= MAX_KEY_QUOTES) break;
		const speaker = quote.speaker ?? quote.speakerText ?? '';
		if (speaker && speakers.has(speaker)) continue;
		chosen.add(quote);
		if (speaker) speakers.add(speaker);
	}
	for (const { quote } of ranked) {
		if (chosen.size >= MAX_KEY_QUOTES) break;
		chosen.add(quote);
	}
	for (const quote of quotes) quote.key = chosen.has(quote);
}
