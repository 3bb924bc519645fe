import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/feeds/decode-body.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import type { ParsedFeed } from '../../src/feeds/types.js';

const read = (name: string): string => decodeBody(readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url)), null);

function parseOk(text: string, options?: Parameters<typeof parseFeed>[1]): ParsedFeed {
	const result = parseFeed(text, options);
	if (result.status !== 'ok') throw new Error(`expected a feed, got: ${result.error}`);
	return result.feed;
}

describe('parseFeed on well-formed feeds', () => {
	it('reads RSS 2.0 with content:encoded, dc:creator and relative links', () => {
		const feed = parseOk(read('rss2-fr.xml'));
		expect(feed).toMatchObject({ format: 'rss', title: 'Le Journal du Rhône – Économie', link: 'https://www.journal-rhone.example/economie/', recovered: false });
		expect(feed.updated).toBe('2026-03-10T07:15:00.000Z');
		const [first, second] = feed.items;
		expect(first).toMatchObject({ id: 'jr-58213', author: 'Claire Dubois', published: '2026-03-10T06:45:00.000Z' });
		expect(first?.content).toContain('Le contrat porte sur 30 rames');
		expect(first?.description).toContain('« C\'est une commande historique »');
		expect(second?.link).toBe('https://www.journal-rhone.example/economie/2026/03/09/greve-controleurs/');
	});

	it('reads Atom with an html title, xhtml content, alternate links and a bad date', () => {
		const feed = parseOk(read('atom-de.xml'));
		expect(feed).toMatchObject({ format: 'atom', title: 'Technik-Nachrichten aus Hamburg', link: 'https://technik-hamburg.example/', id: 'tag:technik-hamburg.example,2026:feed' });
		const [first, second] = feed.items;
		expect(first?.title).toBe('Siemens übernimmt Start-up für <em>Industrie-KI</em>');
		expect(first?.link).toBe('https://technik-hamburg.example/2026/03/siemens-ki');
		expect(first?.author).toBe('Jonas Müller');
		expect(first?.content).toBe('<p>„Wir wollen bei der Fertigungs-KI führend sein“, sagte <b>Roland Busch</b>.</p>');
		expect(first?.published).toBe('2026-03-10T07:00:00.000Z');
		expect(second?.updated).toBeNull();
		expect(second?.link).toBe('https://technik-hamburg.example/2026/03/hafen-autonom');
	});

	it('reads <rss> without a version attribute', () => {
		const feed = parseOk(read('rss-no-version-ja.xml'));
		expect(feed.title).toBe('東京テック速報');
		expect(feed.items[0]).toMatchObject({ title: 'ソニー、新型イメージセンサーを発表', published: '2026-03-09T09:00:00.000Z' });
	});

	it('reads RSS 1.0 (RDF) with rdf:about as the id', () => {
		const feed = parseOk(read('rdf-en.xml'));
		expect(feed.format).toBe('rdf');
		expect(feed.items[0]).toMatchObject({ id: 'https://harbour-gazette.example/2026/03/ferry-strike', author: 'Tom Hale', updated: '2026-03-10T06:30:00.000Z' });
	});

	it('reads JSON Feed 1.1 through its schema, keeping items with a bad date and dropping what is not an item', () => {
		const feed = parseOk(read('json-feed-es.json'));
		expect(feed).toMatchObject({ format: 'json', title: 'Diario de Valencia – Última hora', link: 'https://diariovalencia.example/' });
		expect(feed.items).toHaveLength(2);
		expect(feed.items[0]).toMatchObject({ id: '99173', author: 'Lucía Ferrer', published: '2026-03-10T09:05:00.000Z' });
		expect(feed.items[1]).toMatchObject({ id: '99160', link: 'https://diariovalencia.example/2026/03/09/fallas-visitantes', published: null, updated: null });
	});

	it('reads JSON Feed 1.0', () => {
		const feed = parseOk(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Blog', items: [{ id: 'a', content_text: 'Hello' }] }));
		expect(feed.items[0]).toMatchObject({ id: 'a', description: 'Hello' });
	});

	it('returns strings for titles, links and ids that XML gives as nested nodes', () => {
		const feed = parseOk(`<rss version="2.0"><channel><title type="text">Nested</title>
			<item><title><![CDATA[Übersicht]]> <b>fett</b></title><guid isPermaLink="true">https://x.example/a</guid></item></channel></rss>`);
		expect(typeof feed.items[0]?.title).toBe('string');
		expect(feed.items[0]?.title).toBe('Übersicht <b>fett</b>');
		expect(feed.items[0]?.id).toBe('https://x.example/a');
		expect(feed.items[0]?.link).toBe('https://x.example/a');
	});

	it('serialises unescaped HTML in a description as HTML, without the feed namespace and with end tags', () => {
		const feed = parseOk(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>t</title></channel>
			<item><title>a</title><description>Hallo <b>fett</b><div class="x"/><br/></description></item></rdf:RDF>`);
		expect(feed.items[0]?.description).toBe('Hallo <b>fett</b><div class="x"></div><br />');
	});

	it('keeps inline SVG valid by declaring its namespace', () => {
		const feed = parseOk(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:svg="http://www.w3.org/2000/svg"><title>t</title><entry><id>1</id>
			<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Chart</p><svg:svg width="10"><svg:circle r="5"/></svg:svg></div></content></entry></feed>`);
		expect(feed.items[0]?.content).toBe('<p>Chart</p><svg width="10" xmlns="http://www.w3.org/2000/svg"><circle r="5"></circle></svg>');
	});

	it('resolves relative links against the base URL when the feed has no link', () => {
		const feed = parseOk('<rss><channel><title>t</title><item><title>a</title><link>/a</link></item></channel></rss>', { baseUrl: 'https://site.example/feed.xml' });
		expect(feed.items[0]?.link).toBe('https://site.example/a');
	});

	it('resolves Atom links against xml:base', () => {
		const feed = parseOk(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/"><title>t</title><link href="/"/>
			<entry xml:base="/2026/"><id>1</id><link href="post-a"/><link rel="alternate" href="post-a.html"/></entry></feed>`);
		expect(feed.link).toBe('https://blog.example/');
		expect(feed.items[0]?.link).toBe('https://blog.example/2026/post-a.html');
	});

	it('keeps the feed when a date is garbage', () => {
		const feed = parseOk('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>yesterday-ish</updated><entry><id>1</id><updated>32/13/2026</updated></entry></feed>');
		expect(feed.updated).toBeNull();
		expect(feed.items[0]).toMatchObject({ id: '1', updated: null });
	});

	it('refuses what is not a feed', () => {
		expect(parseFeed('<html><body>hello</body></html>').status).toBe('error');
		expect(parseFeed('').status).toBe('error');
		expect(parseFeed('{"hello": 1}').status).toBe('error');
	});
});

describe('parseFeed on damaged feeds', () => {
	const titles = (feed: ParsedFeed) => feed.items.map((i) => i.title);
	const ALL = ['Nationalrat beschließt Budget', 'ÖBB bestellt neue Railjets', 'Wetter: Föhnsturm in Tirol'];

	it('repairs a bare ampersand', () => {
		const feed = parseOk(read('damaged-bare-ampersand.xml'));
		expect(feed.recovered).toBe(true);
		expect(titles(feed)).toEqual(['Nationalrat beschließt Budget & Steuern', ALL[1], ALL[2]]);
		expect(feed.items[0]?.link).toBe('https://wien-online.example/budget?a=1&b=2');
	});

	it('skips text and a BOM before the XML declaration', () => {
		const feed = parseOk(read('damaged-text-before-xml.xml'));
		expect(titles(feed)).toEqual(ALL);
	});

	it('maps HTML entities XML does not define', () => {
		const feed = parseOk(read('damaged-html-entities.xml'));
		expect(feed.items[0]?.description).toBe('Die Regierung zeigt sich zufrieden\u00a0– sagt Kanzler Stocker… é©');
		expect(titles(feed)).toEqual(ALL);
	});

	it('drops control characters', () => {
		const feed = parseOk(read('damaged-control-chars.xml'));
		expect(feed.items[0]?.description).toBe('Die Regierung zeigt sich zufrieden.');
		expect(titles(feed)).toEqual(ALL);
	});

	it('keeps the complete items of a cut-off document and drops the cut one', () => {
		const feed = parseOk(read('damaged-cut-off.xml'));
		expect(titles(feed)).toEqual(ALL.slice(0, 2));
		expect(feed.link).toBe('https://wien-online.example/');
	});

	it('closes unclosed <br> and <hr> in descriptions', () => {
		const feed = parseOk(read('damaged-unclosed-br.xml'));
		expect(titles(feed)).toEqual(ALL);
		expect(feed.items[0]?.description).toBe('Die Regierung<br />zeigt sich<br />zufrieden.<hr />');
	});

	it('drops only the item whose tags are broken', () => {
		const feed = parseOk(read('damaged-broken-item.xml'));
		expect(titles(feed)).toEqual([ALL[0], ALL[2]]);
		expect(feed.items.map((i) => i.link)).toEqual(['https://wien-online.example/budget', 'https://wien-online.example/foehn']);
	});

	it('drops a stray closing tag and keeps the item whole', () => {
		const feed = parseOk(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>
			<item><title>Kept</title><link>https://x.example/kept</link><media:content url="a.jpg"><media:title>img</media:title></media:content></media:content>
			<description>Still here</description></item></channel></rss>`);
		expect(feed.items[0]).toMatchObject({ title: 'Kept', link: 'https://x.example/kept', description: 'Still here' });
	});

	it('parses the next document normally after a broken one', () => {
		expect(parseFeed('<rss><channel><item><title>a</titel></item></channel></rss>').status).toBe('ok');
		const clean = parseOk(read('rss2-fr.xml'));
		expect(clean.recovered).toBe(false);
		expect(clean.items).toHaveLength(2);
	});
});

describe('item identity in parsed feeds', () => {
	it('keeps the first of items that repeat a guid', () => {
		const feed = parseOk(read('duplicate-guids.xml'));
		expect(feed.items.map((i) => i.title)).toEqual(['Equinor raises dividend', 'Volvo Cars cuts forecast']);
		expect(parseOk(read('duplicate-guids.xml'), { dedupe: false }).items).toHaveLength(3);
	});

	it('does not use a link or a text that several items of the feed share to identify them', () => {
		const feed = parseOk(`<rss version="2.0"><channel><title>Pegel Köln</title>
			<item><title>Rheinpegel</title><guid>p-1</guid><link>https://pegel.example/</link><description>Aktueller Stand</description></item>
			<item><title>Rheinpegel</title><guid>p-2</guid><link>https://pegel.example/</link><description>Aktueller Stand</description></item>
			<item><title>Hochwasserwarnung</title><guid>p-3</guid><link>https://pegel.example/warnung</link></item></channel></rss>`);
		const [a, b, c] = feed.items;
		expect(a?.linkKey).toBeNull();
		expect(b?.linkKey).toBeNull();
		expect(c?.linkKey).toBe('pegel.example/warnung');
		expect(a?.contentHash).not.toBe(b?.contentHash);
	});

	it('gives the same linkKey to an item whose guid changed but whose link did not', () => {
		const make = (guid: string, link: string) =>
			parseOk(`<rss version="2.0"><channel><title>t</title><item><title>Same story</title><guid isPermaLink="false">${guid}</guid><link>${link}</link></item></channel></rss>`).items[0];
		const before = make('cms-1001', 'https://www.news.example/story/42?utm_source=rss');
		const after = make('cms-2002', 'http://news.example/story/42/#comments');
		expect(before?.key).not.toBe(after?.key);
		expect(before?.linkKey).toBe(after?.linkKey);
		expect(before?.contentHash).toBe(after?.contentHash);
	});
});
