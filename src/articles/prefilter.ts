import type { Removed } from './types.js';

/** Beyond this, a page is cut: ten times the largest page of the extraction benchmark once scripts are cut. */
export const MAX_PARSE_CHARS = 1_500_000;
// Raw input is cut before the regular expressions run, so a runaway page costs a bounded time.
const MAX_RAW_CHARS = 12_000_000;
// Deeper nesting than this is generated markup; Readability's recursion would not survive it.
const MAX_NESTING_DEPTH = 400;
const MAX_JSON_LD_CHARS = 200_000;

export interface PrefilteredHtml {
	html: string;
	/** The JSON-LD blocks, kept before the scripts are cut. */
	jsonLd: string[];
	removed: Removed[];
}

// Content-free elements removed whole, before parsing: most of a page's bytes and parse time are here.
const CUT_ELEMENTS = /<(script|style|svg|noscript|template|iframe|object|canvas|math|button|select|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const CUT_UNCLOSED = /<(?:script|style)\b[^>]*>[\s\S]*$/iu;
const COMMENTS = /<!--[\s\S]*?-->/gu;
// Inline data (base64 images, fonts) and srcset lists carry no text.
const INLINE_DATA = /\s(?:src|srcset|data-src|data-srcset|href|poster|style)\s*=\s*(?:"data:[^"]*"|'data:[^']*')/giu;
// Attributes nothing downstream reads: each one is a DOM node in linkedom, and they are a large share of a page's nodes.
// Readability reads class, id, style, hidden, aria-hidden, role, href and src; the metadata reads the rest of <meta>.
const IDLE_ATTRIBUTES =
	/\s(?:data-[\w-]*|on[a-z]+|aria-(?!hidden)[\w-]+|srcset|sizes|tabindex|target|alt|title|width|height|loading|decoding|crossorigin|integrity|referrerpolicy|fetchpriority|xmlns(?::\w+)?|jsaction|jsname|jscontroller|ng-[\w-]+|v-[\w-]+|x-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/giu;
// Site-wide furniture cut before parsing; the same elements would be dropped after parsing anyway (chrome.ts).
const CUT_CHROME = /<(nav|aside)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/giu;
// Indentation between block tags becomes whitespace-only text nodes; inline tags keep theirs, as it separates words.
const BLOCK_GAP =
	/(<\/?(?:div|p|ul|ol|li|section|article|header|footer|main|h[1-6]|table|thead|tbody|tr|td|th|figure|head|body|html|meta|link|title|hr|dl|dt|dd|blockquote)\b[^>]*>)\s+(?=<)/giu;
const LAYOUT_TAGS = /<\/?(?:div|span|section|font|center|table|tbody|tr|td|th)\b[^>]*>/giu;

function collectJsonLd(html: string): string[] {
	const out: string[] = [];
	for (const match of html.matchAll(JSON_LD)) {
		const body = match[1];
		if (body && body.length <= MAX_JSON_LD_CHARS) out.push(body);
		if (out.length >= 10) break;
	}
	return out;
}

/** Nesting depth of the markup, counted cheaply from tags (void and self-closing tags ignored). */
function estimateNestingDepth(html: string): number {
	let depth = 0;
	let deepest = 0;
	for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/gu)) {
		const tag = (match[2] ?? '').toLowerCase();
		if (match[3] || /^(?:br|hr|img|input|meta|link|source|wbr|area|base|col|embed|param|track|p|li)$/.test(tag)) continue;
		depth += match[1] ? -1 : 1;
		if (depth > deepest) deepest = depth;
	}
	return deepest;
}

/**
 * Cuts what can be cut from raw HTML without parsing it: scripts, styles, SVG, comments, inline data. Then caps the
 * size, and flattens layout tags when the nesting is pathological, so the parser and Readability stay bounded.
 */
export function prefilterHtml(input: string): PrefilteredHtml {
	const removed: Removed[] = [];
	let raw = input;
	if (raw.length > MAX_RAW_CHARS) {
		removed.push({ text: `${raw.length - MAX_RAW_CHARS} characters after the first ${MAX_RAW_CHARS}`, reason: 'oversize' });
		raw = raw.slice(0, MAX_RAW_CHARS);
	}
	const jsonLd = collectJsonLd(raw);
	let html = raw
		.replace(COMMENTS, '')
		.replace(CUT_ELEMENTS, '')
		.replace(CUT_UNCLOSED, '')
		.replace(CUT_CHROME, '')
		.replace(INLINE_DATA, '')
		.replace(IDLE_ATTRIBUTES, '')
		.replace(BLOCK_GAP, '$1');
	if (html.length > MAX_PARSE_CHARS) {
		const cut = html.lastIndexOf('>', MAX_PARSE_CHARS) + 1 || MAX_PARSE_CHARS;
		removed.push({ text: `${html.length - cut} characters after the first ${cut}`, reason: 'oversize' });
		html = html.slice(0, cut);
	}
	if (estimateNestingDepth(html) > MAX_NESTING_DEPTH) html = html.replace(LAYOUT_TAGS, '\n');
	return { html, jsonLd, removed };
}
