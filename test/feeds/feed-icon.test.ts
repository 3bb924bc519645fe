import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/parse-feed.js';

const BASE = 'https://news.example.org/feeds/world.xml';

function iconOf(text: string): string | undefined {
	const result = parseFeed(text, { baseUrl: BASE });
	if (result.status !== 'ok') throw new Error(`expected a feed, got: ${result.error}`);
	return result.feed.icon;
}

const item = '<item><title>Harbour reopens</title><link>https://news.example.org/a</link></item>';

describe('the icon a feed names', () => {
	it('reads RSS 2.0 <image><url>, resolved against the channel link', () => {
		expect(iconOf(`<rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link><image><url>/img/logo.png</url><title>T</title></image>${item}</channel></rss>`)).toBe(
			'https://news.example.org/img/logo.png',
		);
	});

	it('reads RSS 1.0 <image> beside the channel, and itunes:image when there is no <image>', () => {
		const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title><link>https://n.example/</link></channel><image><url>https://n.example/i.gif</url></image><item><title>A</title><link>https://n.example/a</link></item></rdf:RDF>`;
		expect(iconOf(rdf)).toBe('https://n.example/i.gif');
		const itunes = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title><itunes:image href="https://n.example/cover.jpg"/>${item}</channel></rss>`;
		expect(iconOf(itunes)).toBe('https://n.example/cover.jpg');
	});

	it('prefers Atom <icon> to <logo>, and resolves a relative one against the document (RFC 4287 xml:base rules)', () => {
		const atom = (inner: string) =>
			`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://a.example/"/>${inner}<entry><title>A</title><link href="https://a.example/1"/><id>1</id></entry></feed>`;
		expect(iconOf(atom('<logo>https://a.example/logo.png</logo><icon>/favicon.ico</icon>'))).toBe('https://news.example.org/favicon.ico');
		expect(iconOf(atom('<logo>https://a.example/logo.png</logo>'))).toBe('https://a.example/logo.png');
	});

	it('reads JSON Feed icon, then favicon', () => {
		const json = (extra: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', home_page_url: 'https://j.example/', items: [{ id: '1', url: 'https://j.example/1', title: 'A' }], ...extra });
		expect(iconOf(json({ icon: 'https://j.example/icon-512.png', favicon: '/fav.png' }))).toBe('https://j.example/icon-512.png');
		expect(iconOf(json({ favicon: '/fav.png' }))).toBe('https://j.example/fav.png');
	});

	it('has none when the feed names none, or names something that is no web address', () => {
		expect(iconOf(`<rss version="2.0"><channel><title>T</title>${item}</channel></rss>`)).toBeUndefined();
		expect(iconOf(`<rss version="2.0"><channel><title>T</title><image><url>javascript:alert(1)</url></image>${item}</channel></rss>`)).toBeUndefined();
		expect(iconOf(`<rss version="2.0"><channel><title>T</title><image><url>data:image/png;base64,AAAA</url></image>${item}</channel></rss>`)).toBeUndefined();
	});
});
