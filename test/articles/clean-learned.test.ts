import { describe, expect, it } from 'vitest';
import { leadSentence, mentionsMedia, originFromStatement } from '../../src/articles/clean-learned.js';
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

describe('glued statements and title repeats', () => {
	it('splits a statement run into the lead with no space, even without an origin word, and keeps the lead', () => {
		const text = `Reprinted with permission from Harbour Gazette.${BODY[0]}\n\n${BODY.slice(1).join('\n\n')}`;
		const article = processText(text, { title: 'Sea wall approved' });
		expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
		expect(article.removed.map((r) => r.reason)).toContain('junk-line');
	});

	it('finds the glued statement below a dateline the rules kept', () => {
		const text = `Harbour Gazette staff\n\nThis story first appeared in Harbour Gazette.${BODY[0]}\n\n${BODY.slice(1).join('\n\n')}`;
		const article = processText(text, { title: 'Sea wall approved' });
		expect(article.paragraphs.map((p) => p.text)).toContain(BODY[0]);
	});

	it('reads a lead sentence as glued only at a word or year before the stop', () => {
		expect(leadSentence('It came first on Harbour Gazette.The harbour authority approved the wall on Tuesday evening.')?.tight).toBe(true);
		expect(leadSentence('Sales rose by a third in the U.S.The company said the rise would not last past the spring.')?.sentence).not.toBe('Sales rose by a third in the U.S.');
		expect(leadSentence('More than 1.500.000 people live in the region, the office said on Tuesday. It grew.')?.tight).toBe(false);
	});

	it('removes the title repeated with the site name after a separator', () => {
		const article = processText(['Sea wall approved | Harbour Gazette', ...BODY].join('\n\n'), { title: 'Sea wall approved' });
		expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
		expect(article.removed[0]).toEqual({ text: 'Sea wall approved | Harbour Gazette', reason: 'title-repeat' });
	});
});
