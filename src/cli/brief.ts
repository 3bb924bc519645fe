/**
 * `briefbot brief <file|url|-> [--url URL] [--raw] [--json]`, and `--jsonl` (stdin lines of {"id","html"|"text","url"?}).
 * Prints the Brief: everything `extract` prints, plus summary, quotes, entities and topics.
 */
import { detectLanguage } from '../articles/language.js';
import type { Article } from '../articles/types.js';
import { buildBrief } from '../briefs/build-brief.js';
import { buildRawArticle } from '../briefs/raw-article.js';
import type { Brief } from '../briefs/types.js';
import { describeError } from '../shared/errors.js';
import { briefFromUrl } from '../pipeline/brief-from-url.js';
import { extractArticle, parseInputArgs, readInput, runJsonl, type InputArgs } from './article-input.js';
import { withCliPipeline } from './cli-pipeline.js';

const USAGE = 'usage: briefbot brief <file|url|-> [--url URL] [--raw] [--json | --jsonl] [--html | --text]\n';

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
	let args: InputArgs;
	try {
		args = parseInputArgs(argv, { allowRaw: true });
	} catch (error) {
		process.stderr.write(`briefbot brief: ${describeError(error)}\n${USAGE}`);
		return 2;
	}
	if (args.jsonl) {
		const raw = args.raw;
		return runJsonl(({ content, url, html }) => buildBrief(toArticle(content, { url, raw: raw && !html, html })));
	}
	if (!args.input) {
		process.stderr.write(USAGE);
		return 2;
	}
	try {
		if (/^https?:\/\//i.test(args.input) && !args.raw && args.html !== false && !args.url) {
			// A URL is briefed exactly as `/brief url:` does it: briefFromUrl, in a worker with the bot's budget.
			const result = await withCliPipeline((deps) => briefFromUrl(args.input as string, deps));
			if (result.status === 'error') {
				process.stderr.write(`briefbot brief: ${result.message} (${result.code}: ${result.detail})\n`);
				return 1;
			}
			if (args.json) process.stdout.write(`${JSON.stringify(result.brief, null, 2)}\n`);
			else printText(result.brief);
			return 0;
		}
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
