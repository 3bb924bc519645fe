import { describe, expect, it } from 'vitest';
import { fixEntities } from '../../src/feeds/html-entities.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { balanceTagsDetailed, EntityExpansionError, expandDoctypeEntities, repairXml } from '../../src/feeds/xml-repair.js';

describe('fixEntities', () => {
	it('turns HTML entities into numeric references and escapes bare ampersands', () => {
		expect(fixEntities('Fish &amp; chips &nbsp;caf&eacute; R&D &#233; &#xE9; &bogus;')).toBe('Fish &amp; chips &#160;caf&#233; R&amp;D &#233; &#xE9; &amp;bogus;');
	});
});

describe('repairXml', () => {
	it('leaves CDATA sections and comments alone', () => {
		const xml = '<a><![CDATA[Tom & Jerry &nbsp; <br>]]><!-- a & b --> x & y</a>';
		expect(repairXml(xml)).toBe('<a><![CDATA[Tom & Jerry &nbsp; <br>]]><!-- a & b --> x &amp; y</a>');
	});

	it('closes HTML void tags but not RSS elements of the same shape', () => {
		expect(repairXml('<description>a<br>b<img src="x.jpg">c</description><link>https://x.example/</link>')).toBe(
			'<description>a<br/>b<img src="x.jpg"/>c</description><link>https://x.example/</link>',
		);
	});
});

describe('balanceTagsDetailed', () => {
	it('completes a cut-off document and drops the item cut in half', () => {
		const result = balanceTagsDetailed('<rss><channel><title>T</title><item><title>one</title></item><item><title>tw');
		expect(result.text).toBe('<rss><channel><title>T</title><item><title>one</title></item></channel></rss>');
		expect(result.guessedClosures).toBe(0);
	});

	it('counts a feed element closed only because its parent closed as a guess', () => {
		const result = balanceTagsDetailed('<item><title>a</titel><link>x</link></item>');
		expect(result.strayCloseTags).toBe(1);
		expect(result.guessedClosures).toBe(1);
	});

	it('does not count unclosed HTML paragraphs as a guess', () => {
		const result = balanceTagsDetailed('<item><description><p>a<p>b</description></item>');
		expect(result.text).toBe('<item><description><p>a<p>b</p></p></description></item>');
		expect(result.guessedClosures).toBe(0);
	});

	it('closes a CDATA section cut off at the end of the file', () => {
		expect(balanceTagsDetailed('<rss><channel><title><![CDATA[Half').text).toBe('<rss><channel><title><![CDATA[Half]]></title></channel></rss>');
	});
});

describe('expandDoctypeEntities', () => {
	it('substitutes entities declared in the internal subset', () => {
		const xml = '<!DOCTYPE rss [<!ENTITY site "tag:example.com,2006:">]><rss><guid>&site;post-1</guid></rss>';
		expect(expandDoctypeEntities(xml)).toBe('<rss><guid>tag:example.com,2006:post-1</guid></rss>');
	});
});

describe('entity expansion cap', () => {
	const bomb = (value: number, refs: number) =>
		`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(value)}">]><rss version="2.0"><channel><title>t</title>` +
		`<item><title>a</title><description>${'&big;'.repeat(refs)}</description></item></channel></rss>`;

	it('counts what expansion would add and refuses past the cap before building anything', () => {
		expect(() => expandDoctypeEntities(bomb(100, 20), 1_000)).toThrow(EntityExpansionError);
		expect(expandDoctypeEntities(bomb(100, 5), 1_000)).toContain('x'.repeat(500));
	});

	it('refuses a feed over the cap with a reason instead of throwing', () => {
		const result = parseFeed(bomb(3_500, 2_000));
		expect(result.status).toBe('error');
		expect(result.status === 'error' && result.error).toMatch(/^refused: entity expansion would add more than/);
	});

	it('still reads a feed whose entities stay under the cap', () => {
		const result = parseFeed(bomb(10, 3));
		expect(result.status === 'ok' && result.feed.items[0]?.description).toContain('x'.repeat(30));
	});
});
