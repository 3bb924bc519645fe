import { describe, expect, it } from 'vitest';
import { urlKey } from '../../src/store/url-key.js';

describe('urlKey', () => {
	it('ignores scheme, www, fragment, tracking parameters, parameter order and a trailing slash', () => {
		const key = urlKey('https://news.example/a/b?id=2&x=1');
		expect(urlKey('http://www.NEWS.example/a/b/?x=1&utm_source=rss&id=2#comments')).toBe(key);
		expect(urlKey('https://news.example/a/b?fbclid=abc&id=2&x=1')).toBe(key);
	});

	it('keeps what tells two articles apart', () => {
		expect(urlKey('https://news.example/a?id=1')).not.toBe(urlKey('https://news.example/a?id=2'));
		expect(urlKey('https://news.example/a')).not.toBe(urlKey('https://other.example/a'));
		expect(urlKey('https://news.example:8443/a')).not.toBe(urlKey('https://news.example/a'));
	});

	it('returns null for what is not an http URL', () => {
		for (const url of [null, undefined, '', 'not a url', 'ftp://x.example/a', 'javascript:alert(1)']) expect(urlKey(url)).toBeNull();
	});
});
