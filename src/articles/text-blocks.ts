import { collapseWhitespace, endsLikeSentence, isKept, type Piece } from './pieces.js';

export interface Block {
	text: string;
	kind: 'heading' | 'paragraph';
	/** The whole text is link text (a headline pointing elsewhere), as far as the markup says. */
	link?: boolean;
}

// A wrapped line is long; a short line is a unit of its own (a heading, a widget label, a list item).
const MIN_WRAPPED_LINE_CHARS = 50;
const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 20;

/**
 * Plain text into blocks: blank lines separate paragraphs. Inside a paragraph, a hard-wrapped line (long, no
 * sentence end, next line starting in lower case) is joined to the next; other lines stay separate blocks, since feed
 * text often puts one widget label or list item per line.
 */
export function splitTextBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const lines = chunk.split('\n').map(collapseWhitespace).filter(Boolean);
		let current = '';
		for (const line of lines) {
			const joinable =
				current.length >= MIN_WRAPPED_LINE_CHARS && !endsLikeSentence(current) && /^[\p{Ll}\d(«"“]/u.test(line);
			if (current && !joinable) {
				blocks.push({ text: current, kind: 'paragraph' });
				current = line;
			} else current = current ? `${current} ${line}` : line;
		}
		if (current) blocks.push({ text: current, kind: 'paragraph' });
	}
	return blocks;
}

function looksLikeHeading(text: string): boolean {
	return (
		text.length <= MAX_HEADING_CHARS &&
		text.split(/\s+/u).length <= MAX_HEADING_WORDS &&
		!endsLikeSentence(text) &&
		!/[,]$/u.test(text) &&
		/\p{L}/u.test(text)
	);
}

/** In plain text, a short line without final punctuation between two paragraphs is a subheading. */
export function markTextHeadings(pieces: Piece[]): void {
	const kept = pieces.filter(isKept);
	// Both neighbours must be prose: a short line among short lines is a list item or a widget label.
	for (let i = 1; i < kept.length - 1; i++) {
		const piece = kept[i] as Piece;
		const previous = kept[i - 1] as Piece;
		const next = kept[i + 1] as Piece;
		if (looksLikeHeading(piece.text) && !looksLikeHeading(previous.text) && !looksLikeHeading(next.text)) {
			piece.kind = 'heading';
		}
	}
}
