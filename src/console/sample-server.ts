/**
 * Serves the bundled sample feeds and pages from an in-process HTTP server on 127.0.0.1, so that console mode
 * works offline. `{{BASE}}` in the files becomes the server's own origin. Answers conditional GETs with 304.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_SITE = fileURLToPath(new URL('./samples/site/', import.meta.url));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.xml': 'application/rss+xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.json': 'application/feed+json; charset=utf-8',
};

export interface SampleServer {
	origin: string;
	feedUrls: string[];
	close(): Promise<void>;
}

export async function startSampleServer(root: string = SAMPLE_SITE, port = 0): Promise<SampleServer> {
	let origin = '';
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
		const file = join(root, path);
		if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
			res.writeHead(403).end();
			return;
		}
		readFile(file, 'utf8').then(
			(text) => {
				const body = text.replaceAll('{{BASE}}', origin);
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
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const feedFiles = (await readdir(join(root, 'feeds'))).sort();
	return {
		origin,
		feedUrls: feedFiles.map((f) => `${origin}/feeds/${f}`),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
