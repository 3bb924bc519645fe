import { endsLikeSentence, isKept, type Piece } from './pieces.js';

const MAX_LABEL_WORDS = 8;
// Headlines in a related-links list are short even when they end with "?" or "!".
const MAX_HEADLINE_CHARS = 90;
// A recirculation block closes an article: a label near the top is a kicker or a stray button.
const MIN_BODY_SHARE_BEFORE = 0.4;
// The related-links section is made of titles; the article is made of sentences.
const MIN_TITLE_SHARE = 0.5;
// Teasers in a related list are a headline or a short sentence; a block longer than this is the article's own prose.
const MAX_TEASER_CHARS = 200;

function isSectionLabel(piece: Piece): boolean {
	// "Related: Some headline" is one inline link, not the label of a section.
	return (
		(piece.reason === 'read-more' || piece.reason === 'newsletter') &&
		piece.text.split(/\s+/u).length <= MAX_LABEL_WORDS &&
		!/[:|»>]\s*\S/u.test(piece.text)
	);
}

/**
 * A sentence that is not a link, or a block too long for a teaser: the article's own text, which a list of other
 * articles never holds.
 */
function isProse(piece: Piece): boolean {
	if (piece.link) return false;
	return piece.text.length > MAX_TEASER_CHARS || (endsLikeSentence(piece.text) && !/[?!]["'»”’)]*$/u.test(piece.text));
}

/**
 * "You may also like", "More news from…": a label followed by a list of headlines and teasers is the site's
 * recirculation block, not the article. Everything after such a label goes, but only when what follows is mostly
 * titles: a "Don't miss" box in the middle of an article is followed by more article.
 */
export function markRecirculationTail(pieces: Piece[], plainText = false): void {
	const total = pieces.filter(isKept).reduce((sum, piece) => sum + piece.text.length, 0);
	let before = 0;
	for (let i = 0; i < pieces.length; i++) {
		const label = pieces[i] as Piece;
		if (isKept(label)) before += label.text.length;
		if (!isSectionLabel(label) || before < total * MIN_BODY_SHARE_BEFORE) continue;
		const after = pieces.slice(i + 1).filter(isKept);
		if (after.length === 0) return;
		const isTitle = (piece: Piece): boolean =>
			piece.kind === 'heading' || !endsLikeSentence(piece.text) || piece.text.length <= MAX_HEADLINE_CHARS;
		const titles = after.filter(isTitle).length;
		const startsWithTitles = after.slice(0, 2).every(isTitle);
		// In plain text no link says which lines point elsewhere, and a newsletter box in the middle is followed by more
		// article: after it, only a list of nothing but titles goes.
		const share = plainText && label.reason === 'newsletter' ? 1 : MIN_TITLE_SHARE;
		if (startsWithTitles && titles / after.length >= share) {
			// A long paragraph of prose is the article going on after a box in its middle: the list stops there.
			for (const piece of after) {
				if (isProse(piece)) return;
				piece.reason = 'read-more';
			}
			return;
		}
	}
}

// Headlines shouted in capitals and pointing elsewhere are promotion for other articles.
const MIN_SHOUT_WORDS = 3;
const MIN_SHOUT_SHARE = 0.8;

function isShouted(text: string): boolean {
	const letters = text.match(/\p{L}/gu) ?? [];
	const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
	return text.split(/\s+/u).length >= MIN_SHOUT_WORDS && letters.length > 0 && upper / letters.length >= MIN_SHOUT_SHARE;
}

/**
 * Related links inside the article: the links listed under a "More:" or "Related" label, and headlines in capitals
 * that are links to other articles. Only whole-link blocks go, so a subheading after the box stays.
 */
export function markInlineRecirculation(pieces: Piece[]): void {
	for (let i = 0; i < pieces.length; i++) {
		const piece = pieces[i] as Piece;
		if (isKept(piece) && piece.link && isShouted(piece.text)) piece.reason = 'read-more';
		if (!isSectionLabel(piece)) continue;
		for (let j = i + 1; j < pieces.length; j++) {
			const next = pieces[j] as Piece;
			if (!isKept(next)) continue;
			if (!next.link) break;
			next.reason = 'read-more';
		}
	}
}

const MIN_LINK_RUN = 2;

/** Two or more headlines in a row that are nothing but links: a list of other articles, label or not. */
export function markLinkRuns(pieces: Piece[]): void {
	const kept = pieces.filter(isKept);
	let start = 0;
	while (start < kept.length) {
		let end = start;
		while (end < kept.length && (kept[end] as Piece).link && !endsLikeSentence((kept[end] as Piece).text)) end++;
		if (end - start >= MIN_LINK_RUN) for (const piece of kept.slice(start, end)) piece.reason = 'read-more';
		start = Math.max(end, start + 1);
	}
}
