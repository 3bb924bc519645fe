/**
 * Extraction speed: pages per CPU-second and peak RSS of processHtml (extract + clean) over the 181 benchmark pages,
 * with Readability on jsdom as the baseline in the same run.
 * Usage: node --import tsx bench/extract.ts [--json] [--baseline-every N]
 * The baseline runs on every Nth page (default 3): jsdom needs about 2 GB and a minute for all 181, and the figure
 * is a rate, so a sample measures it. Our peak RSS is read before the baseline starts.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { processHtml } from '../src/articles/process.js';
import { loadAebPages } from '../scripts/eval-extraction.js';

const GOAL = { pagesPerCpuSecond: 50, speedupVsBaseline: 8, peakRssMb: 250 };
const WARMUP_PAGES = 5;
const BATCH_PAGES = 20;

function cpuSeconds(start: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1e6;
}

function peakRssMb(): number {
	return process.resourceUsage().maxRSS / 1024;
}

function runJsdomReadability(html: string, url: string): number {
	// jsdom 29 throws on one page's CSS; styles carry no text, so the baseline drops them as Readability users do.
	const dom = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, ''), {
		url,
		virtualConsole: new VirtualConsole(),
	});
	try {
		const article = new Readability(dom.window.document).parse();
		return article?.textContent?.length ?? 0;
	} finally {
		dom.window.close();
	}
}

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const everyIndex = argv.indexOf('--baseline-every');
	const every = Math.max(1, Number(everyIndex >= 0 ? argv[everyIndex + 1] : 3) || 3);
	const pages = loadAebPages();
	if (!pages) {
		console.log('skipped: ../shared/datasets/extraction/aeb not found');
		return 0;
	}
	for (const page of pages.slice(0, WARMUP_PAGES)) processHtml(page.readHtml(), { url: page.url });
	// Decompression is not extraction: pages are read before the clock starts, a batch at a time to bound memory.
	let chars = 0;
	let ourSeconds = 0;
	for (let offset = 0; offset < pages.length; offset += BATCH_PAGES) {
		const batch = pages.slice(offset, offset + BATCH_PAGES).map((page) => ({ url: page.url, html: page.readHtml() }));
		const start = process.cpuUsage();
		for (const page of batch) chars += processHtml(page.html, { url: page.url }).text.length;
		ourSeconds += cpuSeconds(start);
	}
	const ourPeak = peakRssMb();

	const sample = pages.filter((_, index) => index % every === 0);
	for (const page of sample.slice(0, 2)) runJsdomReadability(page.readHtml(), page.url);
	let baselineSeconds = 0;
	for (const page of sample) {
		const html = page.readHtml();
		const start = process.cpuUsage();
		runJsdomReadability(html, page.url);
		baselineSeconds += cpuSeconds(start);
	}

	const pagesPerCpuSecond = pages.length / ourSeconds;
	const baselinePagesPerCpuSecond = sample.length / baselineSeconds;
	const figures = {
		pages: pages.length,
		pagesPerCpuSecond: Math.round(pagesPerCpuSecond * 10) / 10,
		cpuSeconds: Math.round(ourSeconds * 100) / 100,
		peakRssMb: Math.round(ourPeak),
		textChars: chars,
		baselineName: 'readability+jsdom',
		baselinePages: sample.length,
		baselinePagesPerCpuSecond: Math.round(baselinePagesPerCpuSecond * 100) / 100,
		speedupVsBaseline: Math.round((pagesPerCpuSecond / baselinePagesPerCpuSecond) * 10) / 10,
		goal: GOAL,
		goalMet: {
			pagesPerCpuSecond: pagesPerCpuSecond >= GOAL.pagesPerCpuSecond,
			speedupVsBaseline: pagesPerCpuSecond / baselinePagesPerCpuSecond >= GOAL.speedupVsBaseline,
			peakRssMb: ourPeak < GOAL.peakRssMb,
		},
	};
	if (json) console.log(JSON.stringify(figures));
	else {
		console.log(`briefbot processHtml:  ${figures.pagesPerCpuSecond} pages/CPU-s over ${figures.pages} pages, peak RSS ${figures.peakRssMb} MB`);
		console.log(`readability+jsdom:     ${figures.baselinePagesPerCpuSecond} pages/CPU-s over ${figures.baselinePages} pages`);
		console.log(`speed-up: ${figures.speedupVsBaseline}x (goal >= ${GOAL.speedupVsBaseline}x, >= ${GOAL.pagesPerCpuSecond} pages/CPU-s, RSS < ${GOAL.peakRssMb} MB)`);
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
