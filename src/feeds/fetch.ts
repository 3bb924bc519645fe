/**
 * The HTTP fetcher for feeds (and article pages): conditional GET, manual redirects with the SSRF guard on every
 * hop, a deadline that really aborts, a streamed size cap, decompression, charset decoding and concurrency limits.
 * Expected failures come back as values (FetchResult); nothing here throws for a bad feed.
 */
import { createHash } from 'node:crypto';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import { BlockedAddressError, BodyTooLargeError, describeError } from '../shared/errors.js';
import { createConcurrencyLimiter } from './concurrency.js';
import { decodeBodyDetailed } from './decode-body.js';
import { DEFAULT_FETCH_OPTIONS, type FetcherOptions, type FetchRequestOptions, type FetchResult, type FetchUrl } from './fetch-types.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry-after.js';
import { checkUrl, isBlockedAddress, systemLookup, type LookupFn } from './ssrf.js';

export * from './fetch-types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface Fetcher {
	fetchUrl: FetchUrl;
	/** Closes pooled connections. */
	close(): Promise<void>;
}

export function createFetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
	const options: FetcherOptions = { ...DEFAULT_FETCH_OPTIONS, ...overrides };
	const lookup = options.lookup ?? systemLookup;
	const limiter = createConcurrencyLimiter(options.concurrency, options.perHostConcurrency);
	const allowedHostnames = new Set(options.allowHosts.flatMap((h) => (URL.canParse(`http://${h}`) ? [new URL(`http://${h}`).hostname] : [])));
	const agent = new Agent({
		connect: { lookup: guardedLookup(lookup, options.allowPrivateNetwork, allowedHostnames) },
		keepAliveTimeout: 10_000,
	});

	const fetchUrl: FetchUrl = async (url, request = {}) => {
		let host: string;
		try {
			host = new URL(url).host;
		} catch {
			return { status: 'blocked', error: `not a URL: ${url}`, finalUrl: url, redirects: [] };
		}
		const release = await limiter.acquire(host);
		try {
			return await fetchWithRedirects(url, request, options, lookup, agent);
		} finally {
			release();
		}
	};

	return {
		fetchUrl,
		close: () => agent.close(),
	};
}

async function fetchWithRedirects(
	startUrl: string,
	req: FetchRequestOptions,
	options: FetcherOptions,
	lookup: LookupFn,
	dispatcher: Dispatcher,
): Promise<FetchResult> {
	const timeoutMs = req.timeoutMs ?? options.timeoutMs;
	const maxBytes = req.maxBytes ?? options.maxBytes;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	const redirects: string[] = [];
	const visited = new Set<string>();
	let current = startUrl;
	try {
		for (;;) {
			const hops = { finalUrl: current, redirects: [...redirects] };
			const checked = await checkUrl(current, { ...options, lookup });
			if (checked.status === 'blocked') return { status: 'blocked', error: checked.reason, ...hops };
			visited.add(checked.url.href);

			const response = await request(checked.url, {
				method: 'GET',
				dispatcher,
				signal: controller.signal,
				headers: buildHeaders(req, options),
			});
			const header = (name: string): string | null => {
				const value = response.headers[name];
				return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
			};

			if (REDIRECT_STATUSES.has(response.statusCode) && header('location')) {
				await discard(response.body);
				const next = new URL(header('location') as string, checked.url).href;
				if (visited.has(next)) return { status: 'redirect-loop', error: `redirect loop back to ${next}`, ...hops };
				if (redirects.length >= options.maxRedirects) {
					return { status: 'redirect-loop', error: `more than ${options.maxRedirects} redirects`, ...hops };
				}
				redirects.push(next);
				current = next;
				continue;
			}
			if (response.statusCode === 304) {
				await discard(response.body);
				return {
					status: 'not-modified',
					reason: 'http-304',
					etag: header('etag') ?? req.etag ?? null,
					lastModified: header('last-modified') ?? req.lastModified ?? null,
					bodyHash: req.previousBodyHash ?? null,
					...hops,
				};
			}
			if (response.statusCode < 200 || response.statusCode >= 300) {
				await discard(response.body);
				const retryAfter =
					response.statusCode === 429 || response.statusCode === 503 ? parseRetryAfter(header('retry-after')) : null;
				return {
					status: 'http-error',
					httpStatus: response.statusCode,
					error: `HTTP ${response.statusCode}`,
					...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
					...hops,
				};
			}
			const declared = Number(header('content-length'));
			if (Number.isFinite(declared) && declared > maxBytes) {
				abandon(response.body);
				return { status: 'too-large', limit: maxBytes, error: `Content-Length ${declared} exceeds ${maxBytes}`, ...hops };
			}
			const bytes = await readBody(response.body, header('content-encoding'), maxBytes, controller.signal);
			const bodyHash = createHash('sha256').update(bytes).digest('hex');
			const etag = header('etag');
			const lastModified = header('last-modified');
			if (req.previousBodyHash && req.previousBodyHash === bodyHash) {
				return { status: 'not-modified', reason: 'same-body', etag, lastModified, bodyHash, ...hops };
			}
			const contentType = header('content-type');
			const decoded = decodeBodyDetailed(bytes, contentType);
			return {
				status: 'ok',
				httpStatus: response.statusCode,
				body: decoded.text,
				bytes: bytes.length,
				charset: decoded.charset,
				contentType,
				etag,
				lastModified,
				bodyHash,
				...hops,
			};
		}
	} catch (error) {
		return classifyError(error, controller.signal.aborted, timeoutMs, maxBytes, { finalUrl: current, redirects });
	} finally {
		clearTimeout(timer);
	}
}

function buildHeaders(req: FetchRequestOptions, options: FetcherOptions): Record<string, string> {
	const headers: Record<string, string> = {
		'user-agent': options.userAgent,
		accept: req.accept ?? options.accept,
		'accept-encoding': 'gzip, deflate, br',
	};
	if (req.etag) headers['if-none-match'] = req.etag;
	if (req.lastModified) headers['if-modified-since'] = req.lastModified;
	return headers;
}

/** Drains a small unwanted body so the connection can be reused; gives up (closing it) past 64 KiB. */
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
	try {
		await body.dump({ limit: 64 * 1024 });
	} catch {
		// The body is unwanted; a failure to drain it only costs the pooled connection.
	}
}

/** Closes a body we will not read; the abort error it emits is expected. */
function abandon(body: Dispatcher.ResponseData['body']): void {
	body.once('error', () => undefined);
	body.destroy();
}

function classifyError(
	error: unknown,
	aborted: boolean,
	timeoutMs: number,
	maxBytes: number,
	hops: { finalUrl: string; redirects: string[] },
): FetchResult {
	const chain = causes(error);
	if (chain.some((e) => e instanceof BodyTooLargeError)) {
		return { status: 'too-large', limit: maxBytes, error: `body larger than ${maxBytes} bytes`, ...hops };
	}
	const blocked = chain.find((e) => e instanceof BlockedAddressError || (e instanceof Error && e.name === 'BlockedAddressError'));
	if (blocked) return { status: 'blocked', error: (blocked as Error).message, ...hops };
	if (
		aborted ||
		chain.some(
			(e) =>
				e instanceof undiciErrors.HeadersTimeoutError ||
				e instanceof undiciErrors.BodyTimeoutError ||
				e instanceof undiciErrors.ConnectTimeoutError,
		)
	) {
		return { status: 'timeout', error: `no complete response within ${timeoutMs} ms`, ...hops };
	}
	return { status: 'network-error', error: describeError(error), ...hops };
}

function causes(error: unknown): unknown[] {
	const out: unknown[] = [];
	let current = error;
	for (let i = 0; current && i < 8; i++) {
		out.push(current);
		current = current instanceof Error ? current.cause : undefined;
	}
	return out;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The `lookup` the socket itself uses: resolves through the injected DNS and refuses non-public addresses, so the
 * address checked is the address connected to, even if DNS answers differently the second time.
 */
function guardedLookup(lookup: LookupFn, allowPrivate: boolean, allowedHostnames: Set<string>) {
	return (hostname: string, opts: LookupOptions, callback: LookupCallback): void => {
		lookup(hostname).then(
			(addresses) => {
				const usable = allowPrivate || allowedHostnames.has(hostname) ? addresses : addresses.filter((a) => !isBlockedAddress(a.address));
				const first = usable[0];
				if (!first) {
					const error = new BlockedAddressError(`${hostname} resolves to no public address`) as NodeJS.ErrnoException;
					callback(error, '', 0);
					return;
				}
				if (opts.all) callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
				else callback(null, first.address, first.family);
			},
			(error: NodeJS.ErrnoException) => callback(error, '', 0),
		);
	};
}
