import type { RemovalReason } from './types.js';

/** A unit of text on its way through the cleaning passes: kept while `reason` is null. */
export interface Piece {
	text: string;
	kind: 'heading' | 'paragraph';
	reason: RemovalReason | null;
	/** Text left over beside a syndication blurb on the same line: often a truncated copy of the lede. */
	fragment: boolean;
	/** The whole text was a link in the page. */
	link: boolean;
}

/** Text reduced to comparable words: case, punctuation and spacing do not make two lines differ. */
export function normalizeForCompare(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function collapseWhitespace(text: string): string {
	return text.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
}

/** Ends like a sentence (or a quote closing one), as opposed to a heading, label or cut-off teaser. */
export function endsLikeSentence(text: string): boolean {
	return /[.!?…:;]["'»”’)\]]*$/u.test(text.trim());
}

export function isKept(piece: Piece): boolean {
	return piece.reason === null;
}
