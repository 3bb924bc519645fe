/**
 * One emulator, one real discord.js client (built by our own createDiscordClient) and a fresh SQLite
 * store per test: the pieces every Discord behaviour test needs.
 */
import type { Client } from 'discord.js';
import { startDiscordEmulator, type AddedGuild, type DiscordEmulator, type EmulatorOptions } from '../../emulator/index.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../../../src/discord/client.js';
import { createSqliteStore } from '../../../src/store/sqlite/create-store.js';
import type { CommandContext, CommandServices } from '../../../commands/index.js';
import type { Brief } from '../../../src/briefs/types.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { makeBrief } from './make-brief.js';

export interface BotWorld {
	emulator: DiscordEmulator;
	client: Client;
	guild: AddedGuild;
	close(): Promise<void>;
}

export async function startBotWorld(options: EmulatorOptions = {}, channelCount = 3): Promise<BotWorld> {
	const emulator = await startDiscordEmulator(options);
	const guild = emulator.addGuild({
		name: 'Newsroom',
		channels: Array.from({ length: channelCount }, (_, i) => ({ name: `briefs-${i}` })),
		members: [
			{ id: '500000000000000001', username: 'admin', permissions: '32' },
			{ id: '500000000000000002', username: 'reader' },
		],
	});
	const client = createDiscordClient({
		token: emulator.token,
		apiBase: emulator.apiBase,
		logger: silentLogger,
		buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
	});
	await loginDiscordClient(client, 15_000);
	return {
		emulator,
		client,
		guild,
		async close() {
			await destroyDiscordClient(client);
			await emulator.close();
		},
	};
}

export type TestStore = ReturnType<typeof createSqliteStore>;

export function openTestStore(now?: () => number): TestStore {
	return createSqliteStore(':memory:', now ? { now } : {});
}

let counter = 0;

/** A distinct story each call (own URL and title), so the store never folds two into one. */
export function uniqueBrief(overrides: Partial<Brief> = {}): Brief {
	counter += 1;
	return makeBrief({
		title: `Story number ${counter}: the ferry terminal, part ${counter}`,
		url: `https://news.example.org/2026/story-${counter}-${Math.random().toString(36).slice(2)}`,
		...overrides,
	});
}

/** Ingests a brief for the given channels and returns the outbox row ids. */
export async function ingestFor(
	store: TestStore,
	guildId: string,
	targets: Array<{ channelId: string; targetId?: number | null }>,
	brief: Brief = uniqueBrief(),
): Promise<{ articleId: number; deliveryIds: number[] }> {
	const result = await store.articles.ingest({
		brief,
		feedId: null,
		itemKey: null,
		targets: targets.map((t) => ({ guildId, channelId: t.channelId, targetId: t.targetId ?? null })),
	});
	return { articleId: result.articleId, deliveryIds: result.deliveryIds };
}

/**
 * A command context over the test's current store, read at each call, so that every case can open a fresh store
 * while the router attached once keeps the same context. `feedLimits`, when given, is read the same way.
 */
export function contextOver(
	store: () => TestStore,
	options: { services: CommandServices; feedLimits?: () => NonNullable<CommandContext['feedLimits']> },
): CommandContext {
	const ctx: CommandContext = {
		get feeds() {
			return store().feeds;
		},
		get articles() {
			return store().articles;
		},
		get mentions() {
			return store().mentions;
		},
		get subscriptions() {
			return store().subscriptions;
		},
		services: options.services,
		logger: silentLogger,
		now: Date.now,
	};
	if (options.feedLimits) Object.defineProperty(ctx, 'feedLimits', { get: options.feedLimits, enumerable: true });
	return ctx;
}

/** `/feed <sub>` run by a member with Manage Server in the world's first channel (`extra` overrides any field). */
export function adminFeed(world: BotWorld, sub: string, options: Array<Record<string, unknown>> = [], extra: Record<string, unknown> = {}) {
	return world.emulator.interact({
		guildId: world.guild.id,
		channelId: world.guild.channels[0]!.id,
		userId: '500000000000000001',
		memberPermissions: '32',
		command: 'feed',
		options: [{ name: sub, type: 1, options }],
		...extra,
	});
}
