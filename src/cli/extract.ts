/**
 * `briefbot extract <file|url|-> [--url URL] [--json] [--html | --text]`: prints the cleaned article.
 * `--jsonl` reads lines of {"id", "html"|"text", "url"?} from stdin and writes one JSON line per input with the same id
 * ({"id", "error"} on failure, and it goes on). stdout carries only the output; diagnostics go to stderr.
 */
import type { Article } from '../articles/types.js';
import { runCommand, type CommandSpec } from './args.js';
import { extractArticle, INPUT_OPTIONS, readInput, runJsonl, toInputArgs } from './article-input.js';

export { decodeBytes, extractArticle, looksLikeHtml } from './article-input.js';

export const SPEC: CommandSpec = {
	name: 'extract',
	synopsis: '<file|url|-> [options]',
	description: 'Extracts and cleans the article in a file, at a URL, or on stdin (-), and prints it.',
	options: INPUT_OPTIONS,
	positionals: { min: 0, max: 1 },
};

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
	return runCommand(SPEC, argv, async (values, positionals) => {
		const args = toInputArgs(values, positionals);
		if (args.jsonl) {
			const defaultHtml = args.html;
			return runJsonl(({ content, url, html }) => extractArticle(content, { url, html: html ? true : (defaultHtml ?? false) }));
		}
		const { content, url, html } = await readInput(args.input ?? '-');
		const article = extractArticle(content, { url: args.url ?? url, html: args.html ?? html });
		process.stdout.write(args.json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
		return 0;
	});
}
