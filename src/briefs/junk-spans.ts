import { paragraphJunkScores } from '../articles/clean-learned.js';
import type { Article } from '../articles/types.js';

/** A stretch of the article's text, by character offsets. */
export interface Span {
	start: number;
	end: number;
}

// A kept line the classifier gives at least this junk probability is doubtful: not junk enough to cut (a wrong cut
// loses the article's text), but a name found only in such lines is more likely a byline, credit or widget's than
// the story's. Chosen on the train templates (scripts/cleaning/entity-doubt.ts), below the cutting threshold.
export const DOUBTFUL_LINE = 0.4;

/**
 * The paragraphs of a cleaned article that are likely leftover junk. Only for articles the cleaner removed something
 * from: text that came in clean (a raw article, a test fixture) has no junk to doubt.
 */
export function doubtfulSpans(article: Pick<Article, 'paragraphs' | 'title' | 'removed'>, threshold = DOUBTFUL_LINE): Span[] {
	if (article.removed.length === 0) return [];
	const scores = paragraphJunkScores(article.paragraphs, article.title || null);
	const spans: Span[] = [];
	let offset = 0;
	article.paragraphs.forEach((paragraph, i) => {
		if ((scores[i] ?? 0) >= threshold) spans.push({ start: offset, end: offset + paragraph.text.length });
		offset += paragraph.text.length + 2;
	});
	return spans;
}
