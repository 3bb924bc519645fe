/**
 * What `extract` and `brief` share: reading a file, a URL or stdin; telling markup from text; the options both
 * accept; and the `--jsonl` loop, which answers each input line with one output line and goes on after errors.
 */
import { readFile } from 'node:fs/promises';
import { processHtml, processText } from '../articles/process.js';
import type { Article } from '../articles/types.js';
import { decodeBodyDetailed } from '../feeds/decode-body.js';
import { InputError } from '../shared/errors.js';
import { UsageError, userMessage, type OptionSpec } from './args.js';
import { withCliPipeline } from './cli-pipeline.js';

export interface InputArgs {
	input: string | null;
	url: string | null;
	json: boolean;
	jsonl: boolean;
	html: boolean | null;
	/** `brief --raw`: the input is already clean body text. */
	raw: boolean;
}

/** The options `extract` and `brief` share, for `--help` and the parser. */
export const INPUT_OPTIONS: Record<string, OptionSpec> = {
	url: { type: 'string', value: 'URL', description: 'the address the input came from (kept in the output, used to resolve links)' },
	json: { type: 'boolean', description: 'print JSON instead of text' },
	jsonl: { type: 'boolean', description: 'read lines of {"id", "html"|"text", "url"?} on stdin, write one JSON line each' },
	html: { type: 'boolean', description: 'treat the input as HTML (default: guessed from the content)' },
	text: { type: 'boolean', description: 'treat the input as plain text' },
};

/** Reads what `parseCommand` returned into the options of an article command; `--html` with `--text` is an error. */
export function toInputArgs(values: Record<string, string | boolean | undefined>, positionals: string[]): InputArgs {
	if (values['html'] && values['text']) throw new UsageError('--html and --text cannot be used together');
	if (values['json'] && values['jsonl']) throw new UsageError('--json and --jsonl cannot be used together');
	const input = positionals[0] ?? null;
	if (values['jsonl'] && input !== null) throw new UsageError(`--jsonl reads stdin: unexpected argument "${input}"`);
	if (!values['jsonl'] && input === null) throw new UsageError('missing input: a file, a URL, or - for stdin');
	return {
		input,
		url: typeof values['url'] === 'string' ? values['url'] : null,
		json: values['json'] === true,
		jsonl: values['jsonl'] === true,
		html: values['html'] ? true : values['text'] ? false : null,
		raw: values['raw'] === true,
	};
}

/** Markup is recognised by its opening tags or closing block tags; anything else is plain text. */
export function looksLikeHtml(content: string): boolean {
	return (
		/^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)/i.test(content) ||
		/<\/(?:p|div|article|body|html)>/i.test(content.slice(0, 20_000))
	);
}

/**
 * Bytes to text: the BOM's encoding when there is one (UTF-8, UTF-16 LE/BE, as the bot's fetcher reads it), else
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual mislabel), so that a Latin-1 file does not turn
 * into replacement characters.
 */
export function decodeBytes(bytes: Uint8Array): string {
	const decoded = decodeBodyDetailed(bytes);
	if (decoded.source === 'bom') return decoded.text;
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

/**
 * A file, `-` for stdin, or an http(s) URL fetched with the bot's fetcher and configuration (SSRF guard unless
 * ALLOW_PRIVATE_NETWORK, FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, charset and BOM decoding).
 */
export async function readInput(input: string): Promise<{ content: string; url: string | null; html: boolean | null }> {
	if (input === '-') return { content: decodeBytes(await readStdinBytes()), url: null, html: null };
	if (/^https?:\/\//i.test(input)) {
		const result = await withCliPipeline((deps) => deps.fetchUrl(input, { kind: 'page' }), { workers: 0 });
		if (result.status !== 'ok') {
			throw new InputError(`could not fetch ${input}: ${result.status === 'error' ? `${result.kind}: ${result.message}` : 'no content'}`);
		}
		return { content: result.body, url: result.finalUrl, html: true };
	}
	try {
		return { content: decodeBytes(await readFile(input)), url: null, html: null };
	} catch (error) {
		throw new InputError(`cannot read ${input}`, { cause: error });
	}
}

/**
 * Reads lines of {"id", "html"|"text", "url"?} from stdin and writes `{id, ...handle(...)}` per line, or
 * `{id, error}`; only JSON goes to stdout. Exit code 1 when any line failed.
 */
export async function runJsonl(
	handle: (input: { content: string; url: string | null; html: boolean }) => object,
): Promise<number> {
	const input = (await readStdinBytes()).toString('utf8');
	let failures = 0;
	for (const line of input.split('\n')) {
		if (!line.trim()) continue;
		let id: unknown = null;
		try {
			const record = JSON.parse(line) as { id?: unknown; html?: unknown; text?: unknown; url?: unknown };
			id = record.id ?? null;
			const url = typeof record.url === 'string' ? record.url : null;
			const html = typeof record.html === 'string';
			const content = html ? (record.html as string) : typeof record.text === 'string' ? record.text : null;
			if (content === null) throw new InputError('the line has neither "html" nor "text"');
			process.stdout.write(`${JSON.stringify({ id, ...handle({ content, url, html }) })}\n`);
		} catch (error) {
			failures++;
			process.stdout.write(`${JSON.stringify({ id, error: userMessage(error) })}\n`);
		}
	}
	return failures > 0 ? 1 : 0;
}
