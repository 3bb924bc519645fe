/**
 * `npm run bench -- feeds [--feeds N] [--json]`: one poll cycle over 10,000 feeds on a local server: 80% answer
 * 304, 15% return an unchanged body, 5% changed with 20 new items. Measures the feed engine (conditional fetch,
 * hashing, parsing, item identity, dedupe against SQLite, marking seen); new items are counted and handed to a
 * no-op article stage, which the extract and briefs benchmarks measure on their own (the bot loads that stage on
 * the first new item, so its modules, ~90 MB, are not in these figures).
 *
 * Memory: `peakRssMb` is the whole process's peak (sampled every 25 ms from start, priming included), since a
 * bot carries whatever the previous cycle left; `cyclePeakRssMb` is the peak during the measured cycle alone, and
 * `startRssMb` the process after loading its modules.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipelineFetch } from '../src/pipeline/fetch-adapter.js';
import { runPollCycle } from '../src/pipeline/poll-cycle.js';
import type { PipelineDeps } from '../src/pipeline/ports.js';
import { silentLogger } from '../src/shared/logger.js';
import { createProgress, type Progress } from '../src/shared/progress.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import { parseBenchArgs } from './bench-args.js';

const args = parseBenchArgs('feeds', { feeds: 'number' });
const json = args.json;
const FEEDS = args.number('feeds', 10_000);
const HOUR = 3_600_000;

const server = fork(new URL('./feeds-server.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'] });
const port = await new Promise<number>((resolve) => server.once('message', (m: { port: number }) => resolve(m.port)));
const origin = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-feeds-'));
const store = createSqliteStore(join(dir, 'bench.db'));

const startRss = process.memoryUsage().rss;
let peakRss = startRss;
let cyclePeakRss = 0;
const sampler = setInterval(() => {
	const rss = process.memoryUsage().rss;
	peakRss = Math.max(peakRss, rss);
	cyclePeakRss = Math.max(cyclePeakRss, rss);
}, 25);

try {
	let clock = Date.UTC(2026, 10, 28);
	for (let i = 0; i < FEEDS; i++) {
		await store.feeds.addFeedTarget({ guildId: `g${i % 50}`, channelId: `c${i % 500}`, url: `${origin}/f/${i}.xml`, now: clock });
	}
	const fetcher = createPipelineFetch({
		timeoutMs: 30_000,
		maxFeedBytes: 10 * 1024 * 1024,
		maxPageBytes: 10 * 1024 * 1024,
		userAgent: 'briefbot-bench',
		allowPrivateNetwork: true,
		concurrency: 64,
		// Every bench feed is on one host; the politeness limit would measure itself, not the engine.
		perHostConcurrency: 64,
	});
	let handed = 0;
	const deps: PipelineDeps = {
		store,
		fetchUrl: fetcher.fetchUrl,
		logger: silentLogger,
		now: () => clock,
		intervalMs: HOUR,
		maxFailures: 10,
		feedConcurrency: 64,
		handleItem: async () => {
			handed++;
			return 'stored';
		},
	};
	let progress: Progress | null = null;
	const priming = await runPollCycle(deps, {
		onStart: (due) => (progress = createProgress('priming poll', due)),
		onFeedDone: () => progress?.tick(),
	});
	(progress as Progress | null)?.done();
	await fetch(`${origin}/phase/2`);
	clock += 2 * HOUR;
	handed = 0;
	cyclePeakRss = process.memoryUsage().rss;
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const report = await runPollCycle(deps);
	const seconds = (performance.now() - t0) / 1000;
	const cpu = process.cpuUsage(cpu0);
	const endRss = process.memoryUsage().rss;
	peakRss = Math.max(peakRss, endRss);
	cyclePeakRss = Math.max(cyclePeakRss, endRss);
	await fetcher.close();
	const figures = {
		feeds: FEEDS,
		polled: report.polled,
		unchanged: report.unchanged,
		failed: report.failed,
		newItems: report.newItems,
		itemsHandedToArticleStage: handed,
		primingFailed: priming.failed,
		cycleSeconds: Number(seconds.toFixed(2)),
		feedsPerSecond: Math.round(report.polled / seconds),
		cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
		cpuMsPerFeed: Number(((cpu.user + cpu.system) / 1e3 / report.polled).toFixed(3)),
		peakRssMb: Math.round(peakRss / 2 ** 20),
		cyclePeakRssMb: Math.round(cyclePeakRss / 2 ** 20),
		startRssMb: Math.round(startRss / 2 ** 20),
		databaseMb: Number((statSync(join(dir, 'bench.db')).size / 2 ** 20).toFixed(1)),
		goal: { feedsPerSecond: 1000, peakRssMb: 300 },
	};
	if (!json) console.log(figures);
	console.log(JSON.stringify(figures));
} finally {
	clearInterval(sampler);
	await store.close();
	server.disconnect();
	server.kill();
	rmSync(dir, { recursive: true, force: true });
}
