/**
 * Retry-After, as delay-seconds or an HTTP date, in milliseconds from `now`. Null when absent or unreadable.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-retry-after
 */
const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60_000;

export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
	if (!value) return null;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Math.min(Number(text) * 1_000, MAX_RETRY_AFTER_MS);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return null;
	return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}
