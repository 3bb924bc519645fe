/**
 * Serves the bundled sample feeds and pages from an in-process HTTP server on 127.0.0.1, so that console mode
 * works offline. Answers conditional GETs with 304.
 *
 * The samples are named, not located: their URLs use the fixed origin SAMPLE_ORIGIN (`{{BASE}}` in the files),
 * and `fetchThrough` sends requests for it to whichever port the server took this run. So a second `npm start` on
 * the same data finds the same feeds, items and article URLs as the first (nothing new, nothing disabled), instead
 * of adding a new feed per port that the SSRF guard then refuses.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchOutcome, FetchUrl } from '../pipeline/ports.js';

export const SAMPLE_SITE = fileURLToPath(new URL('./samples/site/', import.meta.url));
/** `.invalid` never resolves (RFC 2606), so nothing but `fetchThrough` can reach a sample URL. */
export const SAMPLE_ORIGIN = 'http://samples.briefbot.invalid';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.xml': 'application/rss+xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.json': 'application/feed+json; charset=utf-8',
};

export interface SampleServer {
	/** Where the server listens this run (`http://127.0.0.1:<port>`); never stored. */
	origin: string;
	/** The sample feeds under SAMPLE_ORIGIN, the same every run. */
	feedUrls: string[];
	/** A fetch that serves SAMPLE_ORIGIN URLs from this server and leaves every other URL to `inner`. */
	fetchThrough(inner: FetchUrl): FetchUrl;
	close(): Promise<void>;
}

export interface SampleServerOptions {
	/**
	 * false: URLs under the server's own origin, for a bot started with a FEEDS_FILE that cannot be given
	 * `fetchThrough` (the end-to-end tests). Default true.
	 */
	named?: boolean;
}

export async function startSampleServer(root: string = SAMPLE_SITE, port = 0, options: SampleServerOptions = {}): Promise<SampleServer> {
	const named = options.named ?? true;
	let base = SAMPLE_ORIGIN;
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
		const file = join(root, path);
		if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
			res.writeHead(403).end();
			return;
		}
		readFile(file, 'utf8').then(
			(text) => {
				const body = text.replaceAll('{{BASE}}', base);
				const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
				if (req.headers['if-none-match'] === etag) {
					res.writeHead(304, { etag }).end();
					return;
				}
				res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag }).end(body);
			},
			() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
		);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	if (!named) base = origin;
	const feedFiles = (await readdir(join(root, 'feeds'))).sort();
	const toServer = (url: string) => (isSampleUrl(url) ? origin + url.slice(SAMPLE_ORIGIN.length) : url);
	const toSample = (url: string) => (url.startsWith(`${origin}/`) ? SAMPLE_ORIGIN + url.slice(origin.length) : url);
	return {
		origin,
		feedUrls: feedFiles.map((f) => `${base}/feeds/${f}`),
		fetchThrough: (inner) => async (url, options) => {
			if (!isSampleUrl(url)) return inner(url, options);
			const result: FetchOutcome = await inner(toServer(url), options);
			// Stored URLs (feeds' final URLs, articles') stay under the sample name.
			return result.status === 'ok' ? { ...result, finalUrl: toSample(result.finalUrl) } : result;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

export function isSampleUrl(url: string): boolean {
	return url === SAMPLE_ORIGIN || url.startsWith(`${SAMPLE_ORIGIN}/`);
}
