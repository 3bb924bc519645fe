/**
 * Parsing of the reader commands' free-text options, shared by /who, /quote, /subscribe and /unsubscribe.
 * Pure: the commands call these and turn a null into a localised reply.
 */

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS, mo: 30 * DAY_MS, y: 365 * DAY_MS };

/**
 * `since` as a timestamp: a duration back from now (`7d`, `24h`, `2w`, `3mo`, `1y`) or a date (`2026-01-01`,
 * any ISO 8601 date-time). Null when it is neither, or outside 1970..now+1d.
 */
export function parseSince(input: string, now: number): number | null {
	const text = input.trim().toLowerCase();
	const duration = /^(\d{1,5})\s*(h|d|w|mo|y)$/.exec(text);
	if (duration) {
		const unit = UNITS[duration[2] ?? ''];
		return unit === undefined ? null : now - Number(duration[1]) * unit;
	}
	if (!/^\d{4}-\d{2}-\d{2}([t ][\d:.]+(z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
	const at = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.toUpperCase().replace(' ', 'T'));
	if (!Number.isFinite(at) || at < 0 || at > now + DAY_MS) return null;
	return at;
}

/** Autocomplete values carry a typed reference, so a pick is exact and a typed name is still a name. */
const ENTITY_REF = /^e:(\d{1,15})$/;
const SUBSCRIPTION_REF = /^s:(\d{1,15})$/;

export function entityRef(id: number): string {
	return `e:${id}`;
}

export function parseEntityRef(value: string): number | null {
	const match = ENTITY_REF.exec(value.trim());
	return match ? Number(match[1]) : null;
}

export function subscriptionRef(id: number): string {
	return `s:${id}`;
}

export function parseSubscriptionRef(value: string): number | null {
	const match = SUBSCRIPTION_REF.exec(value.trim());
	return match ? Number(match[1]) : null;
}

/** Autocomplete choice names are limited to 100 characters by Discord. */
export function choiceName(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length <= 100 ? clean || '…' : `${clean.slice(0, 99)}…`;
}
