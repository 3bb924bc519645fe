/**
 * The reader commands as they run: the Discord emulator, a real discord.js client with the real router and
 * loader, and a SQLite store file holding the fixture briefs, delivered to guild A (English and French news)
 * and guild B (its own story), so every test can check that nothing of B shows in A.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'discord.js';
import type { CommandContext } from '../../../commands/index.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../../../src/discord/client.js';
import { attachInteractionRouter } from '../../../src/discord/interaction-router.js';
import { loadCommands } from '../../../src/discord/load-commands.js';
import type { Brief } from '../../../src/briefs/types.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { createSqliteStore } from '../../../src/store/sqlite/create-store.js';
import { createSubscriptionMatcher, type SubscriptionMatcher } from '../../../src/subscriptions/subscription-matcher.js';
import { startDiscordEmulator, type AddedGuild, type DiscordEmulator } from '../../emulator/index.js';
import { ALL_BRIEFS, bankDe } from '../../fixtures/subscriptions/briefs.js';

export const READER = '600000000000000001';
export const OTHER_READER = '600000000000000002';
/** The fixtures are news of late November 2026; the commands' clock stays there whatever the machine's says. */
export const NOW = Date.parse('2026-11-28T12:00:00Z');
export const READER_COMMANDS = ['who', 'quote', 'subscribe', 'unsubscribe', 'subscriptions', 'brief', 'help'];

export type ReaderStore = ReturnType<typeof createSqliteStore>;

export interface ReaderWorld {
	emulator: DiscordEmulator;
	guildA: AddedGuild;
	guildB: AddedGuild;
	store: ReaderStore;
	ctx: CommandContext;
	client: Client;
	/** The matcher `subscriptionsChanged` rebuilds from the store. */
	matcher(): SubscriptionMatcher;
	/** Stops the client and reopens the store from its file, then starts a fresh client and router. */
	restart(): Promise<void>;
	/** Sends a slash command, autocomplete or button as `READER` in guild A unless told otherwise. */
	interact(options: { command?: string; options?: unknown[]; type?: 'command' | 'autocomplete' | 'button'; customId?: string; messageId?: string; locale?: string; guildId?: string; channelId?: string; userId?: string }): ReturnType<DiscordEmulator['interact']>;
	close(): Promise<void>;
}

/** The briefs `services.briefUrl` knows, by URL; anything else is refused as the real fetcher would. */
const BRIEFS_BY_URL = new Map<string, Brief>(ALL_BRIEFS.map((b) => [b.url ?? '', b]));

export async function startReaderWorld(): Promise<ReaderWorld> {
	const emulator = await startDiscordEmulator();
	const guildA = emulator.addGuild({ name: 'Newsroom A', channels: [{ name: 'briefs' }, { name: 'talk' }], members: [{ id: READER, username: 'reader' }, { id: OTHER_READER, username: 'other' }] });
	const guildB = emulator.addGuild({ name: 'Newsroom B', channels: [{ name: 'briefs' }], members: [{ id: READER, username: 'reader' }] });
	const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-readers-'));
	const file = path.join(dir, 'store.db');
	let store = createSqliteStore(file);
	await ingestFixtures(store, guildA, guildB);
	let matcher = createSubscriptionMatcher(await store.subscriptions.listAll());
	const commands = await loadCommands({ only: READER_COMMANDS, logger: silentLogger });

	const makeCtx = (): CommandContext => ({
		feeds: store.feeds,
		articles: store.articles,
		mentions: store.mentions,
		subscriptions: store.subscriptions,
		logger: silentLogger,
		now: () => NOW,
		services: {
			checkFeed: async () => ({ status: 'error', code: 'internal' }),
			previewFeed: async () => ({ status: 'error', code: 'internal' }),
			briefUrl: async (url) => {
				const brief = BRIEFS_BY_URL.get(url);
				return brief ? { status: 'ok', brief } : { status: 'error', code: 'http-error', httpStatus: 404 };
			},
			subscriptionsChanged: async () => {
				matcher = createSubscriptionMatcher(await store.subscriptions.listAll());
			},
		},
	});

	const startClient = async (): Promise<Client> => {
		const client = createDiscordClient({
			token: emulator.token,
			apiBase: emulator.apiBase,
			logger: silentLogger,
			buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
		});
		await loginDiscordClient(client, 15_000);
		attachInteractionRouter(client, commands, world.ctx);
		return client;
	};

	const world: ReaderWorld = {
		emulator,
		guildA,
		guildB,
		store,
		ctx: makeCtx(),
		client: undefined as unknown as Client,
		matcher: () => matcher,
		async restart() {
			await destroyDiscordClient(world.client);
			await store.close();
			store = createSqliteStore(file);
			world.store = store;
			world.ctx = makeCtx();
			world.client = await startClient();
		},
		interact(options) {
			const guildId = options.guildId ?? guildA.id;
			const channelId = options.channelId ?? (guildId === guildB.id ? guildB.channels[0]?.id : guildA.channels[0]?.id) ?? '';
			return emulator.interact({ userId: READER, ...options, guildId, channelId } as Parameters<DiscordEmulator['interact']>[0]);
		},
		async close() {
			await destroyDiscordClient(world.client);
			await store.close();
			await emulator.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
	world.client = await startClient();
	return world;
}

/** Every fixture brief goes to guild A except the German one, which only guild B follows. */
async function ingestFixtures(store: ReaderStore, guildA: AddedGuild, guildB: AddedGuild): Promise<void> {
	for (const [i, brief] of ALL_BRIEFS.entries()) {
		const guild = brief === bankDe ? guildB : guildA;
		await store.articles.ingest({
			brief,
			feedId: null,
			itemKey: null,
			targets: [{ guildId: guild.id, channelId: guild.channels[0]?.id ?? '', targetId: null }],
			now: Date.parse(brief.publishedAt ?? '2026-11-20T00:00:00Z') + i,
		});
	}
}

/** The text a reply shows: content plus every embed's title, description, fields and footer. */
export function replyText(data: unknown): string {
	const d = (data ?? {}) as { content?: string; embeds?: Array<Record<string, unknown>> };
	const parts = [d.content ?? ''];
	for (const embed of d.embeds ?? []) {
		const e = embed as { title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } };
		parts.push(e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? '');
	}
	return parts.join('\n');
}

export function option(name: string, value: string | boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return { name, type: typeof value === 'boolean' ? 5 : 3, value, ...extra };
}
