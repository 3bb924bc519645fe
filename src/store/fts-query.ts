/** More terms than this add nothing to a search a person typed, and cost time. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;

/**
 * Turns any user text into the plain search terms of an FTS5 MATCH expression: every word becomes a quoted
 * string, so FTS syntax in the input (quotes, `*`, `-`, `^`, `:`, NEAR, AND, OR, NOT, parentheses) is only
 * text. Returns null when the input has no word at all (empty, punctuation, emoji): there is nothing to search.
 * Words are split the way the unicode61 tokenizer splits them (letters, digits and combining marks).
 * @see https://www.sqlite.org/fts5.html#full_text_query_syntax
 */
export function toFtsMatch(input: string, operator: 'AND' | 'OR' = 'AND'): string | null {
	const terms = ftsTerms(input);
	if (terms.length === 0) return null;
	return terms.map((term) => `"${term}"`).join(` ${operator} `);
}

/** The distinct words of a user's text, as FTS5 will index them (without quotes). */
export function ftsTerms(input: string): string[] {
	const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
	const seen = new Set<string>();
	for (const word of words) {
		const term = [...word].slice(0, MAX_TERM_LENGTH).join('');
		seen.add(term.toLowerCase());
		if (seen.size >= MAX_TERMS) break;
	}
	return [...seen];
}
