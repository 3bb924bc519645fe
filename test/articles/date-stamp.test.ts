import { describe, expect, it } from 'vitest';
import { isDateStamp } from '../../src/articles/date-stamp.js';

describe('date stamps', () => {
	it.each(['October 06, 2018', 'Updated at 1:23 p.m.', '02 Ago 2017', 'Publié le 3 mars 2021 à 9h12', 'Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM'])(
		'reads "%s" as a dateline',
		(line) => {
			expect(isDateStamp(line)).toBe(true);
		},
	);

	it.each(['In March 2019, the council voted.', 'Sunday Times', '2.289', '10:30'])('keeps "%s"', (line) => {
		expect(isDateStamp(line)).toBe(false);
	});
});
