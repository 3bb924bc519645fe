import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsTerms, scopedDocument, toFtsMatch, toScopedFtsMatch } from '../../src/store/fts-query.js';

describe('toFtsMatch', () => {
	const db = new Database(':memory:');
	db.exec("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')");
	db.prepare('INSERT INTO t (text) VALUES (?)').run("NEAR the AND gate: l'Élysée (paris) * -minus \"quoted\" مرحبا");
	const search = (input: string) => {
		const match = toFtsMatch(input);
		return match === null ? [] : db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(match);
	};

	it('quotes every word so FTS operators are plain text', () => {
		expect(toFtsMatch('NEAR(a b) AND c OR NOT d')).toBe('"near" AND "a" AND "b" AND "and" AND "c" AND "or" AND "not" AND "d"');
		expect(toFtsMatch('-minus *star ^caret col:umn')).toBe('"minus" AND "star" AND "caret" AND "col" AND "umn"');
		expect(toFtsMatch('elysee', 'OR')).toBe('"elysee"');
		expect(toFtsMatch('a b', 'OR')).toBe('"a" OR "b"');
	});

	it('returns null when there is no word to search', () => {
		for (const input of ['', '   ', '"', '*', '-', '()', '😀🔥', '...', '\u0000']) expect(toFtsMatch(input)).toBeNull();
	});

	it('never produces an expression FTS5 rejects', () => {
		const hostile = ['"', '"a', 'a"b', 'NEAR', 'NEAR(', 'AND', 'OR OR', 'NOT', '(((', ')', '*', 'a*', '-a', '^a', 'text:a', '{text}:a', 'a + b', "'", '😀 a', 'مرحبا', 'שלום "עולם', 'x'.repeat(6_000), 'a '.repeat(3_000), 'Ǆ̀ñ', '\u202Eabc'];
		for (const input of hostile) expect(() => search(input)).not.toThrow();
	});

	it('matches words of the indexed text, folding accents and case', () => {
		expect(search('elysee')).toHaveLength(1);
		expect(search('ÉLYSÉE paris')).toHaveLength(1);
		expect(search('near AND')).toHaveLength(1);
		expect(search('"quoted')).toHaveLength(1);
		expect(search('مرحبا')).toHaveLength(1);
		expect(search('elysee london')).toHaveLength(0);
	});

	it('bounds the number and length of terms', () => {
		expect(ftsTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
		expect(ftsTerms('x'.repeat(6_000))[0]).toHaveLength(64);
		expect(ftsTerms('Paris paris PARIS')).toEqual(['paris']);
	});
});

describe('guild-scoped search terms', () => {
	const db = new Database(':memory:');
	db.exec(`CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = "unicode61 remove_diacritics 2 tokenchars '_'")`);
	const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)');
	insert.run(1, scopedDocument("Le palais de l'Élysée NEAR (AND) \"x\" *", [1]));
	insert.run(2, scopedDocument('Élysée seen by two guilds', [1, 2]));
	insert.run(3, scopedDocument('Élysée seen by guild three only', [3]));
	const search = (input: string, key: number) => {
		const match = toScopedFtsMatch(input, key);
		return match === null ? [] : db.prepare<[string], number>('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck().all(match);
	};

	it('finds a guild its own rows only, folding accents and case', () => {
		expect(search('elysee', 1)).toEqual([1, 2]);
		expect(search('ÉLYSÉE', 2)).toEqual([2]);
		expect(search('elysee', 3)).toEqual([3]);
		expect(search('elysee', 4)).toEqual([]);
		expect(search('guilds two', 1)).toEqual([2]);
	});

	it('never produces an expression FTS5 rejects', () => {
		for (const input of ['"', 'NEAR(', 'a AND', '(((', '*', '-x', 'g1_elysee', '_', '😀', 'שלום "עולם', 'x'.repeat(6_000)]) {
			expect(() => search(input, 1)).not.toThrow();
		}
		expect(search('near AND', 1)).toEqual([1]);
		expect(search('g1_elysee', 1)).toEqual([]);
	});
});
