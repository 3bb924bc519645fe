/**
 * The feed server of `bench/feeds.ts`, in its own process so that serving does not share the poller's event loop.
 * Feed i answers by i mod 100: 0-79 with an ETag (304 on If-None-Match), 80-94 with the same body and no
 * validators, 95-99 with 20 new items once phase 2 starts (GET /phase/2).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let phase = 1;

function feedBody(id: number, extra: number): string {
	const items: string[] = [];
	for (let k = extra + 9; k >= 0; k--) {
		items.push(
			`<item><title>Feed ${id} story ${k}: council approves the ${k % 7 === 0 ? 'harbour' : 'railway'} budget</title><link>http://example.test/${id}/${k}</link><guid>f${id}-i${k}</guid><pubDate>${new Date(Date.UTC(2026, 10, 1) + k * 60_000).toUTCString()}</pubDate><description>Story ${k} of feed ${id}, with a short summary of what happened and why it matters to readers.</description></item>`,
		);
	}
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${id}</title><link>http://example.test/${id}/</link><description>bench</description>${items.join('')}</channel></rss>`;
}

const server = createServer((req, res) => {
	if (req.url === '/phase/2') {
		phase = 2;
		res.end('ok');
		return;
	}
	const match = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
	if (!match) {
		res.writeHead(404).end();
		return;
	}
	const id = Number(match[1]);
	const kind = id % 100;
	if (kind < 80) {
		const etag = `"v1-${id}"`;
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, { etag }).end();
			return;
		}
		res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedBody(id, 0));
		return;
	}
	const extra = kind >= 95 && phase === 2 ? 20 : 0;
	res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody(id, extra));
});

server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
	process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => process.exit(0));
