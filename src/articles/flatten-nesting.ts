/**
 * Flattens nesting deeper than a limit, in one pass over the tags: the tags of any element opened past the limit are
 * dropped and their text kept. Readability and the DOM recurse per level, so 80,000 nested `<b>` would otherwise cost
 * minutes; no real article nests anywhere near the limit.
 */

// Void elements and those whose end tag may be omitted never add a level, so sloppy pages do not look deep.
const NO_LEVEL = new Set(
	('area base br col embed hr img input link meta param source track wbr keygen command ' +
		'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rt rp html head body').split(' '),
);
// Kept even past the limit: they cannot nest, and they carry the paragraph breaks of the text that is kept.
const KEEP_WHEN_DEEP = new Set(['p', 'br']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/gu;

export function flattenNesting(html: string, maxDepth: number): { html: string; flattened: number } {
	let depth = 0;
	let flattened = 0;
	const out: string[] = [];
	let kept = 0;
	for (const match of html.matchAll(TAG)) {
		const name = (match[2] ?? '').toLowerCase();
		const closing = match[1] === '/';
		let deep: boolean;
		if (match[3] || NO_LEVEL.has(name)) {
			// Past the limit, even tags that add no level go: nested tables and lists are built from them.
			deep = depth >= maxDepth && !KEEP_WHEN_DEEP.has(name);
		} else {
			deep = closing ? depth > maxDepth : depth + 1 > maxDepth;
			depth = closing ? Math.max(0, depth - 1) : depth + 1;
		}
		if (!deep) continue;
		flattened++;
		out.push(html.slice(kept, match.index));
		kept = match.index + match[0].length;
	}
	if (flattened === 0) return { html, flattened };
	out.push(html.slice(kept));
	return { html: out.join(''), flattened };
}
