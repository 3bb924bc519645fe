/**
 * Extraction speed: pages per CPU-second and peak RSS of processHtml (extract + clean) over the 181 benchmark pages,
 * with Readability on jsdom as the baseline in the same run.
 * Usage: node --import tsx bench/extract.ts [--json] [--baseline-every N]
 * The baseline runs on every Nth page (default 3): jsdom needs about 2 GB and a minute for all 181, and the figure
 * is a rate, so a sample measures it. It runs in its own process (bench/extract-baseline.ts), so that our peak RSS
 * holds neither jsdom's modules nor its heap.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processHtml } from '../src/articles/process.js';
import { loadAebPages } from '../scripts/eval-extraction.js';
import { parseBenchArgs } from './bench-args.js';

const GOAL = { pagesPerCpuSecond: 50, speedupVsBaseline: 8, peakRssMb: 250 };
const WARMUP_PAGES = 5;
const BATCH_PAGES = 20;
const BASELINE_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extract-baseline.ts');

function cpuSeconds(start: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1e6;
}

function peakRssMb(): number {
	return process.resourceUsage().maxRSS / 1024;
}

/** Readability on jsdom over every Nth page, in a child process; its last line is its figures. */
function runBaseline(every: number): { pages: number; cpuSeconds: number } {
	const out = execFileSync(process.execPath, ['--import', 'tsx', BASELINE_SCRIPT, '--every', String(every)], {
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { pages: number; cpuSeconds: number };
}

function main(argv: string[]): number {
	const args = parseBenchArgs('extract', { 'baseline-every': 'number' }, argv);
	const json = args.json;
	const every = Math.max(1, Math.round(args.number('baseline-every', 3)));
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

	const baseline = runBaseline(every);
	const baselineSeconds = baseline.cpuSeconds;
	const pagesPerCpuSecond = pages.length / ourSeconds;
	const baselinePagesPerCpuSecond = baseline.pages / baselineSeconds;
	const figures = {
		pages: pages.length,
		pagesPerCpuSecond: Math.round(pagesPerCpuSecond * 10) / 10,
		cpuSeconds: Math.round(ourSeconds * 100) / 100,
		peakRssMb: Math.round(ourPeak),
		textChars: chars,
		baselineName: 'readability+jsdom',
		baselinePages: baseline.pages,
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
