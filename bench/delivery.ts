/**
 * Delivery under Discord-like rate limits: 1,000 briefs to 50 channels through the local emulator,
 * with the real discord.js client, the real SQLite outbox and the delivery worker.
 * Limits are Discord's own, unscaled: 5 messages per 5 s per channel and 50 requests per second in all,
 * so 20 messages per channel need at least 3 full channel windows (~15 s) and 1,000 requests at least 20 s
 * of global budget; the run takes about half a minute.
 *
 * Reports the time to drain the outbox, the 429s (in all, and beyond the first per bucket: the first one
 * is how a client that never saw the bucket learns it), and messages lost or doubled.
 * Goal: no 429 beyond the first per bucket, nothing lost, nothing doubled.
 *
 *   node --import tsx bench/delivery.ts [--json] [--briefs 1000] [--channels 50] [--window-scale 1]
 *
 * `--window-scale 0.2` shrinks every rate-limit window five-fold for a quick check (same limits, less waiting).
 */
import { DEFAULT_GLOBAL_REQUESTS_PER_SECOND, createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../src/discord/client.js';
import { createDeliveryWorker } from '../src/discord/delivery-worker.js';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../src/briefs/types.js';
import { silentLogger } from '../src/shared/logger.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import { startDiscordEmulator } from '../test/emulator/index.js';
import { parseBenchArgs } from './bench-args.js';

const args = parseBenchArgs('delivery', { briefs: 'number', channels: 'number', 'window-scale': 'number' });
const json = args.json;

const BRIEFS = args.number('briefs', 1_000);
const CHANNELS = args.number('channels', 50);
const SCALE = args.number('window-scale', 1);
const LIMITS = {
	messagesPerChannel: { limit: 5, windowMs: Math.round(5_000 * SCALE) },
	global: { limit: 50, windowMs: Math.round(1_000 * SCALE) },
};
const DRAIN_TIMEOUT_MS = 5 * 60_000;

function log(message: string): void {
	if (!json) process.stdout.write(`${message}\n`);
	else process.stderr.write(`${message}\n`);
}

function makeBrief(i: number): Brief {
	const words = ['harbour', 'council', 'budget', 'ferry', 'election', 'vaccine', 'market', 'storm', 'court', 'school'];
	const topic = words[i % words.length] ?? 'news';
	return {
		schemaVersion: BRIEF_SCHEMA_VERSION,
		title: `Brief ${i}: the ${topic} story, day ${Math.floor(i / 10)}`,
		url: `https://bench.example.org/${topic}/${i}`,
		canonicalUrl: null,
		originalSource: { name: 'bench.example.org', url: 'https://bench.example.org' },
		republishedVia: [],
		siteName: 'Bench News',
		language: i % 3 === 0 ? 'fr' : 'en',
		publishedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
		byline: null,
		paragraphs: [],
		text: '',
		removed: [],
		minhash: [],
		summary: [`The ${topic} story number ${i} moved on today.`, `Officials said more was expected on the ${topic} this week.`],
		quotes: [
			{ text: `We are watching the ${topic} closely`, start: 0, end: 0, speaker: 'Ana Ruiz', speakerText: 'Ruiz', speakerEntityId: 'e1', cue: 'said', key: true },
		],
		entities: [
			{ id: 'e1', name: 'Ana Ruiz', type: 'person', aliases: [], roles: ['spokesperson'], mentions: [] },
			{ id: 'e2', name: 'Harbour Board', type: 'organization', aliases: [], roles: [], mentions: [] },
		],
		topics: [topic],
	};
}

function floorSeconds(): number {
	const globalPerSecond = Math.min(LIMITS.global.limit / (LIMITS.global.windowMs / 1_000), DEFAULT_GLOBAL_REQUESTS_PER_SECOND);
	const perChannelWindows = Math.ceil(BRIEFS / CHANNELS / LIMITS.messagesPerChannel.limit) - 1;
	return Math.max(BRIEFS / globalPerSecond, perChannelWindows * (LIMITS.messagesPerChannel.windowMs / 1_000));
}

async function main(): Promise<void> {
	const emulator = await startDiscordEmulator({ rateLimits: LIMITS });
	const guild = emulator.addGuild({ name: 'Bench', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `c${i}` })) });
	const store = createSqliteStore(':memory:');
	const client = createDiscordClient({
		token: emulator.token,
		apiBase: emulator.apiBase,
		logger: silentLogger,
		buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
	});
	try {
		await loginDiscordClient(client);
		const expected = new Map<string, number>();
		for (let i = 0; i < BRIEFS; i++) {
			const channel = guild.channels[i % CHANNELS];
			if (!channel) throw new Error('no channel');
			await store.articles.ingest({ brief: makeBrief(i), feedId: null, itemKey: null, targets: [{ guildId: guild.id, channelId: channel.id, targetId: null }] });
			expected.set(channel.id, (expected.get(channel.id) ?? 0) + 1);
		}
		const queued = await store.deliveries.countPending();
		log(`queued ${queued} deliveries to ${CHANNELS} channels; limits ${JSON.stringify(LIMITS)}`);

		const worker = createDeliveryWorker({ deliveries: store.deliveries, articles: store.articles, client, logger: silentLogger, idleMs: 50 });
		const cpuStart = process.cpuUsage();
		const started = performance.now();
		worker.start();
		const deadline = Date.now() + DRAIN_TIMEOUT_MS;
		while ((await store.deliveries.countPending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		const drainSeconds = (performance.now() - started) / 1_000;
		await worker.stop();
		const cpu = process.cpuUsage(cpuStart);

		let delivered = 0;
		let doubled = 0;
		let lost = 0;
		let outOfOrder = 0;
		for (const channel of guild.channels) {
			const messages = emulator.messages(channel.id);
			const nonces = new Set(messages.map((m) => String(m.nonce)));
			const titles = messages.map((m) => String((m.embeds as Array<{ title?: string }>)[0]?.title ?? ''));
			const ids = titles.map((t) => Number(/^Brief (\d+)/.exec(t)?.[1] ?? -1));
			for (let k = 1; k < ids.length; k++) if ((ids[k] ?? 0) < (ids[k - 1] ?? 0)) outOfOrder++;
			delivered += nonces.size;
			doubled += messages.length - nonces.size;
			lost += Math.max(0, (expected.get(channel.id) ?? 0) - nonces.size);
		}
		const buckets = emulator.stats.rateLimited;
		const total429 = Object.values(buckets).reduce((a, b) => a + b, 0);
		const beyondFirst = Object.values(buckets).reduce((a, b) => a + Math.max(0, b - 1), 0);
		const figures = {
			briefs: BRIEFS,
			channels: CHANNELS,
			limits: LIMITS,
			windowScale: SCALE,
			drainSeconds: Number(drainSeconds.toFixed(2)),
			messagesPerSecond: Number((delivered / drainSeconds).toFixed(1)),
			// The best the limits allow: the global pace (Discord's, or the client's own if slower) or the
			// per-channel windows, whichever is slower.
			floorSeconds: Number(floorSeconds().toFixed(2)),
			clientRequestsPerSecond: DEFAULT_GLOBAL_REQUESTS_PER_SECOND,
			rateLimited429Total: total429,
			rateLimited429BeyondFirstPerBucket: beyondFirst,
			rateLimitedBuckets: buckets,
			messagesDelivered: delivered,
			messagesLost: lost,
			messagesDoubled: doubled,
			messagesOutOfOrder: outOfOrder,
			cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
			peakRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
			goal: { rateLimited429BeyondFirstPerBucket: 0, messagesLost: 0, messagesDoubled: 0 },
		};
		log(`drained in ${figures.drainSeconds} s (floor ${figures.floorSeconds} s), 429s: ${total429} (${beyondFirst} beyond the first per bucket), lost ${lost}, doubled ${doubled}, out of order ${outOfOrder}`);
		process.stdout.write(`${json ? JSON.stringify(figures) : JSON.stringify(figures, null, 2)}\n`);
	} finally {
		await destroyDiscordClient(client);
		await emulator.close();
		await store.close();
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`bench/delivery: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
