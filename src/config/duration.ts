const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "10s", "5m", "1h", "250ms" or a bare number of seconds into milliseconds; null when malformed. */
export function parseDuration(input: string): number | null {
	const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(input);
	if (!match) return null;
	const value = Number(match[1]);
	const unit = UNITS[(match[2] ?? 's').toLowerCase()] ?? 1_000;
	return Math.round(value * unit);
}
