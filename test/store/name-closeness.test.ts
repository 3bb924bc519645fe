import { describe, expect, it } from 'vitest';
import { allowedEdits, nameDistance } from '../../src/store/name-closeness.js';

describe('name closeness', () => {
	it('allows no edit in short words and more in long ones, never more than three', () => {
		expect([1, 3, 4, 7, 8, 12, 40].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 3, 3]);
	});

	it('finds a misspelt whole name and a name from one of its words', () => {
		expect(nameDistance('emanuel macorn', ['emmanuel macron'])).toBe(3);
		expect(nameDistance('poupart', ['henri poupart lafarge'])).toBe(1);
		expect(nameDistance('claire duboi', ['claire dubois'])).toBe(1);
	});

	it('refuses names that only share letters, so that a wrong suggestion is never made', () => {
		expect(nameDistance('nobody here', ['henri poupart lafarge'])).toBeNull();
		expect(nameDistance('here', ['henri poupart lafarge'])).toBeNull();
		expect(nameDistance('dupont', ['claire dubois'])).toBeNull();
		expect(nameDistance('', ['claire dubois'])).toBeNull();
	});

	it('matches each typed word to a different word of the name', () => {
		expect(nameDistance('dubois dubois', ['claire dubois'])).toBeNull();
		expect(nameDistance('dubois claire', ['claire dubois'])).toBe(1);
	});

	it('ranks the closer of two names first', () => {
		const exactWord = nameDistance('scholz', ['olaf scholz'])!;
		const oneEdit = nameDistance('scholtz', ['olaf scholz'])!;
		expect(exactWord).toBeLessThan(oneEdit);
	});
});
