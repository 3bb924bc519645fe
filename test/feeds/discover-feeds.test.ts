import { describe, expect, it } from 'vitest';
import { discoverFeedLinks, looksLikeHtml } from '../../src/feeds/discover-feeds.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';

const PAGE = `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Corriere di Torino</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Tutte le notizie" href="/rss/tutte.xml">
<link rel='alternate' type='application/atom+xml' href='https://cdn.corriere-torino.example/feed.atom?lang=it&amp;v=2'>
<link href="/feed.json" type="application/feed+json" rel="alternate">
<link rel="alternate" hreflang="en" href="/en/">
<link rel="alternate" type="application/rss+xml" href="/rss/tutte.xml">
</head><body><p>Ciao</p></body></html>`;

describe('discoverFeedLinks', () => {
	it('finds the RSS, Atom and JSON feeds a page declares, as absolute URLs, once each', () => {
		expect(discoverFeedLinks(PAGE, 'https://www.corriere-torino.example/cronaca/')).toEqual([
			'https://www.corriere-torino.example/rss/tutte.xml',
			'https://cdn.corriere-torino.example/feed.atom?lang=it&v=2',
			'https://www.corriere-torino.example/feed.json',
		]);
	});

	it('finds nothing on a page without feeds', () => {
		expect(discoverFeedLinks('<html><head><link rel="icon" href="/f.ico"></head></html>', 'https://x.example/')).toEqual([]);
	});
});

describe('an HTML page given as a feed', () => {
	it('is recognised and reported as such', () => {
		expect(looksLikeHtml(PAGE)).toBe(true);
		expect(looksLikeHtml('<?xml version="1.0"?><rss></rss>')).toBe(false);
		const result = parseFeed(PAGE);
		expect(result.status === 'error' && result.error).toMatch(/HTML page/);
	});
});
