/**
 * Name keys for merging and prefix search: case, accents and punctuation folded, so that "Élysée",
 * "elysee" and "ÉLYSÉE." share one key. Letters of every script are kept.
 */
export function normalizeName(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			// Apostrophes and dots join ("O'Brien" → "obrien", "U.S." → "us"); other punctuation separates.
			.replace(/['’ʼ`.]/gu, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()
	);
}

const HAN_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * True when a normalised person name is a full name rather than a bare surname or given name: several tokens,
 * or a CJK name of three characters or more (CJK names are written without spaces; one or two characters
 * are usually a surname alone).
 */
export function isFullName(norm: string): boolean {
	if (norm.includes(' ')) return true;
	return HAN_OR_KANA.test(norm) && [...norm].length >= 3;
}

/** The smallest string greater than every string starting with `prefix`, for `>= ? AND < ?` range scans. */
export function prefixUpperBound(prefix: string): string {
	return prefix + '\u{10FFFF}';
}
