/**
 * `node --import tsx bench/feeds-workers.ts [--workers 1,2,4] [--feeds N] [--json]`: the feed engine scaled out.
 * N worker processes share one poll of every feed through the pg-boss queue, against the Postgres store; beside
 * it, the same poll by one process on SQLite. The workload is each feed's first poll on the local server of
 * bench/feeds-server.ts (a 200 with 10 items: fetch, hash, parse, item identity, mark seen); the article stage
 * is a no-op, as in bench/feeds.ts. After each run the store is checked: every feed polled once, every item
 * seen once, no job retried.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPipelineFetch } from '../src/pipeline/fetch-adapter.js';
import { pollFeed } from '../src/pipeline/poll-feed.js';
import type { PipelineDeps } from '../src/pipeline/ports.js';
import { createPgBossQueue } from '../src/queue/create-pgboss-queue.js';
import { silentLogger } from '../src/shared/logger.js';
import { createPostgresStore } from '../src/store/postgres/create-store.js';
import { DEFAULT_TEST_DATABASE_URL, isPostgresAvailable, uniqueSchemaName } from '../src/store/postgres/probe.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import type { Store } from '../src/store/types.js';
import { parseBenchArgs } from './bench-args.js';

const HOUR = 3_600_000;
// The forked workers are started with `--child <url> <schema> <jobs schema>`, the only positionals accepted.
const args = parseBenchArgs('feeds-workers', { feeds: 'number', workers: 'string', child: 'boolean' }, process.argv.slice(2), { positionals: true });
const json = args.json;

/** Feeds one process polls at once, in the SQLite baseline and in each queue worker alike. */
const POLL_CONCURRENCY = 16;
const WORKER_STORE_CONNECTIONS = 8;
const WORKER_QUEUE_CONNECTIONS = 3;

/** The feed engine of bench/feeds.ts: one local host, so the per-host politeness limit is lifted. */
function createPollDeps(store: Store, intervalMs: number): { deps: PipelineDeps; close: () => Promise<void> } {
	const fetcher = createPipelineFetch({
		timeoutMs: 30_000,
		maxFeedBytes: 10 * 1024 * 1024,
		maxPageBytes: 10 * 1024 * 1024,
		userAgent: 'briefbot-bench',
		allowPrivateNetwork: true,
		concurrency: 64,
		perHostConcurrency: 64,
	});
	const deps: PipelineDeps = {
		store,
		fetchUrl: fetcher.fetchUrl,
		logger: silentLogger,
		now: Date.now,
		intervalMs,
		maxFailures: 10,
		feedConcurrency: POLL_CONCURRENCY,
		handleItem: async () => 'stored',
	};
	return { deps, close: () => fetcher.close() };
}

/**
 * One worker process of bench/feeds-workers.ts: says it is ready, starts taking poll-feed jobs on "go", and on
 * "stop" reports its CPU time and exits. What the bot's worker mode would run, minus the article stage.
 */
async function runFeedWorker([url, schema, jobs]: string[]): Promise<void> {
	if (!url || !schema || !jobs) throw new Error('usage: feeds-workers.ts --child <url> <schema> <jobs schema>');
	// Small pools: Postgres allows 100 connections by default, and four workers with pools of 18 and 18 ran out
	// of them (the run crawled at 3 feeds/s on connection errors). Queries wait for a pooled connection instead.
	const store = await createPostgresStore(url, { schema, maxConnections: WORKER_STORE_CONNECTIONS });
	const queue = await createPgBossQueue(url, { schema: jobs, maxConnections: WORKER_QUEUE_CONNECTIONS });
	const { deps, close } = createPollDeps(store, HOUR);
	const cpu0 = process.cpuUsage();
	await new Promise<void>((resolve) => {
		process.on('message', (message) => {
			if (message === 'go') {
				void queue.work(
					'poll-feed',
					async ({ feedId }) => {
						const feed = await store.feeds.getFeed(feedId);
						if (feed) await pollFeed(feed, deps);
					},
					{ concurrency: POLL_CONCURRENCY, idleMs: 20 },
				);
			}
			if (message === 'stop') resolve();
		});
		process.send?.('ready');
	});
	const cpu = process.cpuUsage(cpu0);
	process.send?.({ cpuSeconds: (cpu.user + cpu.system) / 1e6 });
	await queue.stop({ timeoutMs: 1_000 });
	await close();
	await store.close();
}

if (args.flag('child')) {
	await runFeedWorker(args.positionals);
	process.exit(0);
}

const FEEDS = args.number('feeds', 1_000);
const WORKERS = (args.string('workers') ?? '1,2,4').split(',').map(Number).filter((n) => n >= 1);
const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : DEFAULT_TEST_DATABASE_URL;

if (!(await isPostgresAvailable(url))) {
	console.log(`skipped: no Postgres at ${url} (set DATABASE_URL=postgres://... to run this benchmark)`);
	if (json) console.log(JSON.stringify({ skipped: `no Postgres at ${url}` }));
	process.exit(0);
}

const server = fork(new URL('./feeds-server.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'] });
const port = await new Promise<number>((resolve) => server.once('message', (m: { port: number }) => resolve(m.port)));
const origin = `http://127.0.0.1:${port}`;
const log = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));

async function addFeeds(store: Store): Promise<void> {
	for (let i = 0; i < FEEDS; i++) {
		await store.feeds.addFeedTarget({ guildId: `g${i % 50}`, channelId: `c${i % 500}`, url: `${origin}/f/${i}.xml`, now: 0 });
	}
}

/** Every feed polled exactly once and every item recorded once: what the store says after a run. */
async function checkOnce(client: pg.Client, schema: string): Promise<{ polled: number; seen: number }> {
	const polled = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".feeds WHERE last_polled_at IS NOT NULL`);
	const seen = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".seen_items`);
	return { polled: Number(polled.rows[0]!.n), seen: Number(seen.rows[0]!.n) };
}

async function runSqlite(): Promise<{ feedsPerSecond: number; cpuSeconds: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-workers-'));
	const store = createSqliteStore(join(dir, 'bench.db'));
	try {
		await addFeeds(store);
		const { deps, close } = createPollDeps(store, HOUR);
		const due = await store.feeds.dueFeeds(Date.now(), FEEDS);
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		let next = 0;
		await Promise.all(
			Array.from({ length: POLL_CONCURRENCY }, async () => {
				while (next < due.length) await pollFeed(due[next++]!, deps);
			}),
		);
		const seconds = (performance.now() - t0) / 1000;
		const cpu = process.cpuUsage(cpu0);
		await close();
		return { feedsPerSecond: Math.round(due.length / seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6) };
	} finally {
		await store.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

interface WorkerRun {
	workers: number;
	feedsPerSecond: number;
	seconds: number;
	workerCpuSeconds: number;
	postgresCpuSeconds: number | null;
	polledOnce: boolean;
	itemsSeen: number;
	jobsRetried: number;
}

async function runPostgres(workers: number): Promise<WorkerRun> {
	const schema = uniqueSchemaName('briefbot_bench');
	const jobs = `${schema}_jobs`;
	const store = await createPostgresStore(url, { schema, maxConnections: 4 });
	const queue = await createPgBossQueue(url, { schema: jobs, maxConnections: 4 });
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	const children: ChildProcess[] = [];
	try {
		await addFeeds(store);
		const script = new URL(import.meta.url).pathname;
		for (let i = 0; i < workers; i++) {
			children.push(fork(script, ['--child', url, schema, jobs], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }));
		}
		await Promise.all(children.map((c) => new Promise((resolve) => c.once('message', resolve))));
		for (const feed of await store.feeds.dueFeeds(Date.now(), FEEDS)) await queue.enqueuePoll(feed.id, HOUR);
		const pgCpu0 = postgresCpuSeconds();
		const t0 = performance.now();
		for (const child of children) child.send('go');
		while ((await queue.counts('poll-feed')).completed < FEEDS) await new Promise((r) => setTimeout(r, 20));
		const seconds = (performance.now() - t0) / 1000;
		const pgCpu1 = postgresCpuSeconds();
		const cpu = await Promise.all(
			children.map(
				(c) =>
					new Promise<number>((resolve) => {
						c.once('message', (m: { cpuSeconds: number }) => resolve(m.cpuSeconds));
						c.send('stop');
					}),
			),
		);
		const counts = await queue.counts('poll-feed');
		const once = await checkOnce(client, schema);
		return {
			workers,
			feedsPerSecond: Math.round(FEEDS / seconds),
			seconds: round(seconds),
			workerCpuSeconds: round(cpu.reduce((a, b) => a + b, 0)),
			postgresCpuSeconds: pgCpu0 === null || pgCpu1 === null ? null : round(pgCpu1 - pgCpu0),
			polledOnce: once.polled === FEEDS && counts.completed === FEEDS,
			itemsSeen: once.seen,
			jobsRetried: counts.retry + counts.failed,
		};
	} finally {
		for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
		await queue.stop({ timeoutMs: 1_000 });
		await client.query(`DROP SCHEMA IF EXISTS "${jobs}" CASCADE`);
		await client.end();
		await store.dropSchema();
		await store.close();
	}
}

/**
 * CPU seconds used so far by the local Postgres server's processes (Linux /proc; null elsewhere). Backends
 * come and go with connections, so this undercounts a little; it shows where the wall time goes.
 */
function postgresCpuSeconds(): number | null {
	try {
		const ticks = readdirSync('/proc')
			.filter((d) => /^\d+$/.test(d))
			.reduce((sum, pid) => {
				try {
					const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
					const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					if (!name.startsWith('postgres')) return sum;
					const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
					return sum + Number(fields[11]) + Number(fields[12]);
				} catch {
					return sum;
				}
			}, 0);
		return ticks / 100;
	} catch {
		return null;
	}
}

function round(value: number): number {
	return Number(value.toFixed(2));
}

try {
	log(`SQLite, one process, ${FEEDS} feeds...`);
	const sqlite = await runSqlite();
	log(`  ${sqlite.feedsPerSecond} feeds/s`);
	const runs: WorkerRun[] = [];
	for (const workers of WORKERS) {
		log(`Postgres + pg-boss, ${workers} worker process(es)...`);
		const run = await runPostgres(workers);
		log(
			`  ${run.feedsPerSecond} feeds/s (CPU s: ${run.workerCpuSeconds} in workers, ${run.postgresCpuSeconds} in Postgres; polled once: ${run.polledOnce})`,
		);
		runs.push(run);
	}
	const figures = {
		feeds: FEEDS,
		itemsPerFeed: 10,
		sqliteSingleProcess: sqlite,
		postgres: Object.fromEntries(runs.map((r) => [`workers${r.workers}`, r])),
		cores: (await import('node:os')).availableParallelism(),
		goal: { polledOnce: true, jobsRetried: 0 },
	};
	if (!json) console.log(figures);
	console.log(JSON.stringify(figures));
} finally {
	server.disconnect();
	server.kill();
}
