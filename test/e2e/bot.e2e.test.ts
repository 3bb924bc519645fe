/**
 * End to end: the real bot (startBot, discord.js inside) against the local Discord emulator and the bundled
 * sample feeds served on 127.0.0.1. Feeds in several languages become embeds in the channels that follow them,
 * a republished copy of a story is not posted a second time, and /who and /quote answer from what was posted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/start-bot.js';
import { loadConfig } from '../../src/config/env.js';
import { startSampleServer, type SampleServer } from '../../src/console/sample-server.js';
import { silentLogger } from '../../src/shared/logger.js';
import { startDiscordEmulator, type DiscordEmulator } from '../emulator/index.js';

let emulator: DiscordEmulator;
let sample: SampleServer;
let bot: RunningBot;
let dir: string;
let guildId: string;
let news: string;
let europe: string;
let adminId: string;

/** The reply as the user finally sees it: the immediate one, or the edit after a deferral. */
async function finalReply(res: Awaited<ReturnType<DiscordEmulator['interact']>>): Promise<string> {
	if (res.type === 5) await emulator.waitFor(() => res.original() !== null, 5_000, 'the deferred reply');
	return JSON.stringify(res.data ?? {}) + JSON.stringify(res.original() ?? {});
}

const titles = (channel: string) =>
	emulator.messages(channel).map((m) => String((m.embeds as Array<{ title?: string }> | undefined)?.[0]?.title ?? ''));

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'briefbot-e2e-'));
	emulator = await startDiscordEmulator();
	adminId = '900000000000000001';
	const guild = emulator.addGuild({
		name: 'Newsroom',
		channels: [{ name: 'news' }, { name: 'europe' }],
		members: [{ id: adminId, username: 'ada', permissions: '32' }],
	});
	guildId = guild.id;
	news = guild.channels[0]!.id;
	europe = guild.channels[1]!.id;
	sample = await startSampleServer(undefined, 0, { named: false });
	const feed = (name: string) => sample.feedUrls.find((u) => u.includes(`/feeds/${name}`))!;
	writeFileSync(
		join(dir, 'feeds.json'),
		JSON.stringify([
			{ url: feed('techwire'), guildId, channelId: news, backfill: 10 },
			{ url: feed('coinwire'), guildId, channelId: news, backfill: 10 },
			{ url: feed('lequotidien'), guildId, channelId: europe, backfill: 10 },
			{ url: feed('wirtschaftsbote'), guildId, channelId: europe, backfill: 10 },
		]),
	);
	const config = loadConfig({
		DISCORD_TOKEN: emulator.token,
		DISCORD_APPLICATION_ID: emulator.applicationId,
		DISCORD_API_BASE: emulator.apiBase,
		DATABASE_URL: join(dir, 'bot.db'),
		FEEDS_FILE: join(dir, 'feeds.json'),
		POLL_INTERVAL: '2s',
		// Posted as soon as polled: these tests are not about STORY_HOLD.
		STORY_HOLD: '0',
		ALLOW_PRIVATE_NETWORK: 'true',
		// Budgets are tested in test/pipeline; on a loaded test machine a normal page can exceed the production 2 s.
		ARTICLE_BUDGET_MS: '30000',
	});
	bot = await startBot(config, silentLogger);
}, 60_000);

afterAll(async () => {
	await bot?.stop();
	await sample?.close();
	await emulator?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the bot, end to end', () => {
	it('posts each story once per channel, in English, French and German', async () => {
		await emulator.waitFor(() => titles(news).length >= 2 && titles(europe).length >= 3, 45_000, 'the sample briefs');
		await new Promise((r) => setTimeout(r, 3_000));
		const newsTitles = titles(news);
		const europeTitles = titles(europe);
		expect(newsTitles.filter((t) => t.includes('Chipmakers warn export rules'))).toHaveLength(1);
		expect(newsTitles.some((t) => t.includes('battery plant'))).toBe(true);
		expect(newsTitles).toHaveLength(2);
		expect(europeTitles.some((t) => t.includes('sommet de Paris'))).toBe(true);
		expect(europeTitles.some((t) => t.includes('trains à hydrogène'))).toBe(true);
		expect(europeTitles.some((t) => t.includes('Siemens Energy'))).toBe(true);
		for (const message of emulator.messages(news)) {
			// No subscriber asked for a ping in this channel: nothing may ping.
			expect(message.allowed_mentions).toEqual({ parse: [] });
			expect(JSON.stringify(message.embeds)).not.toMatch(/appeared first on|Disclaimer|NVDX/);
		}
	});

	it('answers /who and /quote from what was posted', async () => {
		const who = await emulator.interact({ guildId, channelId: news, userId: adminId, command: 'who', options: [{ name: 'name', type: 3, value: 'Maria Gonzalez' }] });
		expect(await finalReply(who)).toContain('Intel');
		const quote = await emulator.interact({ guildId, channelId: europe, userId: adminId, command: 'quote', options: [{ name: 'who', type: 3, value: 'Arthur Mensch' }] });
		expect(await finalReply(quote)).toContain('chercheurs');
	});
});
