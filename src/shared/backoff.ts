/**
 * The one exponential backoff of the bot, used by feed polling (src/feeds/backoff.ts) and Discord delivery retries
 * (src/discord/delivery-worker.ts): each retry waits twice as long as the one before, up to a cap.
 */

/** `baseMs × 2^retry`, capped at `capMs`; `retry` 0 is the first retry. Finite for any retry count. */
export function exponentialDelay(retry: number, baseMs: number, capMs: number): number {
	const n = Math.max(0, Math.floor(Number.isNaN(retry) ? 0 : retry));
	// 2^n overflows to Infinity long before n matters; 30 doublings are past any cap we use.
	return Math.min(capMs, baseMs * 2 ** Math.min(n, 30));
}

/**
 * The delay spread over its upper half (`random` in [0, 1)), so that many rows failing together do not all come
 * back at the same instant, while none comes back sooner than half the delay.
 */
export function jitterUpperHalf(delayMs: number, random: () => number): number {
	return delayMs * (0.5 + random() / 2);
}
