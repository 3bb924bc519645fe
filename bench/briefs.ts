/**
 * Brief building speed: `node --import tsx bench/briefs.ts [--json]`. Articles per CPU-second on one core (this
 * process, single-threaded) over the 250 CNN/DailyMail articles, text taken as clean (--raw), after one warm-up pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBrief } from '../src/briefs/build-brief.js';
import { buildRawArticle } from '../src/briefs/raw-article.js';
import { parseBenchArgs } from './bench-args.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/summaries/cnndm-250/cnndm-250.jsonl');
const ROUNDS = 3;
const GOAL = { articlesPerCpuSecond: 200 };

function main(): void {
	const json = parseBenchArgs('briefs', {}).json;
	if (!existsSync(DATASET)) {
		console.log('skipped: ../shared/datasets/summaries/cnndm-250 not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const texts = readFileSync(DATASET, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { article: string }).article);
	for (const text of texts) buildBrief(buildRawArticle(text, { language: 'en' }));
	const before = process.cpuUsage();
	const wallStart = performance.now();
	let count = 0;
	for (let round = 0; round < ROUNDS; round++) {
		for (const text of texts) {
			buildBrief(buildRawArticle(text, { language: 'en' }));
			count++;
		}
	}
	const cpu = process.cpuUsage(before);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const wallSeconds = (performance.now() - wallStart) / 1000;
	const figures = {
		articles: count,
		articlesPerCpuSecond: Number((count / cpuSeconds).toFixed(1)),
		articlesPerWallSecond: Number((count / wallSeconds).toFixed(1)),
		meanMsPerArticle: Number(((cpuSeconds * 1000) / count).toFixed(2)),
		peakRssMb: Number((process.memoryUsage().rss / 1024 / 1024).toFixed(1)),
		goal: GOAL,
	};
	console.log(`briefs: ${figures.articlesPerCpuSecond} articles per CPU-second (${figures.meanMsPerArticle} ms each, ${count} briefs)`);
	if (json) console.log(JSON.stringify(figures));
}

main();
