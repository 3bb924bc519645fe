import { describe, expect, it } from 'vitest';
import { formatBrief } from '../../src/console/print-brief.js';
import { makeBrief } from '../helpers/store-builders.js';

describe('console brief', () => {
	it('shows the original source and its URL for a republished copy', () => {
		const brief = makeBrief({
			url: 'https://aggregator.example/sea-wall',
			siteName: null,
			originalSource: { name: 'coastalledger.com', url: 'https://coastalledger.com/sea-wall' },
			republishedVia: ['Aggregator'],
		});
		const text = formatBrief(brief);
		expect(text).toContain('coastalledger.com (via Aggregator)');
		expect(text).toContain('original: https://coastalledger.com/sea-wall');
	});

	it('prints no original line when the page is the original', () => {
		expect(formatBrief(makeBrief({ originalSource: null }))).not.toContain('original:');
	});
});
