/**
 * Per-feed filter expressions: `ukraine AND (lang:fr OR source:lemonde) NOT "live updates"`.
 * Words and quoted phrases match whole words (accent- and case-folded, no stemming), `entity:` matches an entity
 * name or alias the way `/subscribe` does, `topic:`, `lang:` and `source:` match the brief's fields.
 * AND / OR / NOT (or ET / OU / SAUF) and parentheses combine them; two terms side by side mean AND; `-word` is NOT.
 * No user regex ever: matching is substring search of folded words, so evaluation is linear in the brief
 * times the (bounded) number of terms. Hostile input is refused up front with a position, never recursed into.
 */
import { normalizeName, splitWords } from '../subscriptions/fold-text.js';

export const MAX_FILTER_LENGTH = 500;
export const MAX_FILTER_TERMS = 40;
export const MAX_FILTER_DEPTH = 8;
const MAX_PHRASE_WORDS = 12;

export type FilterField = 'text' | 'entity' | 'topic' | 'lang' | 'source';

export type FilterNode =
	| { kind: 'term'; field: FilterField; words: string[]; text: string; start: number; end: number }
	| { kind: 'and' | 'or'; children: FilterNode[]; start: number; end: number }
	| { kind: 'not'; child: FilterNode; start: number; end: number };

export type FilterErrorCode =
	| 'empty'
	| 'too-long'
	| 'too-many-terms'
	| 'too-deep'
	| 'unclosed-quote'
	| 'unclosed-paren'
	| 'unexpected-paren'
	| 'missing-operand'
	| 'empty-term'
	| 'unknown-field';

export interface FilterParseError {
	code: FilterErrorCode;
	/** 1-based character position where the problem was found. */
	position: number;
	/** The offending text, when there is one (an unknown field name). */
	detail?: string;
}

export type ParseFilterResult = { ok: true; filter: ParsedFilter } | { ok: false; error: FilterParseError };

export interface ParsedFilter {
	root: FilterNode;
	/** The expression as typed (trimmed): clause texts are slices of it. */
	source: string;
	terms: number;
}

type Token =
	| { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; start: number; end: number }
	| { type: 'term'; field: FilterField; value: string; start: number; end: number };

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', ET: 'and', OR: 'or', OU: 'or', NOT: 'not', SAUF: 'not', NON: 'not' };
const FIELDS: Record<string, FilterField> = {
	entity: 'entity', entite: 'entity', who: 'entity', qui: 'entity',
	topic: 'topic', theme: 'topic', sujet: 'topic',
	lang: 'lang', langue: 'lang',
	source: 'source', site: 'source',
};

/** Parses an expression; never throws, never recurses deeper than MAX_FILTER_DEPTH. */
export function parseFilter(input: string): ParseFilterResult {
	const source = input.trim();
	if (source.length === 0) return fail('empty', 1);
	if ([...source].length > MAX_FILTER_LENGTH) return fail('too-long', MAX_FILTER_LENGTH + 1);
	const tokens = tokenize(source);
	if (!Array.isArray(tokens)) return { ok: false, error: tokens };
	const termCount = tokens.filter((t) => t.type === 'term').length;
	if (termCount > MAX_FILTER_TERMS) {
		const over = tokens.filter((t) => t.type === 'term')[MAX_FILTER_TERMS] as Token;
		return fail('too-many-terms', over.start + 1);
	}
	// Depth is checked on the tokens before any recursion, so a wall of "(((((" costs one pass and no stack.
	let depth = 0;
	for (const token of tokens) {
		if (token.type === 'lparen' && ++depth > MAX_FILTER_DEPTH) return fail('too-deep', token.start + 1);
		if (token.type === 'rparen') {
			if (depth === 0) return fail('unexpected-paren', token.start + 1);
			depth--;
		}
	}
	const parser = new Parser(tokens, source);
	try {
		const root = parser.parseOr();
		if (parser.peek()) {
			const next = parser.peek() as Token;
			return fail(next.type === 'rparen' ? 'unexpected-paren' : 'missing-operand', next.start + 1);
		}
		return { ok: true, filter: { root, source, terms: termCount } };
	} catch (error) {
		if (error instanceof ParseFailure) return { ok: false, error: error.error };
		throw error;
	}
}

class ParseFailure extends Error {
	constructor(readonly error: FilterParseError) {
		super(error.code);
	}
}

class Parser {
	private at = 0;
	constructor(
		private readonly tokens: Token[],
		private readonly source: string,
	) {}

	peek(): Token | undefined {
		return this.tokens[this.at];
	}

	parseOr(): FilterNode {
		const children = [this.parseAnd()];
		while (this.peek()?.type === 'or') {
			this.at++;
			children.push(this.parseAnd());
		}
		return group('or', children);
	}

	private parseAnd(): FilterNode {
		const children = [this.parseUnary()];
		for (;;) {
			const next = this.peek();
			if (!next || next.type === 'or' || next.type === 'rparen') break;
			if (next.type === 'and') this.at++;
			children.push(this.parseUnary());
		}
		return group('and', children);
	}

	private parseUnary(): FilterNode {
		const token = this.peek();
		if (!token) throw new ParseFailure({ code: 'missing-operand', position: this.source.length + 1 });
		if (token.type === 'not') {
			this.at++;
			// NOT NOT NOT... is bounded by the term count, since each NOT needs a term after it.
			const child = this.parseUnary();
			return { kind: 'not', child, start: token.start, end: child.end };
		}
		if (token.type === 'lparen') {
			this.at++;
			const inner = this.parseOr();
			const close = this.peek();
			if (close?.type !== 'rparen') throw new ParseFailure({ code: 'unclosed-paren', position: token.start + 1 });
			this.at++;
			return { ...inner, start: token.start, end: close.end };
		}
		if (token.type === 'term') {
			this.at++;
			const words = token.field === 'lang' ? [token.value.toLowerCase()] : splitWords(token.value).slice(0, MAX_PHRASE_WORDS);
			if (words.length === 0 || words[0] === '') throw new ParseFailure({ code: 'empty-term', position: token.start + 1 });
			return { kind: 'term', field: token.field, words, text: this.source.slice(token.start, token.end), start: token.start, end: token.end };
		}
		throw new ParseFailure({ code: 'missing-operand', position: token.start + 1 });
	}
}

function group(kind: 'and' | 'or', children: FilterNode[]): FilterNode {
	if (children.length === 1) return children[0] as FilterNode;
	return { kind, children, start: (children[0] as FilterNode).start, end: (children.at(-1) as FilterNode).end };
}

function fail(code: FilterErrorCode, position: number, detail?: string): ParseFilterResult {
	return { ok: false, error: { code, position, ...(detail === undefined ? {} : { detail }) } };
}

const isQuote = (c: string | undefined): boolean => c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„';
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const isBreak = (c: string | undefined): boolean => c === undefined || isSpace(c) || c === '(' || c === ')' || isQuote(c);

/** One left-to-right pass; each character is looked at a bounded number of times. */
function tokenize(source: string): Token[] | FilterParseError {
	const tokens: Token[] = [];
	let i = 0;
	while (i < source.length) {
		const c = source[i];
		if (isSpace(c)) {
			i++;
			continue;
		}
		if (c === '(' || c === ')') {
			tokens.push({ type: c === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
			i++;
			continue;
		}
		const start = i;
		let negated = false;
		if (c === '-' && !isBreak(source[i + 1])) {
			negated = true;
			i++;
		}
		let field: FilterField = 'text';
		const bare = readBare(source, i);
		const colon = bare.indexOf(':');
		if (colon > 0) {
			const name = normalizeName(bare.slice(0, colon));
			const known = FIELDS[name];
			if (!known) return { code: 'unknown-field', position: i + 1, detail: bare.slice(0, colon) };
			field = known;
			i += colon + 1;
		} else if (!negated && OPERATORS[bare]) {
			tokens.push({ type: OPERATORS[bare], start, end: i + bare.length });
			i += bare.length;
			continue;
		}
		let value: string;
		if (isQuote(source[i])) {
			const close = findQuoteEnd(source, i + 1);
			if (close < 0) return { code: 'unclosed-quote', position: i + 1 };
			value = source.slice(i + 1, close);
			i = close + 1;
		} else {
			value = readBare(source, i);
			i += value.length;
		}
		if (negated) tokens.push({ type: 'not', start, end: start + 1 });
		tokens.push({ type: 'term', field, value, start: negated ? start + 1 : start, end: i });
		if (value.trim() === '') return { code: 'empty-term', position: start + 1 };
	}
	return tokens;
}

function readBare(source: string, from: number): string {
	let end = from;
	while (end < source.length && !isBreak(source[end])) end++;
	return source.slice(from, end);
}

function findQuoteEnd(source: string, from: number): number {
	for (let i = from; i < source.length; i++) if (isQuote(source[i])) return i;
	return -1;
}
