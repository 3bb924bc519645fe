import { assembleArticle, EMPTY_METADATA, emptyArticle } from './assemble.js';
import type { BoilerplateStats } from './boilerplate.js';
import { extractHtml } from './extract.js';
import { checkInput } from './input-check.js';
import { collapseWhitespace } from './pieces.js';
import { MAX_PARSE_CHARS } from './prefilter.js';
import { splitTextBlocks } from './text-blocks.js';
import type { Article, Removed } from './types.js';

export type { BoilerplateStats } from './boilerplate.js';

export interface ProcessHtmlOptions {
	url?: string | null;
	boilerplate?: BoilerplateStats;
	/**
	 * Let the learned line classifier remove junk the rules miss; false measures the rules alone. Default: on for
	 * plain text, off for HTML, whose blocks the classifier was never trained on (models/cleaning/README.md).
	 */
	lineModel?: boolean;
}

export interface ProcessTextOptions extends ProcessHtmlOptions {
	title?: string | null;
}

/**
 * An HTML page into a clean Article. Never throws: unreadable input gives an empty article whose `removed` says why.
 */
export function processHtml(html: string, options: ProcessHtmlOptions = {}): Article {
	const url = options.url ?? null;
	const meta = { ...EMPTY_METADATA, url };
	const verdict = checkInput(typeof html === 'string' ? html : '');
	if (!verdict.ok) return emptyArticle(meta, verdict.removed);
	try {
		const extraction = extractHtml(verdict.text, url);
		const article = assembleArticle(extraction.blocks, extraction.meta, {
			plainText: false,
			removedBefore: [...verdict.removed, ...extraction.removed],
			lineModel: options.lineModel ?? false,
			...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
		});
		if (article.paragraphs.length === 0) {
			article.removed.push({ text: 'no article text found in the page', reason: 'unreadable' });
		}
		return article;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return emptyArticle(meta, [{ text: `extraction failed: ${message}`, reason: 'unreadable' }]);
	}
}

/**
 * Plain text (feed content, a pasted article) into a clean Article: blank lines separate paragraphs, and without a
 * given title the first title-like line is the title.
 */
export function processText(text: string, options: ProcessTextOptions = {}): Article {
	const meta = { ...EMPTY_METADATA, url: options.url ?? null, title: options.title ? collapseWhitespace(options.title) : null };
	const verdict = checkInput(typeof text === 'string' ? text : '');
	if (!verdict.ok) return emptyArticle(meta, verdict.removed);
	let body = verdict.text;
	const removed: Removed[] = [...verdict.removed];
	if (body.length > MAX_PARSE_CHARS) {
		// Cut at a paragraph break so that no paragraph is cut in two.
		const breakAt = body.lastIndexOf('\n\n', MAX_PARSE_CHARS);
		const cut = breakAt > 0 ? breakAt : MAX_PARSE_CHARS;
		removed.push({ text: `${body.length - cut} characters after the first ${cut}`, reason: 'oversize' });
		body = body.slice(0, cut);
	}
	try {
		return assembleArticle(splitTextBlocks(body), meta, {
			plainText: true,
			removedBefore: removed,
			lineModel: options.lineModel ?? true,
			...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return emptyArticle(meta, [{ text: `cleaning failed: ${message}`, reason: 'unreadable' }]);
	}
}
