/**
 * The baseline of bench/extract.ts, in its own process: Readability on jsdom over every Nth benchmark page.
 * Prints one JSON line: the pages read and the CPU seconds they took.
 * Usage: node --import tsx bench/extract-baseline.ts [--every N]
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadAebPages } from '../scripts/eval-extraction.js';
import { parseBenchArgs } from './bench-args.js';

function runJsdomReadability(html: string, url: string): number {
	// jsdom 29 throws on one page's CSS; styles carry no text, so the baseline drops them as Readability users do.
	const dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, ''), { url, virtualConsole: new VirtualConsole() });
	try {
		return new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
	} finally {
		dom.window.close();
	}
}

const every = parseBenchArgs('extract-baseline', { every: 'number' }).number('every', 3);
const sample = (loadAebPages() ?? []).filter((_, index) => index % every === 0);
for (const page of sample.slice(0, 2)) runJsdomReadability(page.readHtml(), page.url);
let seconds = 0;
for (const page of sample) {
	const html = page.readHtml();
	const start = process.cpuUsage();
	runJsdomReadability(html, page.url);
	const used = process.cpuUsage(start);
	seconds += (used.user + used.system) / 1e6;
}
console.log(JSON.stringify({ pages: sample.length, cpuSeconds: seconds }));
