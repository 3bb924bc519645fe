import { describe, expect, it } from 'vitest';
import { cutElements } from '../../src/articles/cut-elements.js';
import { flattenNesting } from '../../src/articles/flatten-nesting.js';
import { processHtml } from '../../src/articles/process.js';

const TEXT = 'The regional council approved the new budget on Tuesday after a long debate about school funding.';
const PARAGRAPH = `<p>${TEXT}</p>`;

function maxDepth(html: string): number {
	let depth = 0;
	let deepest = 0;
	for (const m of html.matchAll(/<(\/?)(b|i|div|span|table)\b[^<>]*>/g)) {
		depth += m[1] ? -1 : 1;
		deepest = Math.max(deepest, depth);
	}
	return deepest;
}

describe('cutElements', () => {
	it('cuts closed content-free elements and comments, and keeps the text around them', () => {
		const html = `<p>a</p><script>x()</script><!-- note --><svg><path d="M0"/></svg><nav>menu</nav><p>b</p>`;
		expect(cutElements(html).html).toBe('<p>a</p><p>b</p>');
	});

	it('collects JSON-LD while cutting scripts', () => {
		const html = `<script type="application/ld+json">{"@type":"NewsArticle"}</script><p>a</p>`;
		expect(cutElements(html)).toEqual({ html: '<p>a</p>', jsonLd: ['{"@type":"NewsArticle"}'] });
	});

	it('cuts an unclosed script to the end of the page, as a browser would show nothing after it', () => {
		expect(cutElements('<p>a</p><script>var x = 1; <p>b</p>').html).toBe('<p>a</p>');
	});

	it('drops each unclosed foreign-content opener and keeps the text after it', () => {
		const html = `${PARAGRAPH}${'<svg><math>word '.repeat(20_000)}`;
		const out = cutElements(html).html;
		expect(out).not.toMatch(/<svg|<math/);
		expect(out.startsWith(PARAGRAPH)).toBe(true);
		expect(out.match(/word/g)?.length).toBe(20_000);
	});

	it('leaves an unclosed comment and an unclosed nav to the parser', () => {
		expect(cutElements('<p>a</p><!-- x <p>b</p>').html).toBe('<p>a</p><!-- x <p>b</p>');
		expect(cutElements('<nav><p>a</p>').html).toBe('<nav><p>a</p>');
	});
});

describe('flattenNesting', () => {
	it('leaves ordinary pages untouched', () => {
		const html = `<div><article><div>${PARAGRAPH}</div></article></div>`;
		expect(flattenNesting(html, 160)).toEqual({ html, flattened: 0 });
	});

	it('drops the tags of any element nested past the limit, not only layout tags, and keeps the text', () => {
		const html = `${'<b>'.repeat(5_000)}${TEXT}${'</b>'.repeat(5_000)}`;
		const flat = flattenNesting(html, 160);
		expect(maxDepth(flat.html)).toBe(160);
		expect(flat.flattened).toBe(2 * (5_000 - 160));
		expect(flat.html).toContain(TEXT);
	});

	it('drops the table rows and cells of nested tables past the limit too', () => {
		const flat = flattenNesting(`${'<table><tr><td>'.repeat(1_000)}${TEXT}`, 160);
		expect(maxDepth(flat.html)).toBe(160);
		expect(flat.html.match(/<td>/g)?.length).toBeLessThanOrEqual(160);
	});
});

describe('processHtml on hostile markup (small versions)', () => {
	it('reads the text under 80,000 nested <b> and says the nesting was flattened', () => {
		const article = processHtml(`<html><body><article>${PARAGRAPH.repeat(3)}${'<b>'.repeat(80_000)}x${'</b>'.repeat(80_000)}</article></body></html>`);
		expect(article.text).toContain('The regional council approved the new budget');
		expect(article.removed.some((r) => r.reason === 'oversize' && /nested deeper than/.test(r.text))).toBe(true);
	});

	it('reads the text before 100,000 unclosed <svg> openers', () => {
		const article = processHtml(`<html><body><article>${PARAGRAPH.repeat(3)}${'<svg>'.repeat(100_000)}</article></body></html>`);
		expect(article.text).toContain('The regional council approved the new budget');
	});
});
