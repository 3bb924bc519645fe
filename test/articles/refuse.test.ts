import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processHtml, processText } from '../../src/articles/process.js';
import { refuseArticle } from '../../src/articles/refuse.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const read = (...parts: string[]): string => readFileSync(path.join(FIXTURES, ...parts), 'utf8');
const PAGE = { minWords: 60 };

describe('pages that are not articles are refused, each with its reason', () => {
	const cases: Array<[string, string, RegExp]> = [
		['angular-template.html', 'template-markup', /template/],
		['script-shell.html', 'not-an-article', /application shell/],
		['listing.html', 'not-an-article', /listing/],
		['paywall.html', 'not-an-article', /paywall/],
		['error-page.html', 'not-an-article', /error page/],
		['too-short.html', 'too-short', /words/],
	];
	for (const [name, reason, detail] of cases) {
		it(`refuses ${name} as ${reason}`, () => {
			const html = read('non-articles', name);
			const refusal = refuseArticle(processHtml(html, { url: `https://news.example/${name}` }), { ...PAGE, html });
			expect(refusal?.reason).toBe(reason);
			expect(refusal?.detail).toMatch(detail);
		});
	}
});

describe('articles are not refused', () => {
	it('keeps every article fixture, in four languages', () => {
		for (const name of ['de-news.html', 'fr-republished.html']) {
			const html = read('articles', name);
			expect(refuseArticle(processHtml(html, { url: null }), { ...PAGE, html }), name).toBeNull();
		}
		for (const name of ['en-feed.txt', 'es-feed.txt']) {
			expect(refuseArticle(processText(read('articles', name)), PAGE), name).toBeNull();
		}
	});

	it('keeps an article that quotes one template expression in its prose', () => {
		const prose = 'The framework renders {{ user.name }} in the page once the data has arrived from the server, the team said.';
		const body = [prose, ...Array.from({ length: 4 }, (_, i) => `Paragraph ${i} explains at length how the rendering pipeline works, what it costs and why the team chose it.`)];
		expect(refuseArticle(processText(['Rendering explained', ...body].join('\n\n')), PAGE)).toBeNull();
	});

	it('keeps a short feed summary when no minimum is asked for, but not unrendered markup', () => {
		const summary = processText('Storm warning\n\nA storm warning is in force for the coast until Friday.');
		expect(refuseArticle(summary, { minWords: 0 })).toBeNull();
		expect(refuseArticle(summary, PAGE)?.reason).toBe('too-short');
		const template = processText('Story\n\n{{ctrl.content.body}} {{ctrl.content.date}}');
		expect(refuseArticle(template, { minWords: 0 })?.reason).toBe('template-markup');
	});

	it('keeps a long article that mentions a missing page', () => {
		const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i}: the ministry's page was not found by researchers for months, which delayed the inquiry and angered families.`);
		expect(refuseArticle(processText(['Inquiry delayed', ...body].join('\n\n')), PAGE)).toBeNull();
	});
});
