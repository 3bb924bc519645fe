import { describe, expect, it } from 'vitest';
import { copyRank } from '../../src/articles/copy-rank.js';
import { processText } from '../../src/articles/process.js';

const BODY = [
	'The harbour authority approved the new sea wall on Tuesday after a two-year study of storm surges along the coast.',
	'Work will start in the spring and is expected to last three years, according to the authority’s chairman.',
	'Residents of the lower town, flooded twice since 2020, welcomed the decision but asked for faster work.',
].join('\n\n');

describe('copyRank', () => {
	it('ranks the original publisher’s page above a clean copy, and a clean copy above a republication', () => {
		const original = processText(BODY, { title: 'Sea wall approved', url: 'https://www.coastalledger.com/sea-wall' });
		const republished = processText(`${BODY}\n\nThe post Sea wall approved appeared first on Coastal Ledger.`, {
			title: 'Sea wall approved',
			url: 'https://aggregator.example/sea-wall',
		});
		expect(copyRank(original)).toBe(2);
		expect(republished.originalSource?.name).toBe('Coastal Ledger');
		expect(copyRank(republished)).toBe(0);
		const credited = { ...original, url: 'https://other.example/x', originalSource: { name: 'Coastal Ledger', url: null } };
		expect(copyRank(credited)).toBe(1);
		expect(copyRank({ ...original, originalSource: { name: 'coastalledger.com', url: 'https://coastalledger.com/a' } })).toBe(2);
	});
});
