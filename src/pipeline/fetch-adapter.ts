/**
 * The feeds fetcher, seen through the pipeline's FetchUrl port: feeds and pages share one fetcher (one
 * connection pool, one global and per-host limit) with their own size caps and Accept headers.
 */
import { createFetcher, type FetchResult } from '../feeds/fetch.js';
import type { FetchOutcome, FetchUrl } from './ports.js';

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export interface PipelineFetchOptions {
	timeoutMs: number;
	maxFeedBytes: number;
	maxPageBytes: number;
	userAgent: string;
	allowPrivateNetwork: boolean;
	concurrency: number;
	perHostConcurrency: number;
	/** `host:port` origins exempt from the private-address guard (console mode's sample server). */
	allowHosts?: string[];
}

export function createPipelineFetch(options: PipelineFetchOptions): { fetchUrl: FetchUrl; close(): Promise<void> } {
	const fetcher = createFetcher({
		timeoutMs: options.timeoutMs,
		maxBytes: options.maxFeedBytes,
		userAgent: options.userAgent,
		allowPrivateNetwork: options.allowPrivateNetwork,
		concurrency: options.concurrency,
		perHostConcurrency: options.perHostConcurrency,
		allowHosts: options.allowHosts ?? [],
	});
	const fetchUrl: FetchUrl = async (url, request) => {
		const result = await fetcher.fetchUrl(url, {
			...(request.etag ? { etag: request.etag } : {}),
			...(request.lastModified ? { lastModified: request.lastModified } : {}),
			...(request.previousBodyHash ? { previousBodyHash: request.previousBodyHash } : {}),
			...(request.kind === 'page' ? { accept: PAGE_ACCEPT, maxBytes: options.maxPageBytes } : {}),
		});
		return toOutcome(result);
	};
	return { fetchUrl, close: () => fetcher.close() };
}

export function toOutcome(result: FetchResult): FetchOutcome {
	switch (result.status) {
		case 'ok':
			return {
				status: 'ok',
				body: result.body,
				finalUrl: result.finalUrl,
				etag: result.etag,
				lastModified: result.lastModified,
				bodyHash: result.bodyHash,
				contentType: result.contentType,
			};
		case 'not-modified':
			return { status: 'not-modified' };
		case 'http-error':
			return {
				status: 'error',
				kind: 'http-error',
				message: `HTTP ${result.httpStatus}`,
				httpStatus: result.httpStatus,
				...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
				permanent: result.httpStatus === 410,
			};
		case 'blocked':
			return { status: 'error', kind: 'blocked', message: result.error, permanent: true };
		default:
			return { status: 'error', kind: result.status, message: result.error };
	}
}
