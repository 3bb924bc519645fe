/**
 * Text normalisation shared by queries and articles, so both sides of a match see the same words:
 * accents and case folded, words split on anything that is not a letter or a digit.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
// Chinese and Japanese are written without spaces: each character is its own word, and a query of several
// characters is matched as a phrase of consecutive ones.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
// Non-ASCII punctuation, spaces and symbols whose NFKD form holds no letter or digit (curly quotes, dashes, the
// no-break space, £, €...): always word breaks, so an otherwise ASCII text may swap them for spaces and skip
// the costly Unicode pass. Symbols that decompose into letters (™, ₨, ª) are left out on purpose.
const PLAIN_PUNCTUATION = /[\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u2000-\u206f\u20ac]/g;
// Letters NFKD leaves whole but readers type without their marks.
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const EXTRA_FOLD_PATTERN = /[ßæœøłđı]/g;

/** Lowercases and strips accents: "Électricité" → "electricite", "Straße" → "strasse". */
export function foldText(text: string): string {
	// Most English text is plain ASCII, where folding is only lowercasing: skips the costly NFKD pass.
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c);
}

/** The folded words of a text, in order. Apostrophes and hyphens split words ("l'entreprise" → l, entreprise). */
export function splitWords(text: string): string[] {
	if (NON_ASCII.test(text)) {
		const spaced = text.replace(PLAIN_PUNCTUATION, ' ');
		if (!NON_ASCII.test(spaced)) return spaced.toLowerCase().match(ASCII_WORD) ?? [];
	}
	const folded = foldText(text);
	if (!NON_ASCII.test(folded)) return folded.match(ASCII_WORD) ?? [];
	return folded.replace(UNSPACED, ' $& ').match(WORD) ?? [];
}

/** A folded, whitespace-collapsed key for comparing names ("  Émmanuel MACRON " → "emmanuel macron"). */
export function normalizeName(name: string): string {
	return splitWords(name).join(' ');
}
