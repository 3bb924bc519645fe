import { describe, expect, it } from 'vitest';
import { processText } from '../../src/articles/process.js';
import { extractEntities } from '../../src/briefs/entities.js';
import { doubtfulSpans } from '../../src/briefs/junk-spans.js';
import { buildRawArticle } from '../../src/briefs/raw-article.js';

const BODY = [
	'The harbour authority approved the new sea wall on Tuesday after a two-year study of storm surges along the coast.',
	'Mayor Helen Carver said the work would start in the spring and last three years, and residents welcomed it.',
	'The wall will cost an estimated 240 million pounds, two thirds of it paid by the national government.',
];

describe('names found only in doubted lines', () => {
	it('are not listed, while a name the article’s prose also gives stays', () => {
		const text = [...BODY, 'Photos by Marta Quillen and Helen Carver'].join('\n\n');
		const last = text.lastIndexOf('Photos');
		const doubtful = [{ start: last, end: text.length }];
		const names = extractEntities(text, 'en', { doubtful }).map((e) => e.name);
		expect(extractEntities(text, 'en').map((e) => e.name)).toContain('Marta Quillen');
		expect(names).not.toContain('Marta Quillen');
		expect(names).toContain('Helen Carver');
	});

	it('are none for text that came in clean, and each doubted span is one of a cleaned article’s paragraphs', () => {
		expect(doubtfulSpans(buildRawArticle([...BODY, 'Marta Quillen'].join('\n\n'), { language: 'en' }))).toEqual([]);
		const article = processText(['Sea wall approved | Harbour Gazette', ...BODY, 'Enlarge this image', 'Marta Quillen'].join('\n\n'), { title: 'Sea wall approved' });
		const spans = doubtfulSpans(article, 0);
		expect(spans.map((span) => article.text.slice(span.start, span.end))).toEqual(article.paragraphs.map((p) => p.text));
		expect(doubtfulSpans(article, 1.01)).toEqual([]);
	});
});
