import { SYNDICATION_PATTERNS } from './rules/index.js';

export interface SyndicationPart {
	text: string;
	blurb: boolean;
	/** The site a blurb names ("appeared first on <site>"). */
	site: string | null;
}

// A pathological line cannot make the search loop run away: blurbs are rare and short.
const MAX_BLURBS_PER_LINE = 20;

// Global copies, to look past a match that starts mid-sentence.
const GLOBAL_PATTERNS = SYNDICATION_PATTERNS.map((pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));

/**
 * A blurb opens its sentence: "Cases of the virus first appeared in West Michigan" is the article's own sentence, and
 * reading "first appeared in West Michigan" as a blurb cut the article and credited "West Michigan" as its source.
 */
// Glued copies ("…écart technologique avecL'article…") leave no space at all before the blurb.
const opensSentence = (text: string, index: number): boolean =>
	index === 0 || /(?:[.!?»”")\]]\s*|[\p{L}\p{N}])$|^\s*$/u.test(text.slice(Math.max(0, index - 3), index));

function findFirstBlurb(text: string): { index: number; length: number; site: string | null } | null {
	let best: { index: number; length: number; site: string | null } | null = null;
	for (const pattern of GLOBAL_PATTERNS) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (!opensSentence(text, match.index)) {
				pattern.lastIndex = match.index + 1;
				continue;
			}
			if (best === null || match.index < best.index) {
				best = { index: match.index, length: match[0].length, site: match.groups?.['site']?.trim() ?? null };
			}
			break;
		}
	}
	return best;
}

/**
 * Cuts a line into syndication blurbs and the text around them. Blurbs arrive glued to each other and to the
 * article's first words ("…est paru sur X. La Chine peut…"), so the text between them is returned as separate parts.
 */
export function splitSyndication(line: string): SyndicationPart[] {
	const parts: SyndicationPart[] = [];
	if (!findFirstBlurb(line)) return [{ text: line, blurb: false, site: null }];
	// "…first on Site.The post…": a copy glued after the full stop; the space lets the site name end there.
	let rest = line.replace(/(\p{Ll})\.(?=\p{Lu})/gu, '$1. ');
	for (let count = 0; count < MAX_BLURBS_PER_LINE; count++) {
		const blurb = findFirstBlurb(rest);
		if (!blurb) break;
		const before = rest.slice(0, blurb.index).trim();
		if (before) parts.push({ text: before, blurb: false, site: null });
		let end = blurb.index + blurb.length;
		if (rest[end] === '.') end++;
		parts.push({ text: rest.slice(blurb.index, end).trim(), blurb: true, site: blurb.site });
		rest = rest.slice(end);
	}
	if (parts.length === 0) return [{ text: line, blurb: false, site: null }];
	const tail = rest.trim();
	if (tail) parts.push({ text: tail, blurb: false, site: null });
	return parts;
}
