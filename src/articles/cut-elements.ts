/**
 * One left-to-right pass over raw HTML that cuts comments and content-free elements whole, and collects JSON-LD on
 * the way. Each closer is searched once from its opener, and a name known to have no closer after some point is
 * never searched again, so the cost is linear in the page: a page of 100,000 unclosed `<svg>` openers costs one scan,
 * where a regex with a lazy `[\s\S]*?` rescanned to the end of the page for each of them.
 */

/** Removed whole with their content; `nav`/`aside` are site furniture, the rest carry no article text. */
const CUT = 'script|style|svg|noscript|template|iframe|object|canvas|math|button|select|textarea|nav|aside';
// `[^<>]*` stops at the next tag, so a run of unterminated openers costs one scan, not one per opener.
const OPENER = new RegExp(`<!--|<(${CUT})\\b[^<>]*>`, 'giu');
/** Unclosed, these swallow the rest of the page (raw text); cut to the end, as a browser would show nothing. */
const RAW_TEXT = new Set(['script', 'style']);
/**
 * Unclosed, these put the rest of the page in foreign or replaced content, which is where parsers go quadratic:
 * the opener alone is dropped and the text after it is kept. Unclosed `nav`/`aside` are ordinary HTML and stay.
 */
const DROP_OPENER = new Set(['svg', 'math', 'noscript', 'template', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea']);
const JSON_LD_TYPE = /type\s*=\s*["']?application\/ld\+json/iu;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_JSON_LD_BLOCKS = 10;

export interface CutResult {
	html: string;
	jsonLd: string[];
}

export function cutElements(html: string): CutResult {
	const out: string[] = [];
	const jsonLd: string[] = [];
	// For each name, the position after which no closer exists (so it is not searched for again).
	const noCloserFrom = new Map<string, number>();
	let kept = 0;
	OPENER.lastIndex = 0;
	for (let match = OPENER.exec(html); match; match = OPENER.exec(html)) {
		const start = match.index;
		const afterOpener = start + match[0].length;
		const name = match[1]?.toLowerCase();
		if (!name) {
			const end = html.indexOf('-->', afterOpener);
			if (end < 0) break; // An unclosed comment: left as it is, the parser hides the rest.
			out.push(html.slice(kept, start));
			kept = end + 3;
			OPENER.lastIndex = kept;
			continue;
		}
		const closeAt = findCloser(html, name, afterOpener, noCloserFrom);
		if (closeAt) {
			if (name === 'script' && jsonLd.length < MAX_JSON_LD_BLOCKS && JSON_LD_TYPE.test(match[0])) {
				const body = html.slice(afterOpener, closeAt.start);
				if (body.length <= MAX_JSON_LD_CHARS) jsonLd.push(body);
			}
			out.push(html.slice(kept, start));
			kept = closeAt.end;
			OPENER.lastIndex = kept;
		} else if (RAW_TEXT.has(name)) {
			out.push(html.slice(kept, start));
			kept = html.length;
			break;
		} else if (DROP_OPENER.has(name)) {
			out.push(html.slice(kept, start));
			kept = afterOpener;
		}
	}
	out.push(html.slice(kept));
	return { html: out.join(''), jsonLd };
}

function findCloser(
	html: string,
	name: string,
	from: number,
	noCloserFrom: Map<string, number>,
): { start: number; end: number } | null {
	const none = noCloserFrom.get(name);
	if (none !== undefined && from >= none) return null;
	const closer = new RegExp(`</${name}\\s*>`, 'giu');
	closer.lastIndex = from;
	const found = closer.exec(html);
	if (!found) {
		noCloserFrom.set(name, from);
		return null;
	}
	return { start: found.index, end: found.index + found[0].length };
}
