import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeliveryWorker, disableTargetOnFailure, type DeliveryWorkerOptions } from '../../src/discord/delivery-worker.js';
import type { Delivery, DeliveryStore } from '../../src/store/types.js';
import { silentLogger } from '../../src/shared/logger.js';
import { ingestFor, openTestStore, startBotWorld, uniqueBrief, type BotWorld, type TestStore } from './helpers/bot-world.js';
import { expectWithinDiscordLimits } from './helpers/limits.js';
import type { APIEmbed } from 'discord.js';

const SEND = 'POST /channels/:id/messages';
let world: BotWorld;
let store: TestStore;
let clock: number;

beforeAll(async () => {
	world = await startBotWorld();
});
afterAll(async () => {
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	store = openTestStore(() => clock);
	clock = Date.now();
});

function channel(index: number): string {
	const id = world.guild.channels[index]?.id;
	if (!id) throw new Error(`no channel ${index}`);
	return id;
}

function makeWorker(overrides: Partial<DeliveryWorkerOptions> = {}) {
	return createDeliveryWorker({
		deliveries: store.deliveries,
		articles: store.articles,
		client: world.client,
		logger: silentLogger,
		now: () => clock,
		random: () => 0.5,
		retry: { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 5 },
		...overrides,
	});
}

function row(id: number): { status: string; attempts: number; message_id: string | null; last_error: string | null } {
	return store.db.prepare('SELECT status, attempts, message_id, last_error FROM deliveries WHERE id = ?').get(id) as never;
}

function titles(channelId: string): string[] {
	return world.emulator.messages(channelId).map((m) => String((m.embeds as APIEmbed[])[0]?.title));
}

describe('delivery worker', () => {
	it('turns one outbox row into exactly one embed, sent with the row nonce and no mentions allowed', async () => {
		const brief = uniqueBrief();
		const { deliveryIds } = await ingestFor(store, world.guild.id, [{ channelId: channel(0) }], brief);
		const stats = await makeWorker().runOnce();
		expect(stats).toMatchObject({ sent: 1, failed: 0, retried: 0 });
		const messages = world.emulator.messages(channel(0));
		expect(messages).toHaveLength(1);
		const [delivery] = await store.db.prepare('SELECT nonce FROM deliveries').all() as Array<{ nonce: string }>;
		expect(messages[0]?.nonce).toBe(delivery?.nonce);
		expect(messages[0]?.allowed_mentions).toEqual({ parse: [] });
		expect(titles(channel(0))).toEqual([brief.title]);
		expect(row(deliveryIds[0]!)).toMatchObject({ status: 'sent', message_id: messages[0]?.id });
		expect(await makeWorker().runOnce()).toMatchObject({ sent: 0 });
	});

	it('does not repost after a restart, even when the process died between sending and recording', async () => {
		await ingestFor(store, world.guild.id, [{ channelId: channel(0) }, { channelId: channel(1) }]);
		const crashing: DeliveryStore = {
			...store.deliveries,
			markSent: vi.fn(async () => {
				throw new Error('process killed before markSent');
			}),
		};
		await makeWorker({ deliveries: crashing }).runOnce();
		expect(world.emulator.messages(channel(0))).toHaveLength(1);
		expect(await store.deliveries.countPending()).toBe(2);

		clock += 60_000;
		const restarted = makeWorker();
		expect(await restarted.runOnce()).toMatchObject({ sent: 2 });
		expect(await restarted.runOnce()).toMatchObject({ sent: 0 });
		expect(world.emulator.messages(channel(0))).toHaveLength(1);
		expect(world.emulator.messages(channel(1))).toHaveLength(1);
		expect(await store.deliveries.countPending()).toBe(0);
	});

	it('delivers everything exactly once and in order through a storm of 429s', async () => {
		const expected = new Map<string, string[]>();
		for (let i = 0; i < 24; i++) {
			const brief = uniqueBrief();
			const target = channel(i % 3);
			await ingestFor(store, world.guild.id, [{ channelId: target }], brief);
			expected.set(target, [...(expected.get(target) ?? []), brief.title]);
		}
		world.emulator.rateLimit(SEND, { count: 15, retryAfterMs: 30 });
		world.emulator.rateLimit(SEND, { count: 2, retryAfterMs: 30, global: true });
		const stats = await makeWorker().runOnce();
		expect(stats.sent).toBe(24);
		for (const [target, wanted] of expected) expect(titles(target)).toEqual(wanted);
		expect(Object.values(world.emulator.stats.rateLimited).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(15);
	});

	it('stays within Discord-like per-channel limits: at most the first 429 of each bucket, nothing lost or doubled', async () => {
		world.emulator.setRateLimits({ messagesPerChannel: { limit: 2, windowMs: 400 } });
		try {
			for (let i = 0; i < 12; i++) await ingestFor(store, world.guild.id, [{ channelId: channel(i % 2) }]);
			expect(await makeWorker().runOnce()).toMatchObject({ sent: 12 });
			for (const index of [0, 1]) {
				const nonces = world.emulator.messages(channel(index)).map((m) => m.nonce);
				expect(new Set(nonces).size).toBe(6);
				expect(nonces).toHaveLength(6);
			}
			for (const count of Object.values(world.emulator.stats.rateLimited)) expect(count).toBeLessThanOrEqual(1);
		} finally {
			world.emulator.setRateLimits({});
		}
	});

	it('retries 5xx faults and network drops, keeping the channel order', async () => {
		const first = uniqueBrief();
		const second = uniqueBrief();
		await ingestFor(store, world.guild.id, [{ channelId: channel(0) }], first);
		await ingestFor(store, world.guild.id, [{ channelId: channel(0) }], second);
		// More failures than discord.js REST retries on its own, so the outbox retry has to step in.
		world.emulator.failNext(SEND, { status: 503, count: 6 });
		const worker = makeWorker();
		const firstPass = await worker.runOnce();
		expect(firstPass).toMatchObject({ sent: 0, retried: 1, deferred: 1 });
		expect(world.emulator.messages(channel(0))).toHaveLength(0);
		clock += 2_000;
		world.emulator.failNext(SEND, { status: 'network', count: 1 });
		expect(await worker.runOnce()).toMatchObject({ sent: 2 });
		expect(titles(channel(0))).toEqual([first.title, second.title]);
	});

	it('gives up on a row after the last attempt and says why', async () => {
		const { deliveryIds } = await ingestFor(store, world.guild.id, [{ channelId: channel(0) }]);
		world.emulator.failNext(SEND, { status: 500, count: 1_000 });
		const worker = makeWorker({ retry: { baseDelayMs: 10, maxDelayMs: 10, maxAttempts: 2 } });
		await worker.runOnce();
		clock += 1_000;
		expect(await worker.runOnce()).toMatchObject({ failed: 1 });
		expect(row(deliveryIds[0]!)).toMatchObject({ status: 'failed', attempts: 2 });
		expect(row(deliveryIds[0]!).last_error).toMatch(/gave up after 2 attempts/);
	});

	it('keeps a brief far over the limits within them, so the emulator accepts it', async () => {
		const huge = 'word '.repeat(5_000);
		const brief = uniqueBrief({
			title: huge,
			summary: [huge, huge],
			quotes: Array.from({ length: 30 }, () => ({ text: huge, start: 0, end: 0, speaker: huge, speakerText: null, speakerEntityId: null, cue: null, key: true })),
			entities: Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, name: `${huge}${i}`, type: 'person' as const, aliases: [], roles: [huge], mentions: [] })),
		});
		await ingestFor(store, world.guild.id, [{ channelId: channel(0) }], brief);
		expect(await makeWorker().runOnce()).toMatchObject({ sent: 1 });
		const [message] = world.emulator.messages(channel(0));
		expectWithinDiscordLimits({ embeds: message?.embeds as APIEmbed[] });
		expect(world.emulator.requests.filter((r) => r.status === 400)).toHaveLength(0);
	});

	it('never pings from article text and mentions exactly the subscribers of the row', async () => {
		const brief = uniqueBrief({ title: '@everyone look', summary: ['@here <@&123456789012345678> ping'] });
		const { deliveryIds } = await ingestFor(store, world.guild.id, [{ channelId: channel(1) }], brief);
		await store.deliveries.addMentions(deliveryIds[0]!, ['500000000000000002']);
		await makeWorker().runOnce();
		const [message] = world.emulator.messages(channel(1));
		expect(message?.allowed_mentions).toEqual({ parse: [], users: ['500000000000000002'] });
		expect(message?.content).toBe('<@500000000000000002>');
		expect(JSON.stringify(message?.embeds)).not.toMatch(/@(everyone|here)|<@&\d/);
	});

	it.each([
		['missing-access', /no access/],
		['unknown-channel', /no longer exists/],
	] as const)('disables the target when Discord answers %s, and admins see why', async (access, reason) => {
		const { target } = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: 'https://feeds.example.org/rss', channelId: channel(2) });
		const { deliveryIds } = await ingestFor(store, world.guild.id, [{ channelId: channel(2), targetId: target.id }]);
		await ingestFor(store, world.guild.id, [{ channelId: channel(2), targetId: target.id }]);
		world.emulator.setChannelAccess(channel(2), access);
		try {
			const stats = await makeWorker({ onPermanentFailure: disableTargetOnFailure(store.feeds) }).runOnce();
			expect(stats).toMatchObject({ sent: 0, retried: 0, failed: 2 });
			expect(row(deliveryIds[0]!).status).toBe('failed');
			const [feed] = await store.feeds.listGuildFeeds(world.guild.id);
			expect(feed?.targets[0]?.disabledReason).toMatch(reason);
		} finally {
			world.emulator.setChannelAccess(channel(2), 'ok');
		}
	});

	it('opens a DM channel for DM rows, and reports users whose DMs are closed', async () => {
		const open = world.emulator.addUser({ username: 'dm-open' });
		const closed = world.emulator.addUser({ username: 'dm-closed', dmsClosed: true });
		const { articleId } = await ingestFor(store, world.guild.id, []);
		await store.deliveries.enqueue({ articleId, guildId: world.guild.id, channelId: 'dm', kind: 'dm', userId: open });
		const closedRow = await store.deliveries.enqueue({ articleId, guildId: world.guild.id, channelId: 'dm', kind: 'dm', userId: closed });
		const onDmClosed = vi.fn(async (_delivery: Delivery, _reason: string) => {});
		const stats = await makeWorker({ onDmClosed }).runOnce();
		expect(stats).toMatchObject({ sent: 1, failed: 1 });
		expect(world.emulator.dms(open)).toHaveLength(1);
		expect(world.emulator.dms(closed)).toHaveLength(0);
		expect(onDmClosed).toHaveBeenCalledTimes(1);
		expect(onDmClosed.mock.calls[0]?.[0].id).toBe(closedRow.id);
		expect(row(closedRow.id).status).toBe('failed');
	});

	it('shares a pass in flight instead of sending the same rows twice at once', async () => {
		for (let i = 0; i < 4; i++) await ingestFor(store, world.guild.id, [{ channelId: channel(0) }]);
		const worker = makeWorker();
		const [a, b] = await Promise.all([worker.runOnce(), worker.runOnce()]);
		expect(a).toBe(b);
		expect(world.emulator.requests.filter((r) => r.method === 'POST' && r.route === '/channels/:id/messages')).toHaveLength(4);
	});

	it('drains continuously once started and stops cleanly', async () => {
		const worker = makeWorker({ idleMs: 20 });
		worker.start();
		for (let i = 0; i < 5; i++) await ingestFor(store, world.guild.id, [{ channelId: channel(i % 2) }]);
		worker.wake();
		await world.emulator.waitFor(() => world.emulator.messages(channel(0)).length + world.emulator.messages(channel(1)).length === 5, 10_000, 'five messages');
		await worker.stop();
		expect(await store.deliveries.countPending()).toBe(0);
	});
});
