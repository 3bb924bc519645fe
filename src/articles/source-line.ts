import { SOURCE_LABELS } from './rules/index.js';
import type { OriginalSource } from './types.js';

const LABELS = SOURCE_LABELS.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
const URL_PATTERN = String.raw`(?<url>https?:\/\/[^\s<>"']+)`;
// "Source : https://…" (French puts a space before the colon), "Quelle: https://…", "Via https://…".
const SOURCE_URL_LINE = new RegExp(String.raw`^(?:${LABELS.join('|')})\s*[:：-]?\s*${URL_PATTERN}\s*$`, 'iu');
// "Source: Reuters" names the original without a link; long lines are sentences that merely start with "Source".
const SOURCE_NAME_LINE = new RegExp(String.raw`^(?:${LABELS.join('|')})\s*[:：]\s*(?<name>[^\s].{0,60})$`, 'iu');

/** The host of a URL without `www.`, or null when it is not an absolute http(s) URL. */
export function hostNameOf(url: string): string | null {
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
		return parsed.hostname.replace(/^www\./i, '').toLowerCase() || null;
	} catch {
		return null;
	}
}

/** The original source a "Source: URL" (or "Source: Name") line names, or null when the line is something else. */
export function parseSourceLine(line: string): OriginalSource | null {
	const trimmed = line.trim();
	const withUrl = SOURCE_URL_LINE.exec(trimmed);
	const url = withUrl?.groups?.['url']?.replace(/[.,;)]+$/u, '');
	if (url) {
		const host = hostNameOf(url);
		if (host) return { name: host, url };
	}
	const withName = SOURCE_NAME_LINE.exec(trimmed);
	const name = withName?.groups?.['name']?.trim().replace(/[.]$/u, '');
	if (name && !/[.!?]\s/u.test(name)) return { name, url: null };
	return null;
}
