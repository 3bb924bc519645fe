import type { Removed } from './types.js';

const SAMPLE_CHARS = 65_536;
// Text has almost no control characters; binary data is full of them.
const MAX_CONTROL_SHARE = 0.05;
const MAX_REPLACEMENT_SHARE = 0.1;
// "Ã©", "â€™": UTF-8 read as Latin-1 or Windows-1252.
const MOJIBAKE = /(?:Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|â€[\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u2122\u20ac"™œ])/gu;
const CP1252_BYTES = new Map<number, number>(
	[0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
		0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178].map(
		(code, i) => [code, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][i] ?? 0x3f],
	),
);

export type InputVerdict = { ok: true; text: string; removed: Removed[] } | { ok: false; removed: Removed[] };

function countMatches(text: string, pattern: RegExp): number {
	let count = 0;
	for (const _ of text.matchAll(pattern)) count++;
	return count;
}

function countControlCharacters(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f) count++;
	}
	return count;
}

/** Re-reads text that was decoded as Latin-1/Windows-1252 although it was UTF-8; null when that does not work. */
function repairMojibake(text: string): string | null {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const byte = code <= 0xff ? code : CP1252_BYTES.get(code);
		if (byte === undefined) return null;
		bytes[i] = byte;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Decides whether input is text at all, and repairs the commonest charset mistake (UTF-8 bytes decoded as Latin-1).
 * Binary data and undecodable text get an `unreadable` note instead of a garbage article.
 */
export function checkInput(input: string): InputVerdict {
	if (!input.trim()) return { ok: false, removed: [{ text: 'empty input', reason: 'unreadable' }] };
	const sample = input.slice(0, SAMPLE_CHARS);
	const controls = countControlCharacters(sample);
	if (controls / sample.length > MAX_CONTROL_SHARE) {
		return { ok: false, removed: [{ text: `binary data (${controls} control characters in ${sample.length})`, reason: 'unreadable' }] };
	}
	const replacements = countMatches(sample, /\ufffd/gu);
	const mojibake = countMatches(sample, MOJIBAKE);
	// Counting letters is the costly part; only suspicious input needs it.
	const letters = replacements > 0 || mojibake >= 3 ? countMatches(sample, /\p{L}/gu) : sample.length;
	if (replacements > 0 && replacements / Math.max(letters, 1) > MAX_REPLACEMENT_SHARE) {
		return {
			ok: false,
			removed: [{ text: `undecodable text (${replacements} replacement characters): wrong charset`, reason: 'unreadable' }],
		};
	}
	if (mojibake >= 3 && mojibake / Math.max(letters, 1) > 0.002) {
		const repaired = repairMojibake(input);
		if (repaired) return { ok: true, text: repaired, removed: [] };
	}
	const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;
	return { ok: true, text: CONTROL.test(input) ? input.replace(CONTROL, '') : input, removed: [] };
}
