/**
 * `npm run bench -- e2e-latency [--items N] [--json]`: the time from an item appearing on a local feed server to
 * its message in the local Discord emulator, through the whole bot (poll, page fetch, extraction, brief, store,
 * delivery) with a 10-second poll interval. Goal: p99 under the poll interval + 2 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../src/app/start-bot.js';
import { loadConfig } from '../src/config/env.js';
import { silentLogger } from '../src/shared/logger.js';
import { startDiscordEmulator } from '../test/emulator/index.js';
import { startStoryFeedServer } from '../test/helpers/story-feed-server.js';
import { parseBenchArgs } from './bench-args.js';

const args = parseBenchArgs('e2e-latency', { items: 'number' });
const json = args.json;
const ITEMS = args.number('items', 12);
const POLL_MS = 10_000;
const SPACING_MS = 4_300; // not a divisor of the poll interval, so items land at every phase of it

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-e2e-'));
const emulator = await startDiscordEmulator();
const guild = emulator.addGuild({ name: 'Latency', channels: [{ name: 'news' }] });
const channel = guild.channels[0]!.id;
const start = Date.now() + 15_000;
const feeds = await startStoryFeedServer({ feeds: ['live'], perFeed: ITEMS, start, spacingMs: SPACING_MS });
writeFileSync(join(dir, 'feeds.json'), JSON.stringify([{ url: feeds.feedUrl('live'), guildId: guild.id, channelId: channel }]));
const bot = await startBot(
	loadConfig({
		DISCORD_TOKEN: emulator.token,
		DISCORD_APPLICATION_ID: emulator.applicationId,
		DISCORD_API_BASE: emulator.apiBase,
		DATABASE_URL: join(dir, 'bot.db'),
		FEEDS_FILE: join(dir, 'feeds.json'),
		POLL_INTERVAL: `${POLL_MS / 1000}s`,
		// Latency from feed to post without the wait for a better copy (STORY_HOLD adds exactly its own length).
		STORY_HOLD: '0',
		ALLOW_PRIVATE_NETWORK: 'true',
	}),
	silentLogger,
);
try {
	const last = start + (ITEMS - 1) * SPACING_MS;
	await emulator.waitFor(() => emulator.messages(channel).length >= ITEMS, last - Date.now() + 4 * POLL_MS, 'every item');
	const latencies = feeds.items
		.map((item) => {
			const message = emulator.messages(channel).find((m) => (m.embeds as Array<{ title?: string }>)[0]?.title === item.title);
			return message ? Date.parse(String(message.timestamp)) - item.visibleAt : Number.NaN;
		})
		.filter((x) => Number.isFinite(x))
		.sort((a, b) => a - b);
	const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN;
	const figures = {
		items: ITEMS,
		delivered: latencies.length,
		pollIntervalMs: POLL_MS,
		p50Ms: Math.round(pick(0.5)),
		p99Ms: Math.round(pick(0.99)),
		maxMs: Math.round(latencies.at(-1) ?? Number.NaN),
		goal: { p99Ms: POLL_MS + 2_000 },
	};
	if (!json) console.log(figures);
	console.log(JSON.stringify(figures));
} finally {
	await bot.stop();
	await feeds.close();
	await emulator.close();
	rmSync(dir, { recursive: true, force: true });
}
