/**
 * OPML in and out, by hand and in one pass: an OPML file is a list of `<outline xmlUrl="…" title="…"/>`, and a
 * full XML parser would bring entity expansion and nesting to defend against for four attributes. The reader
 * scans tags left to right (linear in the input) and decodes the five XML entities and numeric references only.
 */

export interface OpmlFeed {
	url: string;
	title: string | null;
}

export const MAX_OPML_BYTES = 1_000_000;

// `[^<>]*` stops at the next `<`, where the next attempt starts: every character is read by at most one attempt.
const TAG = /<outline\b([^<>]*)>/gi;

/** The feeds of an OPML document, in order, each URL once. Nested outlines (folders) are flattened. */
export function readOpml(text: string): OpmlFeed[] {
	const feeds: OpmlFeed[] = [];
	const seen = new Set<string>();
	for (const match of text.slice(0, MAX_OPML_BYTES).matchAll(TAG)) {
		const attributes = readAttributes(match[1] ?? '');
		const url = attributes.get('xmlurl')?.trim();
		if (!url || seen.has(url)) continue;
		seen.add(url);
		const title = (attributes.get('title') ?? attributes.get('text') ?? '').trim();
		feeds.push({ url, title: title || null });
	}
	return feeds;
}

export function writeOpml(title: string, feeds: readonly OpmlFeed[], now: Date): string {
	const lines = feeds.map((f) => {
		const name = escapeXml(f.title ?? f.url);
		return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(f.url)}"/>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<opml version="2.0">',
		`  <head><title>${escapeXml(title)}</title><dateCreated>${now.toUTCString()}</dateCreated></head>`,
		'  <body>',
		...lines,
		'  </body>',
		'</opml>',
		'',
	].join('\n');
}

/** `name="value"` pairs, scanned once left to right (no regex, so no backtracking on odd input). */
function readAttributes(text: string): Map<string, string> {
	const attributes = new Map<string, string>();
	let i = 0;
	while (i < text.length) {
		const eq = text.indexOf('=', i);
		if (eq < 0) break;
		const name = text.slice(i, eq).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
		let j = eq + 1;
		while (j < text.length && /\s/.test(text[j] as string)) j++;
		const quote = text[j];
		if (quote !== '"' && quote !== "'") {
			i = j;
			continue;
		}
		const end = text.indexOf(quote, j + 1);
		if (end < 0) break;
		if (name) attributes.set(name, decodeXml(text.slice(j + 1, end)));
		i = end + 1;
	}
	return attributes;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
		const lower = ref.toLowerCase();
		if (lower in NAMED) return NAMED[lower] as string;
		const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

function escapeXml(text: string): string {
	// Control characters other than tab and newlines are not allowed in XML 1.0 at all.
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
