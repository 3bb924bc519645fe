/**
 * `briefbot brief <file|url|-> [--url URL] [--raw] [--json]`, and `--jsonl` (stdin lines of {"id","html"|"text","url"?}).
 * Prints the Brief: everything `extract` prints, plus summary, quotes, entities and topics.
 */
import { readFile } from 'node:fs/promises';
import { detectLanguage } from '../articles/language.js';
import { processHtml, processText } from '../articles/process.js';
import type { Article } from '../articles/types.js';
import { buildBrief } from '../briefs/build-brief.js';
import { buildRawArticle } from '../briefs/raw-article.js';
import type { Brief } from '../briefs/types.js';
import { createFetcher } from '../feeds/fetch.js';
import { describeError, InputError } from '../shared/errors.js';

interface BriefArgs {
	input: string | null;
	url: string | null;
	raw: boolean;
	json: boolean;
	jsonl: boolean;
	html: boolean | null;
}

const USAGE = 'usage: briefbot brief <file|url|-> [--url URL] [--raw] [--json | --jsonl] [--html | --text]\n';

function parseArgs(argv: string[]): BriefArgs {
	const args: BriefArgs = { input: null, url: null, raw: false, json: false, jsonl: false, html: null };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--url') args.url = argv[++i] ?? null;
		else if (arg === '--raw') args.raw = true;
		else if (arg === '--json') args.json = true;
		else if (arg === '--jsonl') args.jsonl = true;
		else if (arg === '--html') args.html = true;
		else if (arg === '--text') args.html = false;
		else if (arg?.startsWith('--')) throw new InputError(`unknown option ${arg}`);
		else if (arg !== undefined) args.input = arg;
	}
	return args;
}

function looksLikeHtml(content: string): boolean {
	return /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content) || /<\/(?:p|div|article|body)>/i.test(content.slice(0, 20_000));
}

/** The Article of some input: taken as clean text with --raw, else extracted and cleaned by the articles module. */
export function toArticle(content: string, options: { url: string | null; raw: boolean; html: boolean | null }): Article {
	if (options.raw) return buildRawArticle(content, { url: options.url, language: detectLanguage(content) });
	const html = options.html ?? looksLikeHtml(content);
	return html ? processHtml(content, { url: options.url }) : processText(content, { url: options.url });
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

async function readInput(input: string): Promise<{ content: string; url: string | null; html: boolean | null }> {
	if (input === '-') return { content: await readStdin(), url: null, html: null };
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
		return { content: await readFile(input, 'utf8'), url: null, html: null };
	} catch (error) {
		throw new InputError(`cannot read ${input}`, { cause: error });
	}
}

function printText(brief: Brief): void {
	const lines = [brief.title || '(untitled)', '', ...brief.summary, ''];
	for (const quote of brief.quotes.filter((q) => q.key)) lines.push(`« ${quote.text} » — ${quote.speaker ?? quote.speakerText ?? 'unknown'}`);
	lines.push('');
	for (const entity of brief.entities) lines.push(`${entity.type === 'person' ? 'person' : 'org   '} ${entity.name}${entity.roles.length ? ` (${entity.roles.join('; ')})` : ''}`);
	if (brief.topics.length) lines.push('', `topics: ${brief.topics.join(', ')}`);
	process.stdout.write(`${lines.join('\n')}\n`);
}

async function runJsonl(raw: boolean): Promise<number> {
	const input = await readStdin();
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
			const brief = buildBrief(toArticle(content, { url, raw: raw && !isHtml, html: isHtml }));
			process.stdout.write(`${JSON.stringify({ id, ...brief })}\n`);
		} catch (error) {
			failures++;
			process.stdout.write(`${JSON.stringify({ id, error: describeError(error) })}\n`);
		}
	}
	return failures > 0 ? 1 : 0;
}

export async function run(argv: string[]): Promise<number> {
	let args: BriefArgs;
	try {
		args = parseArgs(argv);
	} catch (error) {
		process.stderr.write(`briefbot brief: ${describeError(error)}\n${USAGE}`);
		return 2;
	}
	if (args.jsonl) return runJsonl(args.raw);
	if (!args.input) {
		process.stderr.write(USAGE);
		return 2;
	}
	try {
		const { content, url, html } = await readInput(args.input);
		const brief = buildBrief(toArticle(content, { url: args.url ?? url, raw: args.raw, html: args.html ?? html }));
		if (args.json) process.stdout.write(`${JSON.stringify(brief, null, 2)}\n`);
		else printText(brief);
		return 0;
	} catch (error) {
		process.stderr.write(`briefbot brief: ${describeError(error)}\n`);
		return 1;
	}
}
