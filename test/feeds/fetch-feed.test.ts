import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPollAfterFailure, shouldDisable } from '../../src/feeds/backoff.js';
import { createFetcher, type Fetcher } from '../../src/feeds/fetch.js';
import { fetchFeed } from '../../src/feeds/fetch-feed.js';
import { sequence, startTestServer, type TestServer } from '../helpers/http-server.js';

const RSS = readFileSync(new URL('../fixtures/feeds/rss2-fr.xml', import.meta.url), 'utf8');

let server: TestServer;
let fetcher: Fetcher;

beforeAll(async () => {
	server = await startTestServer();
	fetcher = createFetcher({ allowPrivateNetwork: true, timeoutMs: 10_000 });
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('fetchFeed', () => {
	it('parses a new body and returns the validators to store', async () => {
		server.route('/feed.xml', { body: RSS, headers: { etag: '"r1"', 'content-type': 'application/rss+xml' } });
		const result = await fetchFeed(fetcher.fetchUrl, server.url('/feed.xml'));
		expect(result).toMatchObject({ status: 'ok', etag: '"r1"', finalUrl: server.url('/feed.xml') });
		expect(result.status === 'ok' && result.feed.items).toHaveLength(2);
	});

	it('does not parse an unchanged body', async () => {
		server.route('/unchanged.xml', { body: RSS });
		const first = await fetchFeed(fetcher.fetchUrl, server.url('/unchanged.xml'));
		if (first.status !== 'ok') throw new Error(first.status);
		const second = await fetchFeed(fetcher.fetchUrl, server.url('/unchanged.xml'), { bodyHash: first.bodyHash });
		expect(second).toMatchObject({ status: 'not-modified', bodyHash: first.bodyHash });
	});

	it('resolves relative item links against the final URL', async () => {
		server.route('/relative.xml', { body: '<rss><channel><title>t</title><item><title>a</title><link>/a/1</link></item></channel></rss>' });
		const result = await fetchFeed(fetcher.fetchUrl, server.url('/relative.xml'));
		expect(result.status === 'ok' && result.feed.items[0]?.link).toBe(server.url('/a/1'));
	});

	it('reports a body that is no feed as a parse error', async () => {
		server.route('/page.html', { body: '<html><body>Moved to our new site</body></html>' });
		expect(await fetchFeed(fetcher.fetchUrl, server.url('/page.html'))).toMatchObject({ status: 'failed', reason: 'parse-error', permanent: false });
	});

	it('marks 410 Gone as permanent and keeps Retry-After on 429', async () => {
		server.route('/gone.xml', { status: 410 });
		server.route('/busy.xml', { status: 429, headers: { 'retry-after': '600' } });
		expect(await fetchFeed(fetcher.fetchUrl, server.url('/gone.xml'))).toMatchObject({ status: 'failed', httpStatus: 410, permanent: true });
		expect(await fetchFeed(fetcher.fetchUrl, server.url('/busy.xml'))).toMatchObject({ status: 'failed', retryAfterMs: 600_000, permanent: false });
	});

	it('backs off on repeated 500s and disables the feed at the limit', async () => {
		server.route('/flaky.xml', sequence({ status: 500 }, { status: 500 }, { status: 500 }, { body: RSS }));
		const now = Date.UTC(2026, 2, 10);
		const waits: number[] = [];
		let failures = 0;
		for (let poll = 0; poll < 3; poll++) {
			const result = await fetchFeed(fetcher.fetchUrl, server.url('/flaky.xml'));
			expect(result).toMatchObject({ status: 'failed', httpStatus: 500 });
			failures++;
			waits.push(nextPollAfterFailure(failures, now) - now);
		}
		expect(waits).toEqual([300_000, 600_000, 1_200_000]);
		expect(shouldDisable(failures, 3)).toBe(true);
		expect(shouldDisable(failures, 10)).toBe(false);
		expect((await fetchFeed(fetcher.fetchUrl, server.url('/flaky.xml'))).status).toBe('ok');
	});
});
