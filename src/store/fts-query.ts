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

/** The words of a text as the search index splits them: letters, digits and combining marks, at most 64 each. */
export function splitWords(text: string): string[] {
	const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
	return words.map((word) => (word.length > MAX_TERM_LENGTH ? [...word].slice(0, MAX_TERM_LENGTH).join('') : word));
}

/** The distinct words of a user's text, as FTS5 will index them (without quotes). */
export function ftsTerms(input: string): string[] {
	const seen = new Set<string>();
	for (const word of splitWords(input)) {
		seen.add(word.toLowerCase());
		if (seen.size >= MAX_TERMS) break;
	}
	return [...seen];
}

/**
 * The document indexed for a text that some guilds can see: each word once per guild, prefixed with the
 * guild's key ("g12_word"). A guild's search then reads only its own posting lists, however common the word
 * is in other guilds, and can never match another guild's rows. The index's tokenizer keeps `_` inside tokens.
 */
export function scopedDocument(text: string, guildKeys: readonly number[]): string {
	const words = splitWords(text);
	return guildKeys.map((key) => words.map((word) => `g${key}_${word}`).join(' ')).join('\n');
}

/** toFtsMatch for a scoped index (see scopedDocument): the same plain terms, within one guild. */
export function toScopedFtsMatch(input: string, guildKey: number, operator: 'AND' | 'OR' = 'AND'): string | null {
	const terms = ftsTerms(input);
	if (terms.length === 0) return null;
	return terms.map((term) => `"g${guildKey}_${term}"`).join(` ${operator} `);
}
