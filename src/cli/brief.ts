/**
 * `briefbot brief <file|url|-> [--url URL] [--raw] [--json]`, and `--jsonl` (stdin lines of {"id","html"|"text","url"?}).
 * Prints the Brief: everything `extract` prints, plus summary, quotes, entities and topics.
 */
import { detectLanguage } from '../articles/language.js';
import type { Article } from '../articles/types.js';
import { buildBrief } from '../briefs/build-brief.js';
import { buildRawArticle } from '../briefs/raw-article.js';
import type { Brief } from '../briefs/types.js';
import { briefFromUrl } from '../pipeline/brief-from-url.js';
import { InputError } from '../shared/errors.js';
import { runCommand, type CommandSpec } from './args.js';
import { extractArticle, INPUT_OPTIONS, readInput, runJsonl, toInputArgs } from './article-input.js';
import { withCliPipeline } from './cli-pipeline.js';

export const SPEC: CommandSpec = {
	name: 'brief',
	synopsis: '<file|url|-> [options]',
	description: 'Builds the brief of an article (summary, key quotes, people and organisations) and prints it.',
	options: { ...INPUT_OPTIONS, raw: { type: 'boolean', description: 'the input is already clean body text: skip extraction' } },
	positionals: { min: 0, max: 1 },
};

/** The Article of some input: taken as clean text with --raw, else extracted and cleaned by the articles module. */
export function toArticle(content: string, options: { url: string | null; raw: boolean; html: boolean | null }): Article {
	if (options.raw) return buildRawArticle(content, { url: options.url, language: detectLanguage(content) });
	return extractArticle(content, { url: options.url, html: options.html });
}

function printText(brief: Brief): void {
	const lines = [brief.title || '(untitled)', '', ...brief.summary, ''];
	for (const quote of brief.quotes.filter((q) => q.key)) lines.push(`« ${quote.text} » — ${quote.speaker ?? quote.speakerText ?? 'unknown'}`);
	lines.push('');
	for (const entity of brief.entities) lines.push(`${entity.type === 'person' ? 'person' : 'org   '} ${entity.name}${entity.roles.length ? ` (${entity.roles.join('; ')})` : ''}`);
	if (brief.topics.length) lines.push('', `topics: ${brief.topics.join(', ')}`);
	process.stdout.write(`${lines.join('\n')}\n`);
}

export async function run(argv: string[]): Promise<number> {
	return runCommand(SPEC, argv, async (values, positionals) => {
		const args = toInputArgs(values, positionals);
		if (args.jsonl) {
			const raw = args.raw;
			return runJsonl(({ content, url, html }) => buildBrief(toArticle(content, { url, raw: raw && !html, html })));
		}
		const input = args.input ?? '-';
		if (/^https?:\/\//i.test(input) && !args.raw && args.html !== false && !args.url) {
			// A URL is briefed exactly as `/brief url:` does it: briefFromUrl, in a worker with the bot's budget.
			const result = await withCliPipeline((deps) => briefFromUrl(input, deps));
			if (result.status === 'error') throw new InputError(`${result.message} (${result.code}: ${result.detail})`);
			if (args.json) process.stdout.write(`${JSON.stringify(result.brief, null, 2)}\n`);
			else printText(result.brief);
			return 0;
		}
		const { content, url, html } = await readInput(input);
		const brief = buildBrief(toArticle(content, { url: args.url ?? url, raw: args.raw, html: args.html ?? html }));
		if (args.json) process.stdout.write(`${JSON.stringify(brief, null, 2)}\n`);
		else printText(brief);
		return 0;
	});
}
