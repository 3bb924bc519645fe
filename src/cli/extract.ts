/**
 * `briefbot extract <file|url|-> [--url URL] [--json] [--html | --text]`: prints the cleaned article.
 * `--jsonl` reads lines of {"id", "html"|"text", "url"?} from stdin and writes one JSON line per input with the same id
 * ({"id", "error"} on failure, and it goes on). stdout carries only the output; diagnostics go to stderr.
 */
import type { Article } from '../articles/types.js';
import { describeError } from '../shared/errors.js';
import { extractArticle, parseInputArgs, readInput, runJsonl, type InputArgs } from './article-input.js';

export { decodeBytes, extractArticle, looksLikeHtml } from './article-input.js';

const USAGE = 'usage: briefbot extract <file|url|-> [--url URL] [--json | --jsonl] [--html | --text]\n';

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

export async function run(argv: string[]): Promise<number> {
	let args: InputArgs;
	try {
		args = parseInputArgs(argv, { allowRaw: false });
	} catch (error) {
		process.stderr.write(`briefbot extract: ${describeError(error)}\n${USAGE}`);
		return 2;
	}
	if (args.jsonl) {
		const defaultHtml = args.html;
		return runJsonl(({ content, url, html }) => extractArticle(content, { url, html: html ? true : (defaultHtml ?? false) }));
	}
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
