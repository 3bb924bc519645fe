import { cutElements } from './cut-elements.js';
import { flattenNesting } from './flatten-nesting.js';
import type { Removed } from './types.js';

/** Beyond this, a page is cut: ten times the largest page of the extraction benchmark once scripts are cut. */
export const MAX_PARSE_CHARS = 1_500_000;
// Raw input is cut before the regular expressions run, so a runaway page costs a bounded time.
const MAX_RAW_CHARS = 12_000_000;
// Deeper nesting than this is generated markup: none of the 181 pages of the extraction dataset nests past 80, and
// Readability costs grow with depth (400 nested tables take seconds).
const MAX_NESTING_DEPTH = 160;

export interface PrefilteredHtml {
	html: string;
	/** The JSON-LD blocks, kept before the scripts are cut. */
	jsonLd: string[];
	removed: Removed[];
}

// Inline data (base64 images, fonts) and srcset lists carry no text.
const INLINE_DATA = /\s(?:src|srcset|data-src|data-srcset|href|poster|style)\s*=\s*(?:"data:[^"]*"|'data:[^']*')/giu;
// Attributes nothing downstream reads: each one is a DOM node in linkedom, and they are a large share of a page's nodes.
// Readability reads class, id, style, hidden, aria-hidden, role, href and src; the metadata reads the rest of <meta>.
const IDLE_ATTRIBUTES =
	/\s(?:data-[\w-]*|on[a-z]+|aria-(?!hidden)[\w-]+|srcset|sizes|tabindex|target|alt|title|width|height|loading|decoding|crossorigin|integrity|referrerpolicy|fetchpriority|xmlns(?::\w+)?|jsaction|jsname|jscontroller|ng-[\w-]+|v-[\w-]+|x-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/giu;
// Indentation between block tags becomes whitespace-only text nodes; inline tags keep theirs, as it separates words.
const BLOCK_GAP =
	/(<\/?(?:div|p|ul|ol|li|section|article|header|footer|main|h[1-6]|table|thead|tbody|tr|td|th|figure|head|body|html|meta|link|title|hr|dl|dt|dd|blockquote)\b[^<>]*>)\s+(?=<)/giu;

/**
 * Cuts what can be cut from raw HTML without parsing it: scripts, styles, SVG, comments, inline data. Then caps the
 * size, and flattens nesting past a depth, so the parser and Readability stay bounded.
 */
export function prefilterHtml(input: string): PrefilteredHtml {
	const removed: Removed[] = [];
	let raw = input;
	if (raw.length > MAX_RAW_CHARS) {
		removed.push({ text: `${raw.length - MAX_RAW_CHARS} characters after the first ${MAX_RAW_CHARS}`, reason: 'oversize' });
		raw = raw.slice(0, MAX_RAW_CHARS);
	}
	const cut = cutElements(raw);
	const jsonLd = cut.jsonLd;
	let html = cut.html
		.replace(INLINE_DATA, '')
		.replace(IDLE_ATTRIBUTES, '')
		.replace(BLOCK_GAP, '$1');
	if (html.length > MAX_PARSE_CHARS) {
		const end = html.lastIndexOf('>', MAX_PARSE_CHARS) + 1 || MAX_PARSE_CHARS;
		removed.push({ text: `${html.length - end} characters after the first ${end}`, reason: 'oversize' });
		html = html.slice(0, end);
	}
	const flat = flattenNesting(html, MAX_NESTING_DEPTH);
	if (flat.flattened > 0) removed.push({ text: `${flat.flattened} tags nested deeper than ${MAX_NESTING_DEPTH}`, reason: 'oversize' });
	html = flat.html;
	return { html, jsonLd, removed };
}
