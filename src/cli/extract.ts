/**
 * `briefbot extract <file|url|-> [--url URL] [--json] [--html | --text]`: prints the cleaned article.
 * `--jsonl` reads lines of {"id", "html"|"text", "url"?} from stdin and writes one JSON line per input with the same id
 * ({"id", "error"} on failure, and it goes on). stdout carries only the output; diagnostics go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { processHtml, processText } from '../articles/process.js';
import type { Article } from '../articles/types.js';
import { createFetcher } from '../feeds/fetch.js';
import { describeError, InputError } from '../shared/errors.js';

interface ExtractArgs {
	input: string | null;
	url: string | null;
	json: boolean;
	jsonl: boolean;
	html: boolean | null;
}

const USAGE = 'usage: briefbot extract <file|url|-> [--url URL] [--json | --jsonl] [--html | --text]\n';

function parseArgs(argv: string[]): ExtractArgs {
	const args: ExtractArgs = { input: null, url: null, json: false, jsonl: false, html: null };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--url') args.url = argv[++i] ?? null;
		else if (arg === '--json') args.json = true;
		else if (arg === '--jsonl') args.jsonl = true;
		else if (arg === '--html') args.html = true;
		else if (arg === '--text') args.html = false;
		else if (arg === '-') args.input = '-';
		else if (arg?.startsWith('--')) throw new InputError(`unknown option ${arg}`);
		else if (arg !== undefined) args.input = arg;
	}
	return args;
}

/** Markup is recognised by its opening tags or closing block tags; anything else is plain text. */
export function looksLikeHtml(content: string): boolean {
	return (
		/^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)/i.test(content) ||
		/<\/(?:p|div|article|body|html)>/i.test(content.slice(0, 20_000))
	);
}

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual mislabel), so that a Latin-1 file
 * does not turn into replacement characters.
 */
export function decodeBytes(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

export function extractArticle(content: string, options: { url: string | null; html: boolean | null }): Article {
	const html = options.html ?? looksLikeHtml(content);
	return html ? processHtml(content, { url: options.url }) : processText(content, { url: options.url });
}

async function readStdinBytes(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function readInput(input: string): Promise<{ content: string; url: string | null; html: boolean | null }> {
	if (input === '-') return { content: decodeBytes(await readStdinBytes()), url: null, html: null };
	if (/^https?:\/\//i.test(input)) {
		const fetcher = createFetcher({ accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5' });
		try {
			const result = await fetcher.fetchUrl(input);
			if (result.status !== 'ok') throw new InputError(`could not fetch ${input}: ${result.status}`);
			return { content: result.body, url: result.finalUrl, html: true };
		} finally {
			await fetcher.close();
		}
	}
	try {
		return { content: decodeBytes(await readFile(input)), url: null, html: null };
	} catch (error) {
		throw new InputError(`cannot read ${input}`, { cause: error });
	}
}

/** The article as a person reads it: title, origin, then the paragraphs, then what was dropped and why. */
export function formatArticle(article: Article): string {
	const lines = [article.title || '(untitled)'];
	const facts = [
		article.byline && `by ${article.byline}`,
		article.publishedAt,
		article.language,
		article.originalSource && `source: ${article.originalSource.name}${article.originalSource.url ? ` <${article.originalSource.url}>` : ''}`,
		article.republishedVia.length > 0 && `via: ${article.republishedVia.join(', ')}`,
	].filter(Boolean);
	if (facts.length) lines.push(facts.join(' · '));
	lines.push('');
	for (const paragraph of article.paragraphs) lines.push(paragraph.kind === 'heading' ? `## ${paragraph.text}` : paragraph.text, '');
	if (article.removed.length) {
		lines.push(`removed (${article.removed.length}):`);
		for (const piece of article.removed) lines.push(`  [${piece.reason}] ${piece.text.length > 120 ? `${piece.text.slice(0, 119)}…` : piece.text}`);
	}
	return `${lines.join('\n')}\n`;
}

async function runJsonl(defaultHtml: boolean | null): Promise<number> {
	const input = (await readStdinBytes()).toString('utf8');
	let failures = 0;
	for (const line of input.split('\n')) {
		if (!line.trim()) continue;
		let id: unknown = null;
		try {
			const record = JSON.parse(line) as { id?: unknown; html?: unknown; text?: unknown; url?: unknown };
			id = record.id ?? null;
			const url = typeof record.url === 'string' ? record.url : null;
			const isHtml = typeof record.html === 'string';
			const content = isHtml ? (record.html as string) : typeof record.text === 'string' ? record.text : null;
			if (content === null) throw new InputError('the line has neither "html" nor "text"');
			const article = extractArticle(content, { url, html: isHtml ? true : (defaultHtml ?? false) });
			process.stdout.write(`${JSON.stringify({ id, ...article })}\n`);
		} catch (error) {
			failures++;
			process.stdout.write(`${JSON.stringify({ id, error: describeError(error) })}\n`);
		}
	}
	return failures > 0 ? 1 : 0;
}

export async function run(argv: string[]): Promise<number> {
	let args: ExtractArgs;
	try {
		args = parseArgs(argv);
	} catch (error) {
		process.stderr.write(`briefbot extract: ${describeError(error)}\n${USAGE}`);
		return 2;
	}
	if (args.jsonl) return runJsonl(args.html);
	if (!args.input) {
		process.stderr.write(USAGE);
		return 2;
	}
	try {
		const { content, url, html } = await readInput(args.input);
		const article = extractArticle(content, { url: args.url ?? url, html: args.html ?? html });
		process.stdout.write(args.json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
		return 0;
	} catch (error) {
		process.stderr.write(`briefbot extract: ${describeError(error)}\n`);
		return 1;
	}
}
