import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type Fetcher } from '../../src/feeds/fetch.js';
import { endless, redirect, startTestServer, trickle, type TestServer } from '../helpers/http-server.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const RSS = fixture('rss2-fr.xml').toString('utf8');

let server: TestServer;
let fetcher: Fetcher;

beforeAll(async () => {
	server = await startTestServer();
	fetcher = createFetcher({ allowPrivateNetwork: true, timeoutMs: 10_000, maxBytes: 256 * 1024 });
});

afterAll(async () => {
	await fetcher.close();
	await server.close();
});

describe('fetchUrl', () => {
	it('returns the decoded body with its validators and hash', async () => {
		server.route('/ok.xml', { body: RSS, headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 10 Mar 2026 08:00:00 GMT' } });
		const result = await fetcher.fetchUrl(server.url('/ok.xml'));
		expect(result.status).toBe('ok');
		if (result.status !== 'ok') return;
		expect(result.body).toBe(RSS);
		expect(result.etag).toBe('"v1"');
		expect(result.lastModified).toBe('Tue, 10 Mar 2026 08:00:00 GMT');
		expect(result.bodyHash).toMatch(/^[0-9a-f]{64}$/);
		expect(result.finalUrl).toBe(server.url('/ok.xml'));
		expect(server.hits('/ok.xml')[0]?.headers['user-agent']).toMatch(/briefbot/);
	});

	it('sends the stored validators and treats 304 as not modified', async () => {
		server.route('/conditional.xml', (req, res) => {
			if (req.headers['if-none-match'] === '"abc"') res.writeHead(304, { etag: '"abc"' }).end();
			else res.writeHead(200, { etag: '"abc"' }).end(RSS);
		});
		const result = await fetcher.fetchUrl(server.url('/conditional.xml'), { etag: '"abc"', lastModified: 'Mon, 09 Mar 2026 00:00:00 GMT' });
		expect(result).toMatchObject({ status: 'not-modified', reason: 'http-304', etag: '"abc"' });
		expect(server.hits('/conditional.xml')[0]?.headers['if-modified-since']).toBe('Mon, 09 Mar 2026 00:00:00 GMT');
	});

	it('fetches the new body when the ETag changed', async () => {
		server.route('/etag.xml', (req, res) => {
			if (req.headers['if-none-match'] === '"v2"') res.writeHead(304).end();
			else res.writeHead(200, { etag: '"v2"', 'content-type': 'application/rss+xml' }).end(RSS);
		});
		const result = await fetcher.fetchUrl(server.url('/etag.xml'), { etag: '"v1"' });
		expect(result).toMatchObject({ status: 'ok', etag: '"v2"' });
	});

	it('reports an unchanged body as not modified without decoding it', async () => {
		server.route('/same.xml', { body: RSS });
		const first = await fetcher.fetchUrl(server.url('/same.xml'));
		if (first.status !== 'ok') throw new Error(first.status);
		const second = await fetcher.fetchUrl(server.url('/same.xml'), { previousBodyHash: first.bodyHash });
		expect(second).toMatchObject({ status: 'not-modified', reason: 'same-body', bodyHash: first.bodyHash });
	});

	it.each(['gzip', 'deflate', 'br'] as const)('decompresses a %s body', async (encoding) => {
		server.route(`/compressed-${encoding}.xml`, { body: RSS, encoding, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
		const result = await fetcher.fetchUrl(server.url(`/compressed-${encoding}.xml`));
		expect(result).toMatchObject({ status: 'ok', body: RSS });
		expect(server.hits(`/compressed-${encoding}.xml`)[0]?.headers['accept-encoding']).toContain(encoding);
	});

	it('decompresses raw deflate sent without the zlib wrapper', async () => {
		const { deflateRawSync } = await import('node:zlib');
		server.route('/raw-deflate.xml', (_req, res) => {
			res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(Buffer.from(RSS)));
		});
		expect(await fetcher.fetchUrl(server.url('/raw-deflate.xml'))).toMatchObject({ status: 'ok', body: RSS });
	});

	it('follows a redirect chain and records the final URL', async () => {
		server.route('/r1', redirect('/r2', 301));
		server.route('/r2', redirect(server.url('/r3'), 302));
		server.route('/r3', redirect('/final.xml', 308));
		server.route('/final.xml', { body: RSS });
		const result = await fetcher.fetchUrl(server.url('/r1'));
		expect(result).toMatchObject({ status: 'ok', finalUrl: server.url('/final.xml') });
		expect(result.redirects).toEqual([server.url('/r2'), server.url('/r3'), server.url('/final.xml')]);
	});

	it('stops a redirect loop', async () => {
		server.route('/loop-a', redirect('/loop-b'));
		server.route('/loop-b', redirect('/loop-a'));
		const result = await fetcher.fetchUrl(server.url('/loop-a'));
		expect(result.status).toBe('redirect-loop');
	});

	it('stops after five redirects', async () => {
		for (let i = 0; i < 7; i++) server.route(`/hop${i}`, redirect(`/hop${i + 1}`));
		server.route('/hop7', { body: RSS });
		const result = await fetcher.fetchUrl(server.url('/hop0'));
		expect(result.status).toBe('redirect-loop');
		expect(result.redirects).toHaveLength(5);
		server.route('/five0', redirect('/five1'));
		for (let i = 1; i < 5; i++) server.route(`/five${i}`, redirect(`/five${i + 1}`));
		server.route('/five5', { body: RSS });
		expect((await fetcher.fetchUrl(server.url('/five0'))).status).toBe('ok');
	});

	it('aborts a server that trickles its body past the deadline', async () => {
		server.route('/slow.xml', trickle(['<rss><channel>', '<title>a</title>', '<title>b</title>', '</channel></rss>'], 400));
		const quick = createFetcher({ allowPrivateNetwork: true, timeoutMs: 500 });
		const result = await quick.fetchUrl(server.url('/slow.xml'));
		await quick.close();
		expect(result.status).toBe('timeout');
	});

	it('aborts a server that never sends headers', async () => {
		server.route('/silent', () => {
			// never answers
		});
		const quick = createFetcher({ allowPrivateNetwork: true, timeoutMs: 300 });
		const result = await quick.fetchUrl(server.url('/silent'));
		await quick.close();
		expect(result.status).toBe('timeout');
	});

	it('cuts an endless body at the size cap', async () => {
		server.route('/endless.xml', endless());
		const result = await fetcher.fetchUrl(server.url('/endless.xml'), { maxBytes: 100_000 });
		expect(result).toMatchObject({ status: 'too-large', limit: 100_000 });
	});

	it('refuses a body whose Content-Length exceeds the cap before reading it', async () => {
		server.route('/big.xml', { body: 'x'.repeat(5_000) });
		expect(await fetcher.fetchUrl(server.url('/big.xml'), { maxBytes: 1_000 })).toMatchObject({ status: 'too-large' });
	});

	it('caps a compressed body by its decompressed size', async () => {
		server.route('/bomb.xml', { body: ' '.repeat(2_000_000), encoding: 'gzip' });
		expect(await fetcher.fetchUrl(server.url('/bomb.xml'), { maxBytes: 100_000 })).toMatchObject({ status: 'too-large' });
	});

	it('reads Retry-After in seconds on 429', async () => {
		server.route('/limited', { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' });
		expect(await fetcher.fetchUrl(server.url('/limited'))).toMatchObject({ status: 'http-error', httpStatus: 429, retryAfterMs: 120_000 });
	});

	it('reads Retry-After as an HTTP date on 503', async () => {
		const later = new Date(Date.now() + 3_600_000).toUTCString();
		server.route('/maintenance', { status: 503, headers: { 'retry-after': later } });
		const result = await fetcher.fetchUrl(server.url('/maintenance'));
		expect(result).toMatchObject({ status: 'http-error', httpStatus: 503 });
		expect(result.status === 'http-error' && result.retryAfterMs).toBeGreaterThan(3_500_000);
	});

	it('reports a 500 as an http error without Retry-After', async () => {
		server.route('/broken', { status: 500 });
		const result = await fetcher.fetchUrl(server.url('/broken'));
		expect(result).toMatchObject({ status: 'http-error', httpStatus: 500 });
		expect(result).not.toHaveProperty('retryAfterMs');
	});

	it('reports a refused connection as a network error', async () => {
		const gone = await startTestServer();
		const url = gone.url('/feed.xml');
		await gone.close();
		expect((await fetcher.fetchUrl(url)).status).toBe('network-error');
	});
});

describe('charsets', () => {
	it('decodes windows-1252 named in the XML declaration', async () => {
		server.route('/cp1252.xml', { body: fixture('windows-1252-pt.xml'), headers: { 'content-type': 'application/rss+xml' } });
		const result = await fetcher.fetchUrl(server.url('/cp1252.xml'));
		expect(result.status === 'ok' && result.body).toContain('Preço do pão sobe 5 € – “inaceitável”');
	});

	it('decodes ISO-8859-1 named only in the Content-Type header', async () => {
		server.route('/latin1.xml', { body: fixture('latin1-no-declaration.xml'), headers: { 'content-type': 'text/xml; charset=ISO-8859-1' } });
		const result = await fetcher.fetchUrl(server.url('/latin1.xml'));
		expect(result.status === 'ok' && result.body).toContain("Les élèves de Besançon à l'honneur");
	});

	it('decodes UTF-16 with a byte order mark', async () => {
		server.route('/utf16.xml', { body: fixture('utf-16le-bom-ru.xml'), headers: { 'content-type': 'application/xml' } });
		const result = await fetcher.fetchUrl(server.url('/utf16.xml'));
		expect(result.status === 'ok' && result.body).toContain('«Газпром» объявил о дивидендах');
	});

	it('decodes Big5 named in the XML declaration', async () => {
		server.route('/big5.xml', { body: fixture('big5-zh.xml'), headers: { 'content-type': 'application/rss+xml' } });
		const result = await fetcher.fetchUrl(server.url('/big5.xml'));
		expect(result).toMatchObject({ status: 'ok', charset: 'big5' });
		expect(result.status === 'ok' && result.body).toContain('台積電宣布在高雄設廠');
	});
});
