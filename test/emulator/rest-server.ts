/**
 * The REST side: decodes the request (discord.js sends `@original` as `%40original`), logs it, applies injected
 * faults and rate limits, then runs the matching route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext, Route, RouteResponse } from './context.js';
import { matchesRoute } from './route-matcher.js';
import type { RateLimiter } from './rate-limiter.js';
import type { FaultOptions, RequestRecord, RouteMatcher } from './types.js';

interface Fault {
	matcher: RouteMatcher;
	status: FaultOptions['status'];
	remaining: number;
}

interface ParsedBody {
	body: unknown;
	attachments: number;
	files?: Array<{ filename: string; contentType: string; data: Buffer }>;
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
	const parts = template.split('/').filter(Boolean);
	if (parts.length !== segments.length) return null;
	const params: Record<string, string> = {};
	for (const [i, part] of parts.entries()) {
		const segment = segments[i] ?? '';
		if (part.startsWith(':')) params[part.slice(1)] = segment;
		else if (part !== segment) return null;
	}
	return params;
}

/** discord.js sends JSON, or multipart with `payload_json` when files are attached. */
async function parseBody(req: IncomingMessage): Promise<ParsedBody> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const raw = Buffer.concat(chunks);
	if (raw.length === 0) return { body: null, attachments: 0 };
	const type = req.headers['content-type'] ?? '';
	if (type.startsWith('multipart/form-data')) {
		const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
		const json = form.get('payload_json');
		const attachments = [...form.keys()].filter((k) => k.startsWith('files[')).length;
		const files: NonNullable<ParsedBody['files']> = [];
		for (const [key, value] of form.entries()) {
			if (!key.startsWith('files[') || typeof value === 'string') continue;
			files.push({ filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
		}
		return { body: typeof json === 'string' ? JSON.parse(json) : {}, attachments, files };
	}
	try {
		return { body: JSON.parse(raw.toString('utf8')), attachments: 0 };
	} catch {
		return { body: raw.toString('utf8'), attachments: 0 };
	}
}

/** Discord buckets per major parameter: the channel, guild, webhook or interaction a route is about. */
function majorParameter(params: Record<string, string>, template: string): string {
	if (template.startsWith('/channels/')) return params.id ?? '';
	if (template.startsWith('/webhooks/')) return `${params.app}:${params.token}`;
	if (template.startsWith('/interactions/')) return params.id ?? '';
	return params.guild ?? '';
}

export class RestServer {
	readonly requests: RequestRecord[] = [];
	private readonly faults: Fault[] = [];
	/** Requests left unanswered by a `timeout` fault, ended on reset or close. */
	private readonly held: ServerResponse[] = [];

	constructor(
		private readonly ctx: EmulatorContext,
		private readonly routes: Route[],
		private readonly limiter: RateLimiter,
	) {}

	failNext(matcher: RouteMatcher, options: FaultOptions): void {
		this.faults.push({ matcher, status: options.status, remaining: options.count ?? 1 });
	}

	reset(): void {
		this.requests.length = 0;
		this.faults.length = 0;
		for (const res of this.held.splice(0)) res.destroy();
	}

	/**
	 * `network` resets the TCP connection (ECONNRESET, which discord.js retries by itself), `hangup` closes it cleanly
	 * mid-request (undici's "other side closed", which discord.js throws), `timeout` never answers.
	 */
	private breakConnection(req: IncomingMessage, res: ServerResponse, record: RequestRecord, kind: 'network' | 'hangup' | 'timeout'): void {
		record.status = -1;
		if (kind === 'timeout') {
			this.held.push(res);
			return;
		}
		if (kind === 'network') req.socket.resetAndDestroy();
		else req.socket.destroy();
	}

	/**
	 * Uploaded files become attachment objects of the message, as Discord stores them: in the message body, or in
	 * `data` for an interaction callback.
	 */
	private withAttachments(parsed: unknown, files: NonNullable<ParsedBody['files']>): unknown {
		if (!parsed || typeof parsed !== 'object') return parsed;
		const attachments = files.map((f) => {
			const stored = this.ctx.state.addFile(f.filename, f.data, f.contentType);
			return this.ctx.state.attachmentJson(stored.id, this.ctx.fileUrl(stored.id, stored.filename));
		});
		const body = parsed as Record<string, unknown>;
		if (typeof body.type === 'number' && body.data && typeof body.data === 'object') return { ...body, data: { ...(body.data as object), attachments } };
		return { ...body, attachments };
	}

	private findRoute(method: string, segments: string[]): { route: Route; params: Record<string, string> } | undefined {
		for (const route of this.routes) {
			if (route.method !== method) continue;
			const params = matchTemplate(route.template, segments);
			if (params) return { route, params };
		}
		return undefined;
	}

	async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const time = Date.now();
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const method = (req.method ?? 'GET').toUpperCase();
		const segments = url.pathname
			.replace(/^\/api(\/v\d+)?/, '')
			.split('/')
			.filter(Boolean)
			.map((s) => decodeURIComponent(s));
		const path = `/${segments.join('/')}`;
		const served = url.pathname.match(/^\/attachments\/(\d+)\//);
		if (served && method === 'GET') {
			// Discord's CDN: the file's bytes, no JSON and no token.
			const file = this.ctx.state.files.get(served[1] ?? '');
			res.writeHead(file ? 200 : 404, { 'Content-Type': file?.contentType ?? 'text/plain' });
			res.end(file ? file.data : 'Not Found');
			return;
		}
		const { body: parsed, attachments, files } = await parseBody(req);
		const body = files && files.length > 0 ? this.withAttachments(parsed, files) : parsed;
		const found = this.findRoute(method, segments);
		const route = found?.route;
		const params = found?.params;
		const record: RequestRecord = { method, path, route: route?.template ?? null, query: Object.fromEntries(url.searchParams), body, status: 0, time };
		this.requests.push(record);
		const respond = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
			record.status = status;
			const text = status === 204 || payload === undefined ? '' : JSON.stringify(payload);
			res.writeHead(status, { ...headers, ...(text ? { 'Content-Type': 'application/json' } : {}) });
			res.end(text);
		};
		const matchable = { method, path, route: route?.template ?? null };
		const fault = this.faults.find((f) => f.remaining > 0 && matchesRoute(f.matcher, matchable));
		if (fault) {
			fault.remaining -= 1;
			if (typeof fault.status !== 'number') return this.breakConnection(req, res, record, fault.status);
			return respond(fault.status, { message: 'Internal Server Error', code: 0 });
		}
		if (!route || !params) return respond(404, { message: '404: Not Found', code: 0 });
		if (route.auth && req.headers.authorization !== `Bot ${this.ctx.token}`) return respond(401, { message: '401: Unauthorized', code: 0 });
		const decision = this.limiter.check({ ...matchable, majorParameter: majorParameter(params, route.template), globalExempt: !route.auth });
		if (decision.limited) {
			const { retryAfterMs, global } = decision.limited;
			return respond(429, { message: 'You are being rate limited.', retry_after: retryAfterMs / 1000, global }, decision.headers);
		}
		let result: RouteResponse;
		try {
			result = await route.handle(this.ctx, { method, params, query: record.query, body, attachments });
		} catch (error) {
			return respond(500, { message: `emulator route failed: ${String(error)}`, code: 0 });
		}
		respond(result.status, result.body, decision.headers);
	}
}
