/**
 * Hostile inputs of our own, at a chosen scale (1 = the sizes of issue #14; tests use small fractions): each is a
 * page or feed built to make a reader quadratic, exhaust its memory, or hide its text. Shared by the hostile tests
 * and `npm run bench -- hostile`.
 */
export interface HostileInput {
	name: string;
	kind: 'page' | 'feed';
	body: string;
}

const PARAGRAPH =
	'<p>The regional council approved the new budget on Tuesday after a long debate about school funding, road repairs and the harbour works.</p>';
const page = (body: string) => `<!doctype html><html><head><title>Hostile page</title></head><body><article>${PARAGRAPH.repeat(3)}${body}</article></body></html>`;

export function hostileInputs(scale = 1): HostileInput[] {
	const n = (count: number) => Math.max(10, Math.round(count * scale));
	const entityValue = 'x'.repeat(3_500);
	const entityFeed = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${entityValue}">]><rss version="2.0"><channel><title>t</title>` +
		`<item><title>bomb</title><link>http://example.com/bomb</link><description>${'&big;'.repeat(n(150_000))}</description></item></channel></rss>`;
	return [
		{ name: 'nested-b', kind: 'page', body: page(`${'<b>'.repeat(n(80_000))}x${'</b>'.repeat(n(80_000))}`) },
		{ name: 'nested-mixed-inline', kind: 'page', body: page('<i><u><em><span><font>'.repeat(n(20_000))) },
		{ name: 'nested-tables', kind: 'page', body: page('<table><tr><td>'.repeat(n(30_000))) },
		{ name: 'nested-lists', kind: 'page', body: page('<ul><li>'.repeat(n(40_000))) },
		{ name: 'unclosed-svg', kind: 'page', body: page('<svg>'.repeat(n(200_000))) },
		{ name: 'unclosed-math', kind: 'page', body: page('<math><mi>x'.repeat(n(100_000))) },
		{ name: 'unclosed-svg-foreignobject', kind: 'page', body: page('<svg><foreignObject><div>'.repeat(n(50_000))) },
		{ name: 'unclosed-comments', kind: 'page', body: page('<!-- x'.repeat(n(100_000))) },
		{ name: 'unclosed-scripts', kind: 'page', body: page('<script>x'.repeat(n(100_000))) },
		{ name: 'unterminated-tags', kind: 'page', body: page('<div class="a" '.repeat(n(100_000))) },
		{ name: 'unterminated-attributes', kind: 'page', body: page(`<p data-x="${'a'.repeat(10)} `.repeat(n(100_000))) },
		{ name: 'huge-single-line', kind: 'page', body: page(`<p>${'word '.repeat(n(400_000))}</p>`) },
		{ name: 'huge-single-word', kind: 'page', body: page(`<p>${'a'.repeat(n(2_000_000))}</p>`) },
		{ name: 'many-quotes', kind: 'page', body: page(`<p>${'“We will build it,” said Anna Berg. '.repeat(n(20_000))}</p>`) },
		{ name: 'many-names', kind: 'page', body: page(`<p>${Array.from({ length: n(20_000) }, (_, i) => `Anna Berg${i} met Karl Stone${i}.`).join(' ')}</p>`) },
		{ name: 'many-paragraphs', kind: 'page', body: page(PARAGRAPH.repeat(n(10_000))) },
		{ name: 'binary', kind: 'page', body: Array.from({ length: n(500_000) }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') },
		{ name: 'entity-expansion-feed', kind: 'feed', body: entityFeed },
		{ name: 'deep-feed', kind: 'feed', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>deep</title><description>${'<x>'.repeat(n(100_000))}</description></item></channel></rss>` },
		{ name: 'many-items-feed', kind: 'feed', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${'<item><title>a</title><link>http://example.com/a</link></item>'.repeat(n(50_000))}</channel></rss>` },
	];
}
