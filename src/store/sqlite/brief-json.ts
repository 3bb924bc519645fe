import type { Brief } from '../../briefs/types.js';

const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The brief as stored. `text` is the paragraphs joined by blank lines (src/articles/types.ts), so when that
 * holds it is left out and rebuilt on read: the article body is then stored once, not twice.
 */
export function encodeBrief(brief: Brief): string {
	const rebuilt = brief.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
	if (rebuilt !== brief.text) return JSON.stringify(brief);
	const { text: _text, ...rest } = brief;
	return JSON.stringify(rest);
}

export function decodeBrief(json: string): Brief {
	const stored = JSON.parse(json) as Omit<Brief, 'text'> & { text?: string };
	return { ...stored, text: stored.text ?? stored.paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR) } as Brief;
}
