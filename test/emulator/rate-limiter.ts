/**
 * Discord's rate limits: fixed-window buckets per route and major parameter, a global per-second limit, and forced
 * 429s for tests. Every 429 carries the `Retry-After` header, since discord.js reads the header and not the body; a
 * 429 without it is retried at once, in a loop.
 * @see https://discord.com/developers/docs/topics/rate-limits
 */
import { createHash } from 'node:crypto';
import { matchesRoute, type MatchableRequest } from './route-matcher.js';
import type { BucketLimit, ForcedRateLimitOptions, RateLimitOptions, RouteMatcher } from './types.js';

export interface RateLimitedRequest extends MatchableRequest {
	majorParameter: string;
	/** Interaction callbacks are not subject to the global limit on Discord. */
	globalExempt: boolean;
}

export interface RateDecision {
	headers: Record<string, string>;
	limited: { retryAfterMs: number; global: boolean; bucketKey: string } | null;
}

interface Window {
	resetAt: number;
	count: number;
}

interface ForcedLimit {
	matcher: RouteMatcher;
	remaining: number;
	retryAfterMs: number;
	global: boolean;
}

const MESSAGE_ROUTE = 'POST /channels/:id/messages';

function seconds(ms: number): string {
	return (Math.max(ms, 1) / 1000).toFixed(3);
}

export class RateLimiter {
	private readonly windows = new Map<string, Window>();
	private readonly forced: ForcedLimit[] = [];
	private globalWindow: Window = { resetAt: 0, count: 0 };

	constructor(
		private options: RateLimitOptions,
		private readonly counts: Record<string, number>,
	) {}

	configure(options: RateLimitOptions): void {
		this.options = options;
		this.windows.clear();
	}

	force(matcher: RouteMatcher, options: ForcedRateLimitOptions): void {
		this.forced.push({ matcher, remaining: options.count ?? 1, retryAfterMs: options.retryAfterMs ?? 100, global: options.global ?? false });
	}

	reset(): void {
		this.windows.clear();
		this.forced.length = 0;
		this.globalWindow = { resetAt: 0, count: 0 };
		for (const key of Object.keys(this.counts)) delete this.counts[key];
	}

	check(request: RateLimitedRequest, now = Date.now()): RateDecision {
		const routeKey = `${request.method} ${request.route ?? request.path}`;
		const bucketKey = `${routeKey}:${request.majorParameter}`;
		const forced = this.forced.find((f) => f.remaining > 0 && matchesRoute(f.matcher, request));
		if (forced) {
			forced.remaining -= 1;
			return this.limit(forced.global ? 'global' : bucketKey, forced.retryAfterMs, forced.global, {});
		}
		const global = this.options.global;
		if (global && !request.globalExempt) {
			const window = this.advance(this.globalWindow, global, now);
			if (window.count >= global.limit) return this.limit('global', window.resetAt - now, true, {});
			window.count += 1;
		}
		const limit = this.bucketLimit(routeKey, request);
		if (!limit) return { headers: {}, limited: null };
		const window = this.advance(this.windows.get(bucketKey) ?? { resetAt: 0, count: 0 }, limit, now);
		this.windows.set(bucketKey, window);
		const headers = {
			'X-RateLimit-Limit': String(limit.limit),
			'X-RateLimit-Remaining': String(Math.max(limit.limit - window.count - 1, 0)),
			'X-RateLimit-Reset': (window.resetAt / 1000).toFixed(3),
			'X-RateLimit-Reset-After': seconds(window.resetAt - now),
			'X-RateLimit-Bucket': createHash('sha1').update(routeKey).digest('hex').slice(0, 16),
		};
		if (window.count >= limit.limit) return this.limit(bucketKey, window.resetAt - now, false, { ...headers, 'X-RateLimit-Remaining': '0' });
		window.count += 1;
		return { headers, limited: null };
	}

	private bucketLimit(routeKey: string, request: RateLimitedRequest): BucketLimit | undefined {
		if (routeKey === MESSAGE_ROUTE) return this.options.messagesPerChannel ?? this.options.perRoute;
		return request.globalExempt ? undefined : this.options.perRoute;
	}

	private advance(window: Window, limit: BucketLimit, now: number): Window {
		if (now >= window.resetAt) {
			window.resetAt = now + limit.windowMs;
			window.count = 0;
		}
		return window;
	}

	private limit(bucketKey: string, retryAfterMs: number, global: boolean, headers: Record<string, string>): RateDecision {
		this.counts[bucketKey] = (this.counts[bucketKey] ?? 0) + 1;
		return {
			headers: {
				...headers,
				'Retry-After': seconds(retryAfterMs),
				'X-RateLimit-Scope': global ? 'global' : 'user',
				...(global ? { 'X-RateLimit-Global': 'true' } : {}),
			},
			limited: { retryAfterMs: Math.max(retryAfterMs, 1), global, bucketKey },
		};
	}
}
