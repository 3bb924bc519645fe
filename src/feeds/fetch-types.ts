/** The fetcher's contract: its options (defaults in DEFAULT_FETCH_OPTIONS) and its result union. */
import type { LookupFn } from './ssrf.js';

export interface FetcherOptions {
	/** Whole request, headers and body included; a body that trickles is cut off at this deadline. */
	timeoutMs: number;
	/** Cap on the decoded body, enforced while streaming. */
	maxBytes: number;
	userAgent: string;
	allowPrivateNetwork: boolean;
	/** `host:port` origins exempt from the SSRF guard (console mode's in-process sample server). */
	allowHosts: readonly string[];
	maxRedirects: number;
	concurrency: number;
	perHostConcurrency: number;
	accept: string;
	lookup?: LookupFn;
}

export const DEFAULT_FETCH_OPTIONS: Readonly<Omit<FetcherOptions, 'lookup'>> = {
	timeoutMs: 15_000,
	maxBytes: 10 * 1024 * 1024,
	userAgent: 'briefbot/0.1 (+https://github.com/briefbot/briefbot)',
	allowPrivateNetwork: false,
	allowHosts: [],
	maxRedirects: 5,
	concurrency: 64,
	perHostConcurrency: 4,
	accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
};

export interface FetchRequestOptions {
	/** Sent as If-None-Match. */
	etag?: string | null;
	/** Sent as If-Modified-Since. */
	lastModified?: string | null;
	/** sha256 (hex) of the last body seen: an identical body comes back as `not-modified` without being decoded. */
	previousBodyHash?: string | null;
	accept?: string;
	maxBytes?: number;
	timeoutMs?: number;
}

interface Hops {
	/** The URL the last request was sent to. */
	finalUrl: string;
	/** Every URL redirected to, in order. */
	redirects: string[];
}

export type FetchResult =
	| (Hops & {
			status: 'ok';
			httpStatus: number;
			body: string;
			/** The decoded body's size in bytes, before charset decoding. */
			bytes: number;
			charset: string;
			contentType: string | null;
			etag: string | null;
			lastModified: string | null;
			bodyHash: string;
	  })
	| (Hops & {
			status: 'not-modified';
			/** `http-304`: the server said so; `same-body`: the body hashed the same as `previousBodyHash`. */
			reason: 'http-304' | 'same-body';
			etag: string | null;
			lastModified: string | null;
			bodyHash: string | null;
	  })
	| (Hops & { status: 'http-error'; httpStatus: number; retryAfterMs?: number; error: string })
	| (Hops & { status: 'timeout'; error: string })
	| (Hops & { status: 'too-large'; limit: number; error: string })
	| (Hops & { status: 'blocked'; error: string })
	| (Hops & { status: 'network-error'; error: string })
	| (Hops & { status: 'redirect-loop'; error: string });

export type FetchStatus = FetchResult['status'];

export type FetchUrl = (url: string, options?: FetchRequestOptions) => Promise<FetchResult>;
