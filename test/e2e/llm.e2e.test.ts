/**
 * End to end with the language model: the real bot (startBot, its composition root and discord.js) against the
 * Discord emulator, the bundled French sample feed, and a local OpenAI-compatible server. The guild reads in
 * English, so every French brief arrives translated, says so, and keeps its originals; /settings answers through
 * the bot's own command loader and router.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/start-bot.js';
import { loadConfig } from '../../src/config/env.js';
import { startSampleServer, type SampleServer } from '../../src/console/sample-server.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import { startDiscordEmulator, type DiscordEmulator } from '../emulator/index.js';
import { startFakeProvider, taggingTranslator, type FakeProvider } from '../llm/fake-provider.js';

let emulator: DiscordEmulator;
let sample: SampleServer;
let provider: FakeProvider;
let bot: RunningBot;
let dir: string;
let guildId: string;
let channel: string;
const ADMIN = '900000000000000001';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'briefbot-llm-e2e-'));
	emulator = await startDiscordEmulator();
	const guild = emulator.addGuild({ name: 'Readers', channels: [{ name: 'news' }], members: [{ id: ADMIN, username: 'ada', permissions: '32' }] });
	guildId = guild.id;
	channel = guild.channels[0]!.id;
	// Plain 127.0.0.1 URLs: this bot reads a FEEDS_FILE and has no sample server of its own to route names through.
	sample = await startSampleServer(undefined, 0, { named: false });
	provider = await startFakeProvider(taggingTranslator());
	const feed = sample.feedUrls.find((u) => u.includes('/feeds/lequotidien'))!;
	writeFileSync(join(dir, 'feeds.json'), JSON.stringify([{ url: feed, guildId, channelId: channel, backfill: 10 }]));
	// The guild chose English before these articles arrived.
	const store = createSqliteStore(join(dir, 'bot.db'));
	await store.guildSettings.update(guildId, { language: 'en' });
	await store.close();
	const config = loadConfig({
		DISCORD_TOKEN: emulator.token,
		DISCORD_APPLICATION_ID: emulator.applicationId,
		DISCORD_API_BASE: emulator.apiBase,
		DATABASE_URL: join(dir, 'bot.db'),
		FEEDS_FILE: join(dir, 'feeds.json'),
		POLL_INTERVAL: '2s',
		ALLOW_PRIVATE_NETWORK: 'true',
		LLM_BASE_URL: provider.baseUrl,
		LLM_MODEL: 'tiny',
		LLM_API_KEY: 'sk-e2e',
		// Post at once (no wait for a more original copy), with a budget that a loaded test machine cannot miss.
		STORY_HOLD: '0',
		ARTICLE_BUDGET_MS: '30000',
	});
	bot = await startBot(config, silentLogger);
}, 60_000);

afterAll(async () => {
	await bot?.stop();
	await provider?.close();
	await sample?.close();
	await emulator?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the bot with a language model', () => {
	it('posts the French sample briefs translated for an English server', async () => {
		await emulator.waitFor(() => emulator.messages(channel).length >= 2, 45_000, 'the French briefs');
		const embeds = emulator.messages(channel).map((m) => (m.embeds as APIEmbed[])[0]!);
		for (const embed of embeds) {
			expect(embed.footer?.text).toContain('translated from French');
			expect(embed.description).toMatch(/^\[en\] /);
		}
		expect(embeds.some((e) => e.fields?.[0]?.value.includes('\n> «'))).toBe(true);
		expect(provider.requests.length).toBeGreaterThanOrEqual(embeds.length);
		expect(provider.requests.every((r) => r.authorization === 'Bearer sk-e2e')).toBe(true);
		for (const message of emulator.messages(channel)) expect(message.allowed_mentions).toEqual({ parse: [] });
	}, 60_000);

	it('answers /settings from the bot own command set, showing the stored choice', async () => {
		const res = await emulator.interact({ guildId, channelId: channel, userId: ADMIN, memberPermissions: '32', command: 'settings', options: [] });
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(JSON.stringify(res.data)).toContain('English');
		expect(JSON.stringify(res.data)).not.toContain('No language model');
	});
});
