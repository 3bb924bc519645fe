import { describe, expect, it } from 'vitest';
import {
	canonicalForm,
	cleanRoles,
	evidenceNorms,
	lookupPlan,
	nameForms,
	pickSurvivor,
	searchKeys,
	shouldRename,
} from '../../../src/store/policy/entity-merge.js';

describe('entity merge policy', () => {
	it('normalises and deduplicates a brief entity names, marking which may merge across articles', () => {
		const forms = nameForms({ name: ' Emmanuel  Macron ', aliases: ['Macron', 'emmanuel macron', ''], type: 'person' });
		expect(forms).toEqual([
			{ norm: 'emmanuel macron', name: 'Emmanuel Macron', full: true },
			{ norm: 'macron', name: 'Macron', full: false },
		]);
	});

	it('lets any organisation name merge, a one-word one included', () => {
		expect(nameForms({ name: 'Zhipu', aliases: [], type: 'organization' })).toEqual([{ norm: 'zhipu', name: 'Zhipu', full: true }]);
	});

	it('stores an entity under its own full name, else its first full alias, else its bare name', () => {
		const bareFirst = nameForms({ name: 'Lin', aliases: ['Lin Junyang'], type: 'person' });
		expect(canonicalForm({ name: 'Lin' }, bareFirst).norm).toBe('lin junyang');
		const bare = nameForms({ name: 'Lin', aliases: [], type: 'person' });
		expect(canonicalForm({ name: 'Lin' }, bare).norm).toBe('lin');
	});

	it('looks a bare person name up only as a bare name, never among full names', () => {
		expect(lookupPlan(nameForms({ name: 'Lin', aliases: [], type: 'person' }))).toEqual({ kind: 'bare', norm: 'lin' });
		expect(lookupPlan(nameForms({ name: 'Lin Junyang', aliases: ['Lin'], type: 'person' }))).toEqual({
			kind: 'full',
			norms: ['lin junyang'],
		});
	});

	it('keeps the full-named entity, then the one with more names, then the oldest', () => {
		expect(pickSurvivor([{ id: 1, full: false, names: 9 }, { id: 2, full: true, names: 1 }])).toBe(2);
		expect(pickSurvivor([{ id: 1, full: true, names: 1 }, { id: 2, full: true, names: 3 }])).toBe(2);
		expect(pickSurvivor([{ id: 7, full: true, names: 2 }, { id: 3, full: true, names: 2 }])).toBe(3);
	});

	it('renames a stored bare name to a full one, never the other way', () => {
		const [full, bare] = nameForms({ name: 'Lin Junyang', aliases: ['Lin'], type: 'person' });
		expect(shouldRename(full!, { full: false })).toBe(true);
		expect(shouldRename(full!, { full: true })).toBe(false);
		expect(shouldRename(bare!, { full: false })).toBe(false);
	});

	it('gives autocomplete keys for the first four word starts', () => {
		expect(searchKeys('emmanuel macron')).toEqual(['emmanuel macron', 'macron']);
		expect(searchKeys('a b c d e')).toEqual(['a b c d e', 'b c d e', 'c d e', 'd e']);
	});

	it('records as evidence only the names other than the stored one, and each role once', () => {
		const forms = nameForms({ name: 'Emmanuel Macron', aliases: ['Macron'], type: 'person' });
		expect(evidenceNorms(forms, 'emmanuel macron')).toEqual(['macron']);
		expect(cleanRoles([' President ', 'President', '  '])).toEqual(['President']);
	});
});
