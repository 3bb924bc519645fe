import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes, formatArticle, looksLikeHtml } from '../../src/cli/extract.js';
import { processText } from '../../src/articles/process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');

function runCli(args: string[], input?: string): { status: number | null; stdout: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', ...args], {
		cwd: ROOT,
		input,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout };
}

describe('extract CLI', () => {
	it('prints the article as JSON with the documented fields', () => {
		const { status, stdout } = runCli([path.join(FIXTURES, 'de-news.html'), '--json']);
		expect(status).toBe(0);
		const article = JSON.parse(stdout) as Record<string, unknown>;
		for (const field of ['title', 'url', 'canonicalUrl', 'originalSource', 'language', 'publishedAt', 'byline', 'paragraphs', 'text', 'removed', 'minhash']) {
			expect(article).toHaveProperty(field);
		}
		expect(article['language']).toBe('de');
	});

	it('answers each JSONL line with the same id and goes on after a bad line', () => {
		const input = [
			JSON.stringify({ id: 'a', text: 'A short report about the weather.\n\nIt will rain on Friday in the north of the country.' }),
			'{broken',
			JSON.stringify({ id: 7, html: '<p>Bonjour, la mairie a voté hier soir le nouveau budget de la ville.</p>', url: 'https://example.org/x' }),
		].join('\n');
		const { stdout } = runCli(['--jsonl'], input);
		const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(lines.map((line) => line['id'])).toEqual(['a', null, 7]);
		expect(lines[1]).toHaveProperty('error');
		expect(lines[2]?.['url']).toBe('https://example.org/x');
		expect(lines[2]?.['text']).toContain('la mairie a voté');
	});

	it('tells markup from text, and decodes Latin-1 bytes instead of mangling them', () => {
		expect(looksLikeHtml('<!DOCTYPE html><html><body></body></html>')).toBe(true);
		expect(looksLikeHtml('Plain text with a < sign and > sign.')).toBe(false);
		expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
		expect(decodeBytes(new TextEncoder().encode('café'))).toBe('café');
	});

	it('prints a readable text version with headings and removal reasons', () => {
		const article = processText('Title of the story\n\nFirst paragraph of the story, with enough words to read.\n\nShare this article', {});
		const text = formatArticle(article);
		expect(text.split('\n')[0]).toBe('Title of the story');
		expect(text).toContain('[share] Share this article');
	});
});
