import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/feeds/fetch.js';
import { checkUrl, isBlockedAddress, type LookupFn } from '../../src/feeds/ssrf.js';
import { redirect, startTestServer, type TestServer } from '../helpers/http-server.js';

const fakeDns: LookupFn = async (hostname) => {
	const table: Record<string, string> = {
		'feeds.example.com': '93.184.216.34',
		'sneaky.example.com': '127.0.0.1',
		'metadata.example.com': '169.254.169.254',
		'v6-local.example.com': 'fd12:3456:789a::1',
	};
	const address = table[hostname];
	if (!address) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
	return [{ address, family: address.includes(':') ? 6 : 4 }];
};

describe('isBlockedAddress', () => {
	it.each([
		'127.0.0.1',
		'10.0.0.1',
		'172.16.5.4',
		'172.31.255.255',
		'192.168.1.1',
		'169.254.169.254',
		'100.64.0.1',
		'0.0.0.0',
		'224.0.0.1',
		'255.255.255.255',
		'::1',
		'::',
		'fe80::1',
		'fc00::1',
		'fd12:3456:789a::1',
		'ff02::1',
		'::ffff:127.0.0.1',
		'::ffff:7f00:1',
		'::ffff:10.1.2.3',
	])('refuses %s', (address) => {
		expect(isBlockedAddress(address)).toBe(true);
	});

	it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
		'allows the public address %s',
		(address) => {
			expect(isBlockedAddress(address)).toBe(false);
		},
	);
});

describe('checkUrl', () => {
	it('refuses schemes other than http and https', async () => {
		for (const url of ['file:///etc/passwd', 'ftp://example.com/feed', 'gopher://example.com', 'data:text/xml,<rss/>']) {
			expect((await checkUrl(url, { lookup: fakeDns })).status).toBe('blocked');
		}
	});

	it('refuses literal private addresses', async () => {
		for (const url of ['http://127.0.0.1/feed', 'http://10.0.0.1/', 'http://[::1]:8080/', 'http://169.254.169.254/latest/meta-data/']) {
			expect(await checkUrl(url, { lookup: fakeDns })).toMatchObject({ status: 'blocked' });
		}
	});

	it('refuses loopback written in the other forms URL parsers accept', async () => {
		for (const url of ['http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://[0:0:0:0:0:0:0:1]/']) {
			expect(await checkUrl(url, { lookup: fakeDns })).toMatchObject({ status: 'blocked' });
		}
	});

	it('refuses a hostname that resolves to a private address', async () => {
		expect(await checkUrl('https://sneaky.example.com/feed.xml', { lookup: fakeDns })).toMatchObject({ status: 'blocked' });
		expect(await checkUrl('https://metadata.example.com/', { lookup: fakeDns })).toMatchObject({ status: 'blocked' });
		expect(await checkUrl('https://v6-local.example.com/', { lookup: fakeDns })).toMatchObject({ status: 'blocked' });
	});

	it('allows a hostname that resolves to a public address', async () => {
		expect(await checkUrl('https://feeds.example.com/rss', { lookup: fakeDns })).toMatchObject({ status: 'ok' });
	});

	it('allows private addresses when the deployment allows the private network', async () => {
		expect(await checkUrl('http://127.0.0.1/feed', { allowPrivateNetwork: true })).toMatchObject({ status: 'ok' });
	});
});

describe('the fetcher guard', () => {
	let server: TestServer;
	let other: TestServer;

	beforeAll(async () => {
		server = await startTestServer();
		other = await startTestServer();
		other.route('/internal.xml', { body: '<rss version="2.0"><channel><title>secret</title></channel></rss>' });
	});

	afterAll(async () => {
		await server.close();
		await other.close();
	});

	it('refuses 127.0.0.1 without sending a request', async () => {
		const fetcher = createFetcher({ lookup: fakeDns });
		const result = await fetcher.fetchUrl(other.url('/internal.xml'));
		await fetcher.close();
		expect(result.status).toBe('blocked');
		expect(other.hits('/internal.xml')).toHaveLength(0);
	});

	it('refuses a hostname that resolves to 127.0.0.1', async () => {
		const fetcher = createFetcher({ lookup: fakeDns });
		const port = new URL(other.origin).port;
		const result = await fetcher.fetchUrl(`http://sneaky.example.com:${port}/internal.xml`);
		await fetcher.close();
		expect(result.status).toBe('blocked');
		expect(other.hits('/internal.xml')).toHaveLength(0);
	});

	it('checks the target of every redirect again', async () => {
		// The first server is allowed by name (as console mode allows its sample server); its redirect is not.
		server.route('/moved.xml', redirect(other.url('/internal.xml')));
		server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
		const fetcher = createFetcher({ lookup: fakeDns, allowHosts: [server.host] });
		const viaRedirect = await fetcher.fetchUrl(server.url('/moved.xml'));
		const toMetadata = await fetcher.fetchUrl(server.url('/to-metadata'));
		await fetcher.close();
		expect(viaRedirect).toMatchObject({ status: 'blocked', finalUrl: other.url('/internal.xml') });
		expect(toMetadata.status).toBe('blocked');
		expect(server.hits('/moved.xml')).toHaveLength(1);
		expect(other.hits('/internal.xml')).toHaveLength(0);
	});

	it('refuses at connect time when DNS changes its answer after the check', async () => {
		let calls = 0;
		const rebinding: LookupFn = async () => {
			calls++;
			return [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
		};
		const fetcher = createFetcher({ lookup: rebinding, timeoutMs: 2_000 });
		const port = new URL(other.origin).port;
		const result = await fetcher.fetchUrl(`http://rebind.example.com:${port}/internal.xml`);
		await fetcher.close();
		expect(result.status).toBe('blocked');
		expect(other.hits('/internal.xml')).toHaveLength(0);
	});
});
