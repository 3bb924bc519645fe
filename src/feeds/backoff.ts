/**
 * Poll timing for feeds: exponential backoff after failures, disabling, and spreading feeds over the interval.
 * Pure functions of their inputs; the pipeline stores the results in FeedRecord.nextPollAt.
 */
import { createHash } from 'node:crypto';
import { exponentialDelay } from '../shared/backoff.js';

export const BACKOFF_BASE_MS = 5 * 60_000;
export const BACKOFF_CAP_MS = 24 * 60 * 60_000;
export const DEFAULT_MAX_FAILURES = 10;

/**
 * When to try a failing feed again: 5 min × 2^(n-1), capped at 24 h, or later if the server asked (Retry-After).
 * `consecutiveFailures` counts the failure just recorded, so the first failure waits 5 minutes.
 */
export function nextPollAfterFailure(consecutiveFailures: number, now: number, retryAfterMs?: number): number {
	const delay = exponentialDelay(Math.max(1, Math.floor(consecutiveFailures)) - 1, BACKOFF_BASE_MS, BACKOFF_CAP_MS);
	const honoured = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > delay ? retryAfterMs : delay;
	return now + Math.min(honoured, BACKOFF_CAP_MS);
}

/** True once a feed has failed `maxFailures` times in a row and should stop being polled. */
export function shouldDisable(consecutiveFailures: number, maxFailures: number = DEFAULT_MAX_FAILURES): boolean {
	return consecutiveFailures >= maxFailures;
}

/**
 * A stable offset in [0, intervalMs) for a feed, so feeds added together are not all fetched at the same second
 * and a restart keeps each feed in its slot.
 */
export function spreadOffset(feedId: number | string, intervalMs: number): number {
	if (intervalMs <= 0) return 0;
	const digest = createHash('sha256').update(String(feedId)).digest();
	return digest.readUInt32BE(0) % Math.floor(intervalMs);
}

/**
 * The next poll after a success: the next slot of this feed on the interval grid, strictly after `now`,
 * or later when the server asked for it.
 */
export function nextPollAfterSuccess(feedId: number | string, intervalMs: number, now: number, retryAfterMs?: number): number {
	const offset = spreadOffset(feedId, intervalMs);
	const slot = Math.floor((now - offset) / intervalMs) * intervalMs + offset + intervalMs;
	const minimum = retryAfterMs !== undefined && retryAfterMs > 0 ? now + retryAfterMs : 0;
	return Math.max(slot, minimum);
}
