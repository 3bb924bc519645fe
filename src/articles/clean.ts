import type { BoilerplateStats } from './boilerplate.js';
import { markLearnedJunk, mentionsMedia, originFromStatement, splitGluedLead } from './clean-learned.js';
import { classifyLine, isSiteTemplate } from './clean-lines.js';
import { markBlurbFragments, markDuplicates, markTitleRepeat } from './clean-repeats.js';
import { splitSyndication } from './clean-syndication.js';
import { markInlineRecirculation, markLinkRuns, markRecirculationTail } from './clean-tail.js';
import { markPriceWidgets } from './clean-widgets.js';
import { collapseWhitespace, isKept, type Piece } from './pieces.js';
import { findDisclaimerNames } from './source.js';
import { parseSourceLine } from './source-line.js';
import { markTextHeadings, type Block } from './text-blocks.js';
import type { OriginalSource, Paragraph, Removed } from './types.js';

export interface CleanOptions {
	/** The known title (from markup or the feed); null to let plain text give its first line as title. */
	title: string | null;
	boilerplate?: BoilerplateStats;
	/** Plain text: headings are guessed from line shape, and the title from the first line. */
	plainText: boolean;
	/** Run the learned line classifier after the rules (default true). */
	lineModel?: boolean;
}

export interface CleanResult {
	title: string | null;
	paragraphs: Paragraph[];
	removed: Removed[];
	sourceLines: OriginalSource[];
	blurbSites: string[];
	disclaimerNames: string[];
}

function splitBlocks(blocks: readonly Block[], blurbSites: string[]): Piece[] {
	const pieces: Piece[] = [];
	for (const block of blocks) {
		const text = collapseWhitespace(block.text);
		if (!text) continue;
		const parts = splitSyndication(text);
		const hasBlurb = parts.some((part) => part.blurb);
		for (const part of parts) {
			if (part.blurb && part.site) blurbSites.push(part.site);
			pieces.push({
				text: part.text,
				kind: block.kind,
				reason: part.blurb ? 'syndication' : null,
				fragment: hasBlurb && !part.blurb,
				link: block.link === true,
			});
		}
	}
	return pieces;
}

/**
 * Cleans an article's blocks like an editor: every piece of junk is dropped with its reason, and what the junk says
 * about the article's origin (source lines, blurb sites, disclaimer companies) is kept for the metadata.
 */
export function cleanBlocks(blocks: readonly Block[], options: CleanOptions): CleanResult {
	const blurbSites: string[] = [];
	const sourceLines: OriginalSource[] = [];
	const disclaimerNames: string[] = [];
	const pieces = splitBlocks(blocks, blurbSites);

	for (const piece of pieces) {
		if (!isKept(piece)) continue;
		const source = parseSourceLine(piece.text);
		// "Source: agency" under a chart or photo credits the picture, never the article.
		if (source && mentionsMedia(piece.text)) {
			piece.reason = 'credit';
			continue;
		}
		if (source) {
			piece.reason = 'source';
			sourceLines.push(source);
			continue;
		}
		const reason = classifyLine(piece.text);
		if (reason) {
			piece.reason = reason;
			if (reason === 'disclaimer') disclaimerNames.push(...findDisclaimerNames(piece.text));
		} else if (isSiteTemplate(piece.text, options.boilerplate)) piece.reason = 'site-template';
	}
	markPriceWidgets(pieces);
	markInlineRecirculation(pieces);
	markLinkRuns(pieces);
	markRecirculationTail(pieces, options.plainText);
	const title = markTitleRepeat(pieces, options.title, options.plainText);
	markBlurbFragments(pieces, title);
	markDuplicates(pieces);
	if (options.lineModel !== false) {
		markLearnedJunk(pieces, title);
		// The lead is read once the junk above it is gone: a glued statement sits on the first line of the article.
		splitGluedLead(pieces, title);
		for (const piece of pieces.filter((p) => p.reason === 'junk-line')) {
			const origin = originFromStatement(piece.text);
			if (origin) sourceLines.push(origin);
		}
	}
	if (options.plainText) markTextHeadings(pieces);

	return {
		title,
		paragraphs: pieces.filter(isKept).map((piece) => ({ text: piece.text, kind: piece.kind })),
		removed: pieces.flatMap((piece) => (piece.reason ? [{ text: piece.text, reason: piece.reason }] : [])),
		sourceLines,
		blurbSites,
		disclaimerNames,
	};
}
