/**
 * Hostile inputs of our own, at a chosen scale (1 = the sizes of issue #14; tests use small fractions): each is a
 * page or feed built to make a reader quadratic, exhaust its memory, or hide its text. Shared by the hostile tests
 * and `npm run bench -- hostile`.
 */
export interface HostileInput {
	name: string;
	kind: 'page' | 'feed';
	body: string;
	/** Served gzip-compressed: a decompression bomb, refused by the fetcher's size cap while inflating. */
	gzip?: boolean;
}

const PARAGRAPH =
	'<p>The regional council approved the new budget on Tuesday after a long debate about school funding, road repairs and the harbour works.</p>';
const WORDS = 'harbour council budget river school railway festival museum hospital bridge factory election market vineyard airport library'.split(' ');

/** Each page has its own words, so that two hostile pages are never taken for copies of one story. */
function intro(name: string): string {
	let h = 2166136261;
	for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
	const words = Array.from({ length: 40 }, (_, i) => WORDS[((h >>> (i % 24)) + i * 7) % WORDS.length]);
	return `<p>The ${name} committee discussed the ${words.join(' ')} on Tuesday.</p>${PARAGRAPH}`;
}

export function hostileInputs(scale = 1): HostileInput[] {
	const n = (count: number) => Math.max(10, Math.round(count * scale));
	const entityValue = 'x'.repeat(3_500);
	const entityFeed = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${entityValue}">]><rss version="2.0"><channel><title>t</title>` +
		`<item><title>bomb</title><link>http://example.com/bomb</link><description>${'&big;'.repeat(n(150_000))}</description></item></channel></rss>`;
	const named = (name: string, body: string): HostileInput => ({
		name,
		kind: 'page',
		body: `<!doctype html><html><head><title>Hostile page ${name}</title></head><body><article>${intro(name)}${body}</article></body></html>`,
	});
	return [
		named('nested-b', `${'<b>'.repeat(n(80_000))}x${'</b>'.repeat(n(80_000))}`),
		named('nested-mixed-inline', '<i><u><em><span><font>'.repeat(n(20_000))),
		named('nested-tables', '<table><tr><td>'.repeat(n(30_000))),
		named('nested-lists', '<ul><li>'.repeat(n(40_000))),
		named('unclosed-svg', '<svg>'.repeat(n(200_000))),
		named('unclosed-math', '<math><mi>x'.repeat(n(100_000))),
		named('unclosed-svg-foreignobject', '<svg><foreignObject><div>'.repeat(n(50_000))),
		named('unclosed-comments', '<!-- x'.repeat(n(100_000))),
		named('unclosed-scripts', '<script>x'.repeat(n(100_000))),
		named('unterminated-tags', '<div class="a" '.repeat(n(100_000))),
		named('unterminated-attributes', `<p data-x="${'a'.repeat(10)} `.repeat(n(100_000))),
		named('huge-single-line', `<p>${'word '.repeat(n(400_000))}</p>`),
		named('huge-single-word', `<p>${'a'.repeat(n(2_000_000))}</p>`),
		named('many-quotes', `<p>${'“We will build it,” said Anna Berg. '.repeat(n(20_000))}</p>`),
		named('many-names', `<p>${Array.from({ length: n(20_000) }, (_, i) => `Anna Berg${i} met Karl Stone${i}.`).join(' ')}</p>`),
		{ ...named('gzip-bomb', `<p>${'a'.repeat(n(40_000_000))}</p>`), gzip: true },
		{ name: 'binary', kind: 'page', body: Array.from({ length: n(500_000) }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') },
		{ name: 'entity-expansion-feed', kind: 'feed', body: entityFeed },
		{ name: 'deep-feed', kind: 'feed', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>deep</title><description>${'<x>'.repeat(n(100_000))}</description></item></channel></rss>` },
		{ name: 'many-items-feed', kind: 'feed', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${'<item><title>a</title><link>http://example.com/a</link></item>'.repeat(n(50_000))}</channel></rss>` },
	];
}
