/**
 * A real HTTP server on 127.0.0.1 (random port) for tests that fetch: register a route per path, get its URL.
 *
 *   const server = await startTestServer();
 *   server.route('/feed.xml', { body: xml, headers: { 'content-type': 'application/rss+xml' } });
 *   server.route('/slow', trickle(['<rss>', '</rss>'], 500));
 *   await fetchUrl(server.url('/feed.xml'));
 *   server.hits('/feed.xml'); // requests received, with their headers
 *   await server.close();
 *
 * A route is a static response (`status`, `headers`, `body`, `encoding` to compress it) or a handler
 * `(req, res) => void`. Helpers build the common handlers: `redirect`, `trickle`, `endless`, `sequence`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export interface StaticRoute {
	status?: number;
	headers?: Record<string, string>;
	body?: string | Uint8Array;
	/** Compresses the body and sets Content-Encoding. */
	encoding?: 'gzip' | 'deflate' | 'br';
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type Route = StaticRoute | Handler;

export interface RecordedRequest {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
}

export interface TestServer {
	/** Base URL, e.g. http://127.0.0.1:43121 */
	readonly origin: string;
	/** `host:port`, for allow-lists. */
	readonly host: string;
	url(path: string): string;
	route(path: string, route: Route): void;
	/** Requests received for a path (all paths when omitted), oldest first. */
	hits(path?: string): RecordedRequest[];
	close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
	const routes = new Map<string, Route>();
	const requests: RecordedRequest[] = [];
	const server: Server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
		const route = routes.get(req.url ?? '/') ?? routes.get(path);
		if (!route) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		if (typeof route === 'function') {
			Promise.resolve(route(req, res)).catch(() => res.destroy());
			return;
		}
		serveStatic(route, res);
	});
	// Tests of timeouts leave sockets half-read; do not let them keep the process alive.
	server.keepAliveTimeout = 1_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		host: `127.0.0.1:${port}`,
		url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
		route: (path, route) => {
			routes.set(path, route);
		},
		hits: (path) => (path === undefined ? [...requests] : requests.filter((r) => r.path === path || r.path.split('?')[0] === path)),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

function serveStatic(route: StaticRoute, res: ServerResponse): void {
	let body: Uint8Array = typeof route.body === 'string' ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
	const headers: Record<string, string> = { ...route.headers };
	if (route.encoding) {
		body = route.encoding === 'gzip' ? gzipSync(body) : route.encoding === 'deflate' ? deflateSync(body) : brotliCompressSync(body);
		headers['content-encoding'] = route.encoding;
	}
	headers['content-length'] = String(body.length);
	res.writeHead(route.status ?? 200, headers).end(body);
}

/** A redirect to `location` (relative or absolute). */
export function redirect(location: string, status = 302): Handler {
	return (_req, res) => {
		res.writeHead(status, { location }).end();
	};
}

/** Sends `chunks` one by one, `delayMs` apart: a server that trickles. */
export function trickle(chunks: string[], delayMs: number, headers: Record<string, string> = {}): Handler {
	return async (req, res) => {
		res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers });
		for (const chunk of chunks) {
			if (req.destroyed || res.destroyed) return;
			res.write(chunk);
			await new Promise((resolve) => setTimeout(resolve, delayMs));
		}
		res.end();
	};
}

/** Writes `chunk` forever (until the client goes away): an endless body. */
export function endless(chunk = '<item><title>again</title></item>\n'): Handler {
	return (_req, res) => {
		res.writeHead(200, { 'content-type': 'application/rss+xml' });
		const data = Buffer.from(chunk.repeat(Math.max(1, Math.floor(16_384 / chunk.length))));
		const pump = (): void => {
			while (!res.destroyed && res.write(data)) {
				// keep writing until the socket buffer is full
			}
			if (!res.destroyed) res.once('drain', pump);
		};
		res.on('close', () => res.removeAllListeners('drain'));
		pump();
	};
}

/** Answers with each route in turn, then keeps answering with the last: a feed that changes between polls. */
export function sequence(...steps: Route[]): Handler {
	let index = 0;
	return (req, res) => {
		const step = steps[Math.min(index, steps.length - 1)];
		index++;
		if (!step) {
			res.writeHead(500).end();
			return;
		}
		if (typeof step === 'function') return step(req, res);
		serveStatic(step, res);
	};
}
