import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isFullName, normalizeName, prefixUpperBound } from '../../src/store/normalize-name.js';
import { editDistance } from '../../src/store/edit-distance.js';

describe('normalizeName', () => {
	it('folds case, accents and punctuation', () => {
		expect(normalizeName('  Émile   ZOLA. ')).toBe('emile zola');
		expect(normalizeName("O'Brien")).toBe('obrien');
		expect(normalizeName('U.S. Steel')).toBe('us steel');
		expect(normalizeName('Jean-Luc Mélenchon')).toBe('jean luc melenchon');
		expect(normalizeName('Łódź')).toBe('łodz');
	});

	it('keeps letters of every script', () => {
		expect(normalizeName('林俊旸')).toBe('林俊旸');
		expect(normalizeName('Владимир Путин')).toBe('владимир путин');
		expect(normalizeName('محمد بن سلمان')).toBe('محمد بن سلمان');
		expect(normalizeName('😀 !!')).toBe('');
	});
});

describe('isFullName', () => {
	it('tells a full name from a bare one', () => {
		expect(isFullName('lin junyang')).toBe(true);
		expect(isFullName('lin')).toBe(false);
		expect(isFullName('林俊旸')).toBe(true);
		expect(isFullName('林')).toBe(false);
	});
});

describe('prefixUpperBound', () => {
	// SQLite compares TEXT as UTF-8 bytes (code point order), which is what the bound is built for.
	const db = new Database(':memory:');
	const less = db.prepare<[string, string], number>('SELECT ? < ?').pluck();
	it('sorts after every string with the prefix and before the next prefix, in SQLite order', () => {
		const upper = prefixUpperBound('ma');
		for (const s of ['ma', 'macron', 'ma\u{FFFF}z', 'ma\u{10FFFE}', 'maé']) expect(less.get(s, upper)).toBe(1);
		expect(less.get('mb', upper)).toBe(0);
	});
});

describe('editDistance', () => {
	it('counts edits and stops early past the bound', () => {
		expect(editDistance('macron', 'macorn')).toBe(2);
		expect(editDistance('scholz', 'scholtz')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
	});
});
