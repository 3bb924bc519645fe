import { findOriginStatement, nameSpanAt, speaksOfMedia, tokenize, type StatedOrigin } from './source-statement.js';
import { sameSite } from './source.js';
import type { Paragraph, Removed } from './types.js';

/** Removals that credit pictures: what they name is a photographer or an agency, never the article's source. */
const PICTURE_REASONS = new Set(['caption', 'credit']);
// A byline names the author ("Ein Beitrag von X"), not the publication the copy was taken from.
const AUTHOR_REASONS = new Set(['byline']);
// Removals whose text is not the page's words at all.
const NOT_TEXT_REASONS = new Set(['unreadable', 'oversize']);
// Statements are a sentence or two: a longer removed block (a menu, a comment thread) holds none worth reading.
const MAX_REMOVED_STATEMENT_CHARS = 600;
// A blurb is one short sentence ("This story first appeared on X."); a longer line the classifier removed may be prose.
const MAX_LOOSE_LEARNED_CHARS = 90;
// A kept line longer than this is the article's prose, whatever it says about publishing.
const MAX_KEPT_STATEMENT_CHARS = 300;
// Statements stand at the edges of a page, among the other junk: the first and last few kept paragraphs.
const EDGE_PARAGRAPHS = 5;

/** Every capitalised name in the picture credits: the people and agencies a statement must not be confused with. */
function pictureNames(removed: readonly Removed[]): string[] {
	const names: string[] = [];
	for (const piece of removed) {
		if (!PICTURE_REASONS.has(piece.reason) && !speaksOfMedia(piece.text)) continue;
		const tokens = tokenize(piece.text);
		for (let index = 0; index < tokens.length; index++) {
			const span = nameSpanAt(tokens, index);
			if (!span) continue;
			names.push(span.source.name);
			index = span.end - 1;
		}
	}
	return names;
}

/**
 * The sources stated in the article's junk and at the edges of its text, in page order. Removed junk is read loosely
 * ("…was first published on X" anywhere in it); kept paragraphs only when short, at an edge, and plainly about the
 * page ("This article…", "Originally published on…"), or the opening sentence of a long one near the top, where
 * aggregators glue their statement. A name also credited for a picture is dropped: a photographer is not a publisher.
 */
export function statedOrigins(removed: readonly Removed[], paragraphs: readonly Paragraph[]): StatedOrigin[] {
	const found: StatedOrigin[] = [];
	for (const piece of removed) {
		if (piece.reason === 'caption' || AUTHOR_REASONS.has(piece.reason) || NOT_TEXT_REASONS.has(piece.reason) || piece.text.length > MAX_REMOVED_STATEMENT_CHARS) continue;
		// The line classifier's removals are a probability, not a rule's certainty: an article's own sentence it took
		// ("Cases … first appeared in West Michigan at the end of August, officials said") must still be plainly about
		// the page to credit anyone, unless it is as short as a blurb.
		const loose = piece.reason !== 'junk-line' || piece.text.length <= MAX_LOOSE_LEARNED_CHARS;
		const source = findOriginStatement(piece.text, { loose });
		// A line the cleaner took for a credit is read only for a link to an article: pictures are credited by name.
		if (source && (piece.reason !== 'credit' || source.url)) found.push(source);
	}
	paragraphs.forEach((paragraph, index) => {
		const atTop = index < EDGE_PARAGRAPHS;
		if (!atTop && index < paragraphs.length - EDGE_PARAGRAPHS) return;
		const text = paragraph.text.length <= MAX_KEPT_STATEMENT_CHARS ? paragraph.text : atTop ? firstSentence(paragraph.text) : null;
		const source = text ? findOriginStatement(text) : null;
		if (source) found.push(source);
	});
	if (found.every((source) => source.url)) return found;
	const pictures = pictureNames(removed);
	return found.filter((source) => source.url || !pictures.some((name) => sameSite(name, source.name)));
}

const firstSentence = (text: string): string => /^.{10,300}?[.!?](?=\s|\p{Lu}|$)/u.exec(text)?.[0] ?? '';
