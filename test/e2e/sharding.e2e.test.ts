/**
 * Gateway sharding: the real bot with SHARD_COUNT=2 runs one process per shard under discord.js's
 * ShardingManager. Each shard receives only its own guilds' events from the emulator (Discord's
 * guild_id >> 22 % count rule), answers their commands, and only shard 0 polls and delivers, so every item is
 * posted exactly once in both guilds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator, type AddedGuild, type DiscordEmulator } from '../emulator/index.js';
import { ownsGuild } from '../emulator/gateway.js';
import { startStoryFeedServer, type StoryFeedServer } from '../helpers/story-feed-server.js';

const ROOT = new URL('../../', import.meta.url).pathname;
let emulator: DiscordEmulator;
let feeds: StoryFeedServer;
let dir: string;
let bot: ChildProcess;
let stderr = '';
const guilds: AddedGuild[] = [];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'briefbot-shards-'));
	emulator = await startDiscordEmulator();
	// One guild on each of the two shards.
	for (let i = 0; guilds.length < 2 && i < 64; i++) {
		const guild = emulator.addGuild({ name: `g${i}`, channels: [{ name: 'news' }] });
		if (ownsGuild([guilds.length, 2], guild.id)) guilds.push(guild);
		else emulator.removeGuild(guild.id);
		// The shard is (id >> 22) % 2, the id's millisecond: ids made in the same millisecond share a shard.
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	feeds = await startStoryFeedServer({ feeds: ['shared'], perFeed: 3, start: Date.now() - 60_000, spacingMs: 1_000 });
	writeFileSync(
		join(dir, 'feeds.json'),
		JSON.stringify(guilds.map((g) => ({ url: feeds.feedUrl('shared'), guildId: g.id, channelId: g.channels[0]!.id, backfill: 10 }))),
	);
	bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
		cwd: ROOT,
		env: {
			...process.env,
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
			LOG_LEVEL: 'warn',
			SHARD_COUNT: '2',
			SHARD_SPAWN_DELAY_MS: '0',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	bot.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4_000)));
}, 30_000);

afterAll(async () => {
	if (bot && bot.exitCode === null) {
		bot.kill('SIGTERM');
		await new Promise((resolve) => bot.once('exit', resolve));
	}
	await feeds?.close();
	await emulator?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a sharded bot', () => {
	it('runs one gateway session per shard and posts each item once in every guild', async () => {
		expect(guilds).toHaveLength(2);
		const channels = guilds.map((g) => g.channels[0]!.id);
		try {
			await emulator.waitFor(() => channels.every((c) => emulator.messages(c).length >= 3), 60_000, 'items in both guilds');
		} catch (error) {
			throw new Error(`${(error as Error).message}\nbot stderr:\n${stderr}`);
		}
		await emulator.waitFor(() => emulator.stats.identifies >= 2, 30_000, `both shards (stderr: ${stderr})`);
		await new Promise((r) => setTimeout(r, 3_000));
		for (const channel of channels) {
			const titles = emulator.messages(channel).map((m) => (m.embeds as Array<{ title?: string }>)[0]?.title);
			expect(new Set(titles).size).toBe(3);
			expect(titles).toHaveLength(3);
		}
	}, 120_000);

	it('answers commands in each guild from the shard that owns it', async () => {
		for (const guild of guilds) {
			const member = emulator.addUser({ username: `reader-${guild.id}` });
			const reply = await emulator.interact({ guildId: guild.id, channelId: guild.channels[0]!.id, userId: member, command: 'help' });
			expect(reply.type).toBe(4);
			expect(JSON.stringify(reply.data)).toMatch(/\/who/);
		}
	});
});
