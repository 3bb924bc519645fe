import type { Article, Paragraph } from '../articles/types.js';

const HEADING_MAX_CHARS = 120;

/**
 * An Article from text that is already clean: paragraphs split on blank lines, a short line without final
 * punctuation is a heading, and `text` is the input exactly so that offsets refer to it.
 */
export function buildRawArticle(text: string, options: { url?: string | null; language?: string } = {}): Article {
	const paragraphs: Paragraph[] = text
		.split(/\n[ \t\u00a0]*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0)
		.map((p) => ({
			text: p,
			kind: p.length <= HEADING_MAX_CHARS && !/[.!?…:;»”"')\]]$/.test(p) && !/\n/.test(p) ? 'heading' : 'paragraph',
		}));
	return {
		title: '',
		url: options.url ?? null,
		canonicalUrl: null,
		originalSource: null,
		republishedVia: [],
		siteName: null,
		language: options.language ?? 'und',
		publishedAt: null,
		byline: null,
		paragraphs,
		text,
		removed: [],
		minhash: [],
	};
}
