import { describe, expect, it } from 'vitest';
import { processHtml, processText } from '../../src/articles/process.js';
import type { Article } from '../../src/articles/types.js';

// Generous bounds: they catch hangs and quadratic blow-ups, not speed (speed is bench/extract.ts's job).
const BIG_CASE_TIMEOUT_MS = 20_000;

function expectEmptyWithReason(article: Article): void {
	expect(article.paragraphs).toEqual([]);
	expect(article.text).toBe('');
	expect(article.removed.some((piece) => piece.reason === 'unreadable')).toBe(true);
}

const PARAGRAPH =
	'<p>The regional council approved the new budget on Tuesday after a long debate about school funding and road repairs.</p>';

describe('bad input', () => {
	it('returns an empty article with a reason for empty input', () => {
		expectEmptyWithReason(processHtml(''));
		expectEmptyWithReason(processText('   \n\n  '));
	});

	it('returns an empty article with a reason for binary data', () => {
		const bytes = Array.from({ length: 4_096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
		expectEmptyWithReason(processHtml(bytes));
		expectEmptyWithReason(processText(bytes));
	});

	it('returns an empty article with a reason for a page made only of scripts', () => {
		const page = `<html><head><script>${'var a = 1;'.repeat(10_000)}</script></head><body><script>document.write("x")</script></body></html>`;
		expectEmptyWithReason(processHtml(page));
	});

	it('repairs UTF-8 text that was decoded as Latin-1', () => {
		const mojibake = 'Le prÃ©sident a dÃ©clarÃ© que la rÃ©forme Ã©tait nÃ©cessaire pour lâ€™Ã©conomie du pays.';
		const article = processText(`${mojibake}\n\n${mojibake.replace('pays', 'continent')}`, { title: 'Réforme' });
		expect(article.text).toContain('Le président a déclaré que la réforme était nécessaire');
	});

	it('says the text is unreadable when most of it is replacement characters', () => {
		expectEmptyWithReason(processText('\ufffd\ufffd\ufffd \ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffdt\ufffd \ufffd\ufffd\ufffd'));
	});

	it('reads a fragment without html or body tags', () => {
		const article = processHtml(PARAGRAPH);
		expect(article.paragraphs.map((p) => p.text)).toEqual([
			'The regional council approved the new budget on Tuesday after a long debate about school funding and road repairs.',
		]);
	});

	it(
		'handles a 50 MB page in bounded time and says what it cut',
		() => {
			const page = `<html><body><article>${PARAGRAPH.repeat(Math.ceil(50_000_000 / PARAGRAPH.length))}</article></body></html>`;
			expect(page.length).toBeGreaterThanOrEqual(50_000_000);
			const article = processHtml(page);
			expect(article.removed.some((piece) => piece.reason === 'oversize')).toBe(true);
			expect(article.paragraphs.length).toBeGreaterThan(0);
		},
		BIG_CASE_TIMEOUT_MS,
	);

	it(
		'handles 50 MB of plain text in bounded time and says what it cut',
		() => {
			const paragraph = 'The harbour reopened on Monday after a week of storms, and the first ferries left at dawn. ';
			const text = `${paragraph.repeat(20)}\n\n`.repeat(Math.ceil(50_000_000 / (paragraph.length * 20 + 2)));
			const article = processText(text, { title: 'Harbour' });
			expect(article.removed.some((piece) => piece.reason === 'oversize')).toBe(true);
			expect(article.paragraphs.length).toBeGreaterThan(0);
		},
		BIG_CASE_TIMEOUT_MS,
	);

	it(
		'handles 100,000 nested divs without overflowing the stack',
		() => {
			const depth = 100_000;
			const page = `<html><body>${'<div>'.repeat(depth)}${PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
			const article = processHtml(page);
			expect(article.text).toContain('The regional council approved the new budget');
		},
		BIG_CASE_TIMEOUT_MS,
	);

	it('never throws for non-string input passed by a careless caller', () => {
		expectEmptyWithReason(processHtml(undefined as unknown as string));
		expectEmptyWithReason(processText(null as unknown as string));
	});
});
