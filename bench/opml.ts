/**
 * OPML import at scale: /feed import of an OPML file listing 500 feeds served by a real HTTP server on 127.0.0.1,
 * through the real discord.js client and the Discord emulator, with the real feed checker (fetch + parse, SSRF
 * guard opened for loopback) and a SQLite file store. Measured: when Discord got the deferred answer (goal < 3 s)
 * and when the report was edited in (goal < 60 s). No baseline: no earlier import existed to compare with.
 *
 *   node --import tsx bench/opml.ts [--json] [--feeds 500]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import feedCommand from '../commands/feed.js';
import type { CommandContext } from '../commands/index.js';
import { attachInteractionRouter } from '../src/discord/interaction-router.js';
import { createPipelineFetch } from '../src/pipeline/fetch-adapter.js';
import { createPipelineServices } from '../src/pipeline/services.js';
import { silentLogger } from '../src/shared/logger.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import { startBotWorld } from '../test/discord/helpers/bot-world.js';
import { startTestServer } from '../test/helpers/http-server.js';
import { parseBenchArgs } from './bench-args.js';

const GOAL = { deferredMs: 3_000, doneMs: 60_000 };

function rss(n: number): string {
	const items = Array.from({ length: 10 }, (_, i) => `<item><title>Item ${i} of feed ${n}</title><link>https://news.example.org/${n}/${i}</link><guid>${n}-${i}</guid></item>`);
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://news.example.org/${n}</link>${items.join('')}</channel></rss>`;
}

async function main(): Promise<void> {
	const args = parseBenchArgs('opml', { feeds: 'number' });
	const json = args.json;
	const count = args.number('feeds', 500);
	const server = await startTestServer();
	for (let n = 0; n < count; n++) server.route(`/feeds/${n}.xml`, { body: rss(n), headers: { 'content-type': 'application/rss+xml' } });
	const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-opml-'));
	const store = createSqliteStore(path.join(dir, 'bench.db'));
	const fetcher = createPipelineFetch({
		timeoutMs: 15_000,
		maxFeedBytes: 1_000_000,
		maxPageBytes: 1_000_000,
		userAgent: 'briefbot-bench',
		allowPrivateNetwork: true,
		concurrency: 64,
		perHostConcurrency: 64,
	});
	const services = createPipelineServices({ fetchUrl: fetcher.fetchUrl, logger: silentLogger, store });
	const world = await startBotWorld({ interactionTimeoutMs: 3_000 });
	const ctx: CommandContext = {
		feeds: store.feeds,
		articles: store.articles,
		mentions: store.mentions,
		subscriptions: store.subscriptions,
		services: { ...services, subscriptionsChanged: async () => {} },
		logger: silentLogger,
		now: Date.now,
		feedLimits: { maxFeeds: count, maxFilters: count, minIntervalMs: 60_000 },
	};
	attachInteractionRouter(world.client, [feedCommand], ctx);
	const outlines = Array.from({ length: count }, (_, n) => `<outline type="rss" text="Feed ${n}" xmlUrl="${server.url(`/feeds/${n}.xml`)}"/>`);
	const file = world.emulator.addAttachment('feeds.opml', `<opml version="2.0"><body>${outlines.join('\n')}</body></opml>`);
	const cpu = process.cpuUsage();
	const started = performance.now();
	const res = await world.emulator.interact({
		guildId: world.guild.id,
		channelId: world.guild.channels[0]!.id,
		userId: '500000000000000001',
		memberPermissions: '32',
		command: 'feed',
		options: [{ name: 'import', type: 1, options: [{ name: 'file', type: 11, value: file }] }],
	});
	const deferredMs = res.record.latencyMs ?? performance.now() - started;
	await world.emulator.waitFor(() => res.record.edits.length > 0, GOAL.doneMs * 2, 'the import report');
	const doneMs = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const report = String(res.original()?.content ?? '');
	const followed = (await store.feeds.listGuildFeeds(world.guild.id)).length;
	await world.close();
	await fetcher.close();
	await store.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });

	const figures = {
		feeds: count,
		deferredMs: Math.round(deferredMs),
		doneMs: Math.round(doneMs),
		cpuMs: Math.round((used.user + used.system) / 1_000),
		followed,
		deferredType: res.type,
		goal: GOAL,
		meetsGoal: res.type === 5 && deferredMs < GOAL.deferredMs && doneMs < GOAL.doneMs && followed === count,
	};
	if (!json) {
		console.log(`opml: ${count} feeds on 127.0.0.1; deferred after ${figures.deferredMs} ms (goal ${GOAL.deferredMs}), done after ${figures.doneMs} ms (goal ${GOAL.doneMs})`);
		console.log(`  ${followed} followed; report: ${report.split('\n')[0]}`);
	}
	if (followed !== count) process.exitCode = 1;
	console.log(JSON.stringify(figures));
}

await main();
