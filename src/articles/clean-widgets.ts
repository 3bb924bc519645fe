import { endsLikeSentence, isKept, type Piece } from './pieces.js';
import { CUE_GROUPS } from './rules/cues.js';

// Widget lines are labels and figures; anything longer is prose.
const MAX_WIDGET_LINE_CHARS = 80;
const MIN_RUN_LINES = 3;
const MIN_FIGURE_LINES = 2;
const MIN_FIGURE_SHARE = 0.4;

const FIGURE_LINE = new RegExp(
	[
		// prices, possibly glued together by a widget ("$0.0022$0.0022"), and signed changes ("+1.89%", "-0,5 %")
		String.raw`^(?:[+\-−–]?\s*[$€£¥₿₹]?\s*\d[\d\s.,']*\s*(?:[$€£¥₿₹%]|[kKmMbB]n?)?\s*)+$`,
		// a currency code or ticker alone ("USD", "BTC", "EUR/USD")
		String.raw`^[A-Z]{3,5}(?:\s*\/\s*[A-Z]{3,5})?$`,
		// "BTC $42,000 +1.2%" style ticker entries
		String.raw`^[A-Z]{2,6}\s+[$€£¥]?\s*\d[\d.,]*\s*[$€£¥]?(?:\s+[+\-−]?\d[\d.,]*\s*%)?$`,
	].join('|'),
	'u',
);
const TICKER_OR_PRICE_WORD = /\([A-Z]{2,6}(?:\/\p{L}+)?\)|[$€£¥₿]\s*\d|\d\s*(?:%|[$€£¥₿])/u;

// Widget labels are a word or three, or speak of prices ("Price chart in real time"); a longer line without any
// figure or price word is a heading or a list item of the article.
const MAX_LABEL_WORDS_WITHOUT_FIGURE = 3;

const MONEY_WORDS = new Set((CUE_GROUPS['money'] ?? []).filter((word) => !word.endsWith('*')));

function isShortLabel(text: string): boolean {
	const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const aboutPrices = /[\d$€£¥₿₹%]/u.test(text) || words.some((word) => MONEY_WORDS.has(word));
	if (words.length > MAX_LABEL_WORDS_WITHOUT_FIGURE && !aboutPrices) return false;
	return text.length <= MAX_WIDGET_LINE_CHARS && (!endsLikeSentence(text) || /%$/u.test(text));
}

/** A line of the widget itself: a figure, a ticker, or a label that speaks of prices. */
function isWidgetLine(text: string): boolean {
	return FIGURE_LINE.test(text) || TICKER_OR_PRICE_WORD.test(text) || text.toLowerCase().split(/[^\p{L}]+/u).some((word) => MONEY_WORDS.has(word));
}

/** The run without the short lines at its edges that are not about prices: a subheading beside a widget stays. */
function trimRun(run: Piece[]): Piece[] {
	let from = 0;
	let to = run.length;
	while (from < to && !isWidgetLine((run[from] as Piece).text)) from++;
	while (to > from && !isWidgetLine((run[to - 1] as Piece).text)) to--;
	return run.slice(from, to);
}

/**
 * Price widgets and tickers: runs of short lines dominated by prices, percentages, tickers and currency codes.
 * The whole run goes, labels included ("Market opportunity", "Price chart"), since they mean nothing without it.
 */
export function markPriceWidgets(pieces: Piece[]): void {
	const kept = pieces.filter(isKept);
	let start = 0;
	while (start < kept.length) {
		let end = start;
		while (end < kept.length && isShortLabel((kept[end] as Piece).text)) end++;
		const run = kept.slice(start, end);
		if (run.length >= MIN_RUN_LINES) {
			const figures = run.filter((piece) => FIGURE_LINE.test(piece.text)).length;
			const tickers = run.filter((piece) => TICKER_OR_PRICE_WORD.test(piece.text)).length;
			if (figures >= MIN_FIGURE_LINES && (figures + tickers) / 2 >= run.length * MIN_FIGURE_SHARE) {
				for (const piece of trimRun(run)) piece.reason = 'price-widget';
			}
		}
		start = Math.max(end, start + 1);
	}
}
