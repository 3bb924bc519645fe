import { describe, expect, it } from 'vitest';
import { mentionsMedia, originFromStatement } from '../../src/articles/clean-learned.js';
import { processText } from '../../src/articles/process.js';

const BODY = [
	'The harbour authority approved the new sea wall on Tuesday after a two-year study of storm surges along the coast of the county.',
	'Work will start in the spring and is expected to last three years, the authority’s chairman told a meeting of residents on Tuesday evening.',
	'Residents of the lower town, flooded twice since 2020, welcomed the decision but asked for the work to begin before next winter’s storms.',
	'The wall will cost an estimated 240 million pounds, two thirds of it paid by the national government and the rest by the county council.',
	'Opponents say the money would be better spent moving the most exposed homes further inland, and plan to challenge the decision in court.',
];

function withJunk(junk: string[], at: number): string {
	const lines = [...BODY];
	lines.splice(at, 0, ...junk);
	return lines.join('\n\n');
}

// How well the classifier does on wording it never saw is measured by `npm run eval:cleaning`, not here: these tests
// check what it does with lines of the kinds it was trained on, worded close to its training.
describe('the line classifier', () => {
	it('removes a donation call and a follow prompt the rules miss, and keeps every body line', () => {
		const junk = ['Support our journalism: donate today.', 'Like us on Facebook and follow us on Instagram!'];
		const article = processText(withJunk(junk, 2), { title: 'Sea wall approved' });
		expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
		expect(article.removed.filter((r) => r.reason === 'junk-line').map((r) => r.text)).toEqual(junk);
	});

	it('keeps a subheading between two paragraphs of prose', () => {
		const article = processText(withJunk(['What happens next'], 3), { title: 'Sea wall approved' });
		expect(article.paragraphs.find((p) => p.text === 'What happens next')?.kind).toBe('heading');
	});

	it('credits the publisher a removed statement of origin names, and never a picture credit', () => {
		const text = `${BODY.join('\n\n')}\n\nThis story was first produced by Harbour Gazette and is shared here with its consent.`;
		const article = processText(text, { title: 'Sea wall approved' });
		expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
		expect(article.originalSource?.name).toBe('Harbour Gazette');
	});
});

describe('statements of origin', () => {
	it('reads the name or the URL a statement gives', () => {
		expect(originFromStatement('Dieser Beitrag ist ursprünglich bei La Gazette du Morvan erschienen.')).toEqual({ name: 'La Gazette du Morvan', url: null });
		expect(originFromStatement('Original source: https://www.harbourgazette.com/2024/sea-wall.')).toEqual({
			name: 'harbourgazette.com',
			url: 'https://www.harbourgazette.com/2024/sea-wall',
		});
	});

	it('is null for a caption, an infographic credit or a sentence without an origin word', () => {
		expect(originFromStatement('Source: CDC, Chicago Department of Public Health | Graphic: BBC')).toBeNull();
		expect(mentionsMedia('Infographie Le Monde - Source : Insee')).toBe(true);
		expect(originFromStatement('The mayor met residents of the lower town on Tuesday.')).toBeNull();
	});
});
