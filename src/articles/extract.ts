import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { removeChrome, type ChromeElement } from './chrome.js';
import { isDateStamp } from './date-stamp.js';
import type { ArticleMetadata } from './assemble.js';
import { readMetadata, type MetaDocument } from './metadata.js';
import { prefilterHtml } from './prefilter.js';
import { collapseWhitespace } from './pieces.js';
import type { Block } from './text-blocks.js';
import type { Removed } from './types.js';

export interface Extraction {
	blocks: Block[];
	meta: ArticleMetadata;
	removed: Removed[];
}

/** The DOM surface the block walk reads (linkedom nodes satisfy it). */
interface WalkNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<WalkNode>;
}

const BLOCK_TAGS = new Set(
	'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE TABLE THEAD TBODY TR TD TH FIGURE FIGCAPTION HR ADDRESS DETAILS SUMMARY'.split(' '),
);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);
const TEXT_NODE = 3;
// A block whose text is this much link text is a link to elsewhere, not prose.
const LINK_ONLY_SHARE = 0.9;
const ELEMENT_NODE = 1;

/** Text taken block by block, so that words of adjacent paragraphs are never glued together. */
export function blocksOf(root: WalkNode): Block[] {
	const blocks: Block[] = [];
	let buffer: string[] = [];
	let linkChars = 0;
	let linkDepth = 0;
	const flush = (kind: Block['kind']): void => {
		const text = collapseWhitespace(buffer.join(''));
		const letters = text.replace(/\s+/gu, '').length;
		if (text) blocks.push({ text, kind, ...(letters > 0 && linkChars >= letters * LINK_ONLY_SHARE ? { link: true } : {}) });
		buffer = [];
		linkChars = 0;
	};
	const walk = (node: WalkNode): void => {
		// linkedom builds `childNodes` afresh on every access: read it once.
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === TEXT_NODE) {
				const text = child.textContent ?? '';
				buffer.push(text);
				if (linkDepth > 0) linkChars += text.replace(/\s+/gu, '').length;
			}
			else if (child.nodeType === ELEMENT_NODE) {
				const tag = child.nodeName.toUpperCase();
				if (SKIP_TAGS.has(tag)) continue;
				if (tag === 'BR') buffer.push(' ');
				else if (BLOCK_TAGS.has(tag)) {
					flush('paragraph');
					walk(child);
					flush(HEADING_TAGS.has(tag) ? 'heading' : 'paragraph');
				} else if (tag === 'A') {
					linkDepth++;
					walk(child);
					linkDepth--;
				} else walk(child);
			}
		}
	};
	walk(root);
	flush('paragraph');
	return blocks;
}

/**
 * Main text and metadata of an HTML page: cheap cuts on the raw markup, linkedom parse, metadata, chrome removal,
 * then Readability; its content element is walked block by block. Falls back to the whole body when Readability
 * finds no article.
 */
export function extractHtml(html: string, pageUrl: string | null): Extraction {
	const filtered = prefilterHtml(html);
	// A fragment (feed content) has no <body>; linkedom would leave its elements outside the document's body.
	const markup = /<(?:body|html)[\s>]/i.test(filtered.html)
		? filtered.html
		: `<!DOCTYPE html><html><head></head><body>${filtered.html}</body></html>`;
	const { document } = parseHTML(markup);
	const meta = readMetadata(document as unknown as MetaDocument, filtered.jsonLd, pageUrl);
	const removed = [...filtered.removed];
	const body = document.body as unknown as ChromeElement | null;
	if (body) removed.push(...removeChrome(body));
	let blocks: Block[] = [];
	try {
		const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
			serializer: (element) => element,
			// The JSON-LD was read from the raw markup already (readMetadata), and class names are never read after
			// Readability: both would be one more walk of the page for nothing.
			disableJSONLD: true,
			keepClasses: true,
		});
		const article = reader.parse();
		const content = article?.content as unknown as WalkNode | null | undefined;
		if (content && typeof content === 'object') blocks = blocksOf(content);
		if (article) {
			meta.title ??= article.title ? collapseWhitespace(article.title) : null;
			meta.byline ??= article.byline ? collapseWhitespace(article.byline) : null;
			meta.siteName ??= article.siteName ?? null;
		}
	} catch {
		// Readability gives up on some malformed documents; the body's text is still better than nothing.
	}
	const root = (body ?? document.documentElement) as unknown as WalkNode | null;
	if (blocks.length === 0 && root) blocks = blocksOf(root);
	// A dateline left inside the content ("October 06, 2018") is the page's, not the article's.
	const kept = blocks.filter((block) => !isDateStamp(block.text));
	if (kept.length > 0 && kept.length < blocks.length) {
		for (const block of blocks) if (isDateStamp(block.text)) removed.push({ text: block.text, reason: 'byline' });
		blocks = kept;
	}
	return { blocks, meta, removed };
}
