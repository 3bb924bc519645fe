/**
 * `npm run bench -- hostile [--json] [--scale 1] [--normal 50] [--no-baseline]`: the whole bot (startBot, discord.js against the
 * local emulator) polls feeds on 127.0.0.1 whose items mix normal articles with 20 hostile inputs of our own
 * (test/helpers/hostile-pages.ts: nesting, unclosed foreign tags, entity expansion, huge lines, a gzip bomb), while
 * interactions go through the emulator. Reports event-loop delay p99 (monitorEventLoopDelay), interaction
 * first-response p99, peak RSS, and what became of each input. Goals (issue #14): every hostile input refused or
 * briefed within its budget, every normal article briefed, loop p99 < 50 ms, first response p99 < 100 ms,
 * peak RSS < 600 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { startBot } from '../src/app/start-bot.js';
import { loadConfig } from '../src/config/env.js';
import { startDiscordEmulator } from '../test/emulator/index.js';
import { hostileInputs } from '../test/helpers/hostile-pages.js';
import { startStoryFeedServer } from '../test/helpers/story-feed-server.js';
import { parseBenchArgs } from './bench-args.js';

const args = parseBenchArgs('hostile', { scale: 'number', normal: 'number', 'no-baseline': 'boolean' });
const json = args.json;
const SCALE = args.number('scale', 1);
const NORMAL = args.number('normal', 50);
const PER_FEED = 10;
const log = (line: string) => (json ? process.stderr.write(`${line}\n`) : console.log(line));

// What the bot says about each item, read from its own log (debug level, `item done` and `feed poll failed`).
const events: Array<Record<string, unknown>> = [];
const sink = new Writable({
	write(chunk: Buffer, _encoding, done) {
		for (const line of chunk.toString().split('\n')) {
			if (!line.includes('"item done"') && !line.includes('"feed poll failed"')) continue;
			try {
				events.push(JSON.parse(line) as Record<string, unknown>);
			} catch {
				/* a partial line: not ours */
			}
		}
		done();
	},
});
const logger = pino({ level: 'debug' }, sink);

const hostile = hostileInputs(SCALE);
const pages = hostile.filter((h) => h.kind === 'page');
const hostileFeeds = hostile.filter((h) => h.kind === 'feed');
const compressed = new Map(pages.filter((p) => p.gzip).map((p) => [p.name, gzipSync(p.body)]));
// The bomb's 40 MB of text is only served compressed: not kept, so it does not count in the bot's peak RSS.
for (const p of pages) if (p.gzip) p.body = '';
let origin = '';
const server = createServer((req, res) => {
	const path = req.url ?? '/';
	const pageName = /^\/hostile\/([\w-]+)\.html$/.exec(path)?.[1];
	const input = hostile.find((h) => h.name === pageName || `/hostile/${h.name}.xml` === path);
	if (path === '/hostile/pages.xml') {
		const items = pages
			.map((p, i) => `<item><title>Hostile ${p.name}</title><link>${origin}/hostile/${p.name}.html</link><guid>h-${p.name}</guid><pubDate>${new Date(Date.UTC(2026, 11, 1, 0, i)).toUTCString()}</pubDate><description>Hostile page ${p.name}.</description></item>`)
			.join('');
		res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>hostile</title>${items}</channel></rss>`);
	} else if (input && compressed.has(input.name)) {
		res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(compressed.get(input.name));
	} else if (input) {
		res.writeHead(200, { 'content-type': input.kind === 'feed' ? 'application/rss+xml' : 'text/html' }).end(input.body);
	} else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const feedCount = Math.ceil(NORMAL / PER_FEED);

interface Phase {
	normalBriefedFromPage: number;
	normalNotBriefed: number;
	eventLoopDelayP99Ms: number;
	eventLoopDelayMaxMs: number;
	interactions: number;
	firstResponseP99Ms: number;
	firstResponseMaxMs: number;
	peakRssMb: number;
	elapsedMs: number;
	outcomes: Record<string, string>;
}

/** One bot, fresh database, its feeds polled once while interactions go on; with or without the hostile inputs. */
async function runPhase(name: string, withHostile: boolean): Promise<Phase> {
	events.length = 0;
	const normalFeeds = Array.from({ length: feedCount }, (_, i) => `${name}${i}`);
	const stories = await startStoryFeedServer({ feeds: normalFeeds, perFeed: PER_FEED, start: Date.now() - 60_000, spacingMs: 1 });
	const emulator = await startDiscordEmulator();
	const guild = emulator.addGuild({ name: 'Hostile', channels: [{ name: 'news' }] });
	const channel = guild.channels[0]!.id;
	const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-hostile-'));
	writeFileSync(
		join(dir, 'feeds.json'),
		JSON.stringify([
			...normalFeeds.map((f) => ({ url: stories.feedUrl(f), guildId: guild.id, channelId: channel, backfill: PER_FEED })),
			...(withHostile
				? [
						{ url: `${origin}/hostile/pages.xml`, guildId: guild.id, channelId: channel, backfill: pages.length },
						...hostileFeeds.map((f) => ({ url: `${origin}/hostile/${f.name}.xml`, guildId: guild.id, channelId: channel, backfill: 5 })),
					]
				: []),
		]),
	);
	const loop = monitorEventLoopDelay({ resolution: 10 });
	let peakRss = process.memoryUsage.rss();
	// `memoryUsage.rss()` only: full `memoryUsage()` walks the heaps and would itself delay the loop being measured.
	const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
	const started = Date.now();
	const bot = await startBot(
		loadConfig({
			DISCORD_TOKEN: emulator.token,
			DISCORD_APPLICATION_ID: emulator.applicationId,
			DISCORD_API_BASE: emulator.apiBase,
			DATABASE_URL: join(dir, 'bot.db'),
			FEEDS_FILE: join(dir, 'feeds.json'),
			POLL_INTERVAL: '1h',
			ALLOW_PRIVATE_NETWORK: 'true',
			LOG_LEVEL: 'debug',
			// The pool's settings may be varied from the environment (ARTICLE_WORKERS=1, ARTICLE_WORKER_HEAP_MB=160, ...).
			...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('ARTICLE_'))),
		}),
		logger,
	);
	loop.enable();
	const latencies: number[] = [];
	const itemEvents = () => events.filter((e) => e.msg === 'item done');
	const expectedLinks = [
		...stories.items.map((item) => `${stories.origin}/pages/${item.feed}/${item.index}.html`),
		...(withHostile ? pages.map((p) => `${origin}/hostile/${p.name}.html`) : []),
	];
	const allDone = () => {
		const seen = new Set(itemEvents().map((e) => e.link));
		return expectedLinks.every((link) => seen.has(link));
	};
	try {
		// Interactions all along, one every 100 ms, until every item has an outcome (or 5 minutes pass).
		const deadline = Date.now() + 300_000;
		let i = 0;
		while (Date.now() < deadline && !allDone()) {
			const res = await emulator.interact({ guildId: guild.id, channelId: channel, userId: `u${i % 7}`, command: 'help' });
			latencies.push(res.latencyMs);
			i++;
			await new Promise((r) => setTimeout(r, 100));
		}
		loop.disable();
		const elapsedMs = Date.now() - started;
		latencies.sort((a, b) => a - b);
		const outcomeOf = (link: string) => {
			const e = itemEvents().find((x) => x.link === link);
			if (!e) return 'no outcome';
			return e.outcome === 'refused' ? `refused: ${String(e.reason)}` : `briefed from ${String(e.origin)}${e.reason ? ` (page: ${String(e.reason)})` : ''}`;
		};
		const outcomes: Record<string, string> = {};
		for (const p of withHostile ? pages : []) outcomes[p.name] = outcomeOf(`${origin}/hostile/${p.name}.html`);
		for (const f of withHostile ? hostileFeeds : []) {
			const failed = events.find((e) => e.msg === 'feed poll failed' && e.feed === `${origin}/hostile/${f.name}.xml`);
			const items = itemEvents().filter((e) => e.feedUrl === `${origin}/hostile/${f.name}.xml`);
			outcomes[f.name] = failed ? `refused: ${String(failed.error)}` : `read: ${items.length} items briefed or refused`;
		}
		const normal = itemEvents().filter((e) => String(e.feedUrl).startsWith(stories.origin));
		return {
			normalBriefedFromPage: normal.filter((e) => e.outcome === 'briefed' && e.origin === 'page').length,
			normalNotBriefed: normal.filter((e) => e.outcome !== 'briefed').length,
			eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
			eventLoopDelayMaxMs: Math.round(loop.max / 1e5) / 10,
			interactions: latencies.length,
			firstResponseP99Ms: latencies[Math.min(latencies.length - 1, Math.ceil(0.99 * latencies.length) - 1)] ?? Number.NaN,
			firstResponseMaxMs: latencies.at(-1) ?? Number.NaN,
			peakRssMb: Math.round(peakRss / 1024 / 1024),
			elapsedMs,
			outcomes,
		};
	} finally {
		clearInterval(rssTimer);
		await bot.stop();
		await stories.close();
		await emulator.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The loop delay of this process doing nothing: what the machine itself costs (other processes on the cores). */
async function idleLoopDelay(ms: number): Promise<{ p99Ms: number; maxMs: number }> {
	const idle = monitorEventLoopDelay({ resolution: 10 });
	idle.enable();
	await new Promise((r) => setTimeout(r, ms));
	idle.disable();
	return { p99Ms: Math.round(idle.percentile(99) / 1e5) / 10, maxMs: Math.round(idle.max / 1e5) / 10 };
}

try {
	const idle = await idleLoopDelay(5_000);
	log(`idle process: ${JSON.stringify(idle)}`);
	// The baseline: the same bot and the same normal articles, without the hostile inputs. `--no-baseline` skips it,
	// so that the hostile run's peak RSS is not lifted by what the first run left in this process.
	const baseline = args.flag('no-baseline') ? null : await runPhase('baseline', false);
	log(`baseline: ${JSON.stringify({ ...baseline, outcomes: undefined })}`);
	const hostileRun = await runPhase('normal', true);
	log(JSON.stringify(hostileRun.outcomes, null, 1));
	const { outcomes, ...figures } = hostileRun;
	const result = {
		scale: SCALE,
		normalArticles: NORMAL,
		hostileInputs: hostile.length,
		hostileWithOutcome: Object.values(outcomes).filter((o) => o !== 'no outcome').length,
		...figures,
		baseline: baseline ? { ...baseline, outcomes: undefined } : null,
		idleEventLoopDelayP99Ms: idle.p99Ms,
		idleEventLoopDelayMaxMs: idle.maxMs,
		outcomes,
		goal: { eventLoopDelayP99Ms: 50, firstResponseP99Ms: 100, peakRssMb: 600, normalBriefedFromPage: NORMAL },
	};
	if (!json) console.log(result);
	console.log(JSON.stringify(result));
} finally {
	await new Promise<void>((resolve) => server.close(() => resolve()));
}
