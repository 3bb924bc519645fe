import { endsLikeSentence, isKept, normalizeForCompare, type Piece } from './pieces.js';

// Titles are short; a longer first line is the lede even when it has no full stop.
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
// How far from the top a repeated title or lede is looked for.
const LEAD_WINDOW = 3;
const FRAGMENT_OVERLAP = 0.5;

/** A line that reads like a title: short, one line, no closing full stop. */
export function looksLikeTitle(text: string): boolean {
	const words = text.split(/\s+/u).length;
	return text.length <= MAX_TITLE_CHARS && words <= MAX_TITLE_WORDS && words >= 2 && !/[.:;,]$/u.test(text.trim());
}

// "Title | Site", "Site – Title": the page's <title> shape, with the site's name in a few words.
const MAX_SITE_WORDS = 5;
const SITE_SEPARATOR = /\s[-|–—·•:]\s/u;

/** The title with a site's name before or after it, split by a separator. */
function isTitleWithSite(text: string, title: string): boolean {
	const wanted = normalizeForCompare(title);
	const parts = text.split(SITE_SEPARATOR);
	if (parts.length < 2 || !wanted) return false;
	const head = normalizeForCompare(parts.slice(0, -1).join(' '));
	const tail = normalizeForCompare(parts.slice(1).join(' '));
	const short = (part: string | undefined): boolean => part !== undefined && part.split(/\s+/u).length <= MAX_SITE_WORDS;
	return (head === wanted && short(parts[parts.length - 1])) || (tail === wanted && short(parts[0]));
}

/**
 * Marks the title where it is repeated at the top of the body. Without a known title, the first kept line becomes the
 * title when it looks like one (plain text has no markup to say so). Returns the title.
 */
export function markTitleRepeat(pieces: Piece[], title: string | null, guessTitle: boolean): string | null {
	const lead = pieces.filter(isKept).slice(0, LEAD_WINDOW);
	if (title) {
		const wanted = normalizeForCompare(title);
		const repeat = lead.find((piece) => normalizeForCompare(piece.text) === wanted || isTitleWithSite(piece.text, title));
		if (repeat) repeat.reason = 'title-repeat';
		return title;
	}
	const first = lead.find((piece) => !piece.fragment);
	if (guessTitle && first && looksLikeTitle(first.text) && lead.length > 1) {
		first.reason = 'title-repeat';
		return first.text;
	}
	return null;
}

function wordsOf(text: string): string[] {
	return normalizeForCompare(text).split(' ').filter(Boolean);
}

/**
 * Text left beside a syndication blurb is usually the feed's teaser: a copy of the opening cut mid-sentence, often
 * twice. It goes when it is cut off and its words are the opening's words, or when it repeats; a full sentence that
 * is not elsewhere is the article's real start and stays.
 */
export function markBlurbFragments(pieces: Piece[], title: string | null): void {
	const body = pieces.filter((piece) => isKept(piece) && !piece.fragment);
	const opening = new Set(wordsOf([title ?? '', ...body.slice(0, LEAD_WINDOW).map((piece) => piece.text)].join(' ')));
	const bodyTexts = body.map((piece) => normalizeForCompare(piece.text));
	const seen = new Set<string>();
	for (const piece of pieces) {
		if (!piece.fragment || !isKept(piece)) continue;
		const normal = normalizeForCompare(piece.text);
		const words = wordsOf(piece.text);
		const overlap = words.length ? words.filter((word) => opening.has(word)).length / words.length : 1;
		const repeated = seen.has(normal) || bodyTexts.some((text) => text.startsWith(normal));
		const truncated = !endsLikeSentence(piece.text);
		if (repeated || (truncated && overlap >= FRAGMENT_OVERLAP) || words.length === 0) piece.reason = 'duplicate';
		seen.add(normal);
	}
}

/**
 * Duplicated ledes and stuttered paragraphs. Repeats farther apart are kept: articles legitimately repeat a quote,
 * a refrain or a list item, and on the benchmark most repeated paragraphs were real.
 */
export function markDuplicates(pieces: Piece[]): void {
	const kept = pieces.filter(isKept);
	for (let i = 1; i < kept.length; i++) {
		const current = kept[i] as Piece;
		const previous = kept[i - 1] as Piece;
		const normal = normalizeForCompare(current.text);
		if (!normal) continue;
		const previousNormal = normalizeForCompare(previous.text);
		const stutter = normal === previousNormal && previous.kind === current.kind;
		// A feed excerpt ending in "…" followed by the full paragraph it was cut from.
		const teaser =
			i <= LEAD_WINDOW &&
			/(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/u.test(previous.text.trim()) &&
			previousNormal.length > 20 &&
			normal.startsWith(previousNormal.replace(/\s*\S*$/u, ''));
		if (stutter) current.reason = 'duplicate';
		else if (teaser) previous.reason = 'duplicate';
	}
	const first = kept[0];
	const third = kept[2];
	if (first && third && isKept(first) && isKept(third) && normalizeForCompare(first.text) === normalizeForCompare(third.text)) {
		third.reason = 'duplicate';
	}
}
