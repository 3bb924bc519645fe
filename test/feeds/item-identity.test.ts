import { describe, expect, it } from 'vitest';
import { contentHash, itemKey, normaliseLink } from '../../src/feeds/item-identity.js';

const base = { id: null, link: null, title: 'Title', published: null, updated: null, description: 'Body', content: null };

describe('normaliseLink', () => {
	it('drops tracking parameters, the fragment, www, the trailing slash and the scheme, and sorts the query', () => {
		expect(normaliseLink('https://WWW.Example.com/news/a/?b=2&utm_source=rss&a=1&fbclid=xyz#top')).toBe('example.com/news/a?a=1&b=2');
		expect(normaliseLink('http://example.com/news/a?a=1&b=2')).toBe('example.com/news/a?a=1&b=2');
	});

	it('keeps the path case and non-tracking parameters', () => {
		expect(normaliseLink('https://example.com/Story?id=7')).toBe('example.com/Story?id=7');
		expect(normaliseLink('https://example.com/Story?id=8')).not.toBe(normaliseLink('https://example.com/Story?id=7'));
	});

	it('returns null for what is not an http(s) URL', () => {
		expect(normaliseLink('mailto:a@b.c')).toBeNull();
		expect(normaliseLink('not a url')).toBeNull();
		expect(normaliseLink(null)).toBeNull();
	});
});

describe('itemKey', () => {
	it('uses the guid first', () => {
		expect(itemKey({ ...base, id: 'abc', link: 'https://x.example/1' })).toBe('id:abc');
	});

	it('uses the normalised link when there is no guid', () => {
		expect(itemKey({ ...base, link: 'https://www.x.example/1?utm_medium=feed' })).toBe('link:x.example/1');
	});

	it('hashes title, date and content when there is neither', () => {
		const a = itemKey({ ...base, published: '2026-03-10T00:00:00.000Z' });
		const b = itemKey({ ...base, published: '2026-03-11T00:00:00.000Z' });
		expect(a).toMatch(/^hash:[0-9a-f]{64}$/);
		expect(a).not.toBe(b);
	});
});

describe('contentHash', () => {
	it('ignores markup and whitespace differences', () => {
		expect(contentHash({ title: 'A  title', description: '<p>Some text</p>', content: null })).toBe(
			contentHash({ title: 'A title', description: 'Some   text', content: null }),
		);
	});

	it('changes when the text changes', () => {
		expect(contentHash({ title: 'A', description: 'one', content: null })).not.toBe(contentHash({ title: 'A', description: 'two', content: null }));
	});
});
