/**
 * Subscription delivery end to end, wired as src/app wires it: the pipeline's subscriber notifier (matcher and
 * planner) over a real SQLite store, the bot's delivery worker with `handleDmClosed` as its `onDmClosed`, and
 * `flushDigests` with the Discord digest sender, all through the real discord.js client to the emulator.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import type { Brief } from '../../src/briefs/types.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../../src/discord/client.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/discord/delivery-worker.js';
import { createDigestSender } from '../../src/discord/subscriptions/send-digest.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import type { Subscription } from '../../src/store/types.js';
import { createSubscriberNotifier, type SubscriberNotifier } from '../../src/pipeline/notify-subscribers.js';
import type { FeedTarget } from '../../src/store/types.js';
import { flushDigests } from '../../src/subscriptions/flush-digests.js';
import { DM_CLOSED_REASON, handleDmClosed } from '../../src/subscriptions/handle-dm-closed.js';
import { planNotifications } from '../../src/subscriptions/plan-notifications.js';
import { startDiscordEmulator, type AddedGuild, type DiscordEmulator } from '../emulator/index.js';
import { batteryPlant, councilMeeting, grevesFr, usineFr } from '../fixtures/subscriptions/briefs.js';

const [DM_USER, HERE_USER, ELSEWHERE_USER, BOTH_USER, CLOSED_USER, CLOSED_NO_CHANNEL] = [
	'700000000000000001',
	'700000000000000002',
	'700000000000000003',
	'700000000000000004',
	'700000000000000005',
	'700000000000000006',
];

let emulator: DiscordEmulator;
let client: Client;
let guild: AddedGuild;
let store: ReturnType<typeof createSqliteStore>;
let notifier: SubscriberNotifier;
let target: FeedTarget;
let worker: DeliveryWorker;
let briefsChannel: string;
let talkChannel: string;
let clock = Date.parse('2026-11-26T12:00:00Z');

beforeAll(async () => {
	emulator = await startDiscordEmulator();
	guild = emulator.addGuild({ name: 'Newsroom', channels: [{ name: 'briefs' }, { name: 'talk' }] });
	briefsChannel = guild.channels[0]?.id ?? '';
	talkChannel = guild.channels[1]?.id ?? '';
	for (const id of [DM_USER, HERE_USER, ELSEWHERE_USER, BOTH_USER, CLOSED_USER, CLOSED_NO_CHANNEL]) emulator.addUser({ id });
	client = createDiscordClient({
		token: emulator.token,
		apiBase: emulator.apiBase,
		logger: silentLogger,
		buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
	});
	await loginDiscordClient(client, 15_000);
}, 30_000);

afterAll(async () => {
	await destroyDiscordClient(client);
	await emulator.close();
});

beforeEach(async () => {
	emulator.reset();
	store = createSqliteStore(':memory:', { now: () => clock });
	notifier = createSubscriberNotifier({
		subscriptions: store.subscriptions,
		deliveries: store.deliveries,
		logger: silentLogger,
		now: () => clock,
		ratePerHour: 2,
	});
	worker = createDeliveryWorker({
		deliveries: store.deliveries,
		articles: store.articles,
		client,
		logger: silentLogger,
		now: () => clock,
		onDmClosed: async (delivery) => {
			await handleDmClosed({ delivery, subscriptions: store.subscriptions, deliveries: store.deliveries, now: clock });
			await notifier.rebuild();
		},
	});
	({ target } = await store.feeds.addFeedTarget({ guildId: guild.id, url: 'https://news.example.org/feed.xml', channelId: briefsChannel }));
});

afterEach(async () => {
	await store.close();
});

async function follow(userId: string, query: string, delivery: Subscription['delivery'], channelId: string | null = briefsChannel): Promise<Subscription> {
	return store.subscriptions.add({ guildId: guild.id, userId, topic: { kind: 'keywords', query, label: query }, delivery, channelId });
}

async function publish(brief: Brief): Promise<number> {
	clock += 60_000;
	const targets = [{ guildId: guild.id, channelId: briefsChannel, targetId: target.id }];
	const result = await store.articles.ingest({ brief, feedId: target.feedId, itemKey: brief.url, targets });
	await notifier.onIngested({ brief, result, targets: [target] });
	return result.articleId;
}

function sendDigests() {
	return flushDigests({ subscriptions: store.subscriptions, articles: store.articles, deliveries: store.deliveries, send: createDigestSender(client), now: clock });
}

async function drain(): Promise<void> {
	for (let pass = 0; pass < 5 && (await store.deliveries.countPending()) > 0; pass++) await worker.runOnce();
}

type Message = { content?: string; embeds?: Array<{ title?: string }>; allowed_mentions?: { users?: string[] } };

describe('subscription delivery', () => {
	it('sends DMs and mentions exactly once per user and article, even when several topics match', async () => {
		await follow(DM_USER, 'Voltaris', 'dm');
		await follow(DM_USER, '"battery plant"', 'dm');
		await follow(HERE_USER, 'Nevada', 'here');
		await follow(ELSEWHERE_USER, 'Okafor', 'here', talkChannel);
		await follow(BOTH_USER, 'Voltaris', 'here');
		await follow(BOTH_USER, 'Reno', 'dm');
		await follow(CLOSED_USER, 'SNCF', 'dm');
		await notifier.rebuild();

		const articleId = await publish(batteryPlant);
		// A retry of the same step (say, after a crash) notifies nobody a second time.
		const result = { articleId, storyId: articleId, duplicateOf: null, alreadyIngested: false, deliveryIds: [] };
		await notifier.onIngested({ brief: batteryPlant, result, targets: [target] });
		await drain();

		const posts = emulator.messages(briefsChannel) as Message[];
		expect(posts).toHaveLength(1);
		expect(posts[0]?.allowed_mentions?.users).toEqual([HERE_USER]);
		expect(posts[0]?.content).toContain(`<@${HERE_USER}>`);
		const elsewhere = emulator.messages(talkChannel) as Message[];
		expect(elsewhere).toHaveLength(1);
		expect(elsewhere[0]?.allowed_mentions?.users).toEqual([ELSEWHERE_USER]);
		expect(emulator.dms(DM_USER)).toHaveLength(1);
		expect(emulator.dms(BOTH_USER)).toHaveLength(1);
		expect((emulator.dms(DM_USER)[0] as Message).embeds?.[0]?.title).toContain('Voltaris picks Nevada');
		expect(emulator.dms(CLOSED_USER)).toHaveLength(0);
	});

	it('matches nothing in another guild and nothing the topic excludes', async () => {
		await store.subscriptions.add({ guildId: 'another-guild', userId: DM_USER, topic: { kind: 'keywords', query: 'Voltaris', label: 'Voltaris' }, delivery: 'dm', channelId: null });
		await follow(HERE_USER, 'Voltaris -Nevada', 'here');
		await notifier.rebuild();
		await publish(batteryPlant);
		await drain();
		expect(emulator.dms(DM_USER)).toHaveLength(0);
		expect((emulator.messages(briefsChannel)[0] as Message).allowed_mentions?.users ?? []).toEqual([]);
	});

	it('collects matches beyond the hourly limit into one digest DM', async () => {
		await follow(DM_USER, 'Voltaris, SNCF, budget', 'dm');
		await notifier.rebuild();
		for (const brief of [batteryPlant, usineFr, grevesFr, councilMeeting]) await publish(brief);
		await drain();
		expect(emulator.dms(DM_USER)).toHaveLength(2);

		const flushed = await sendDigests();
		expect(flushed).toEqual({ sent: 1, dmClosed: 0 });
		const dms = emulator.dms(DM_USER) as Message[];
		expect(dms).toHaveLength(3);
		expect(dms[2]?.content).toContain(grevesFr.title.replace(':', '\\:').slice(0, 10));
		expect(dms[2]?.content).toContain('budget');
		expect(await sendDigests()).toEqual({ sent: 0, dmClosed: 0 });

		// An hour later the limit has room again.
		clock += 3_600_000;
		await publish({ ...batteryPlant, url: 'https://www.desert-ledger.example/business/voltaris-follow-up', title: 'Voltaris follow-up', minhash: [] });
		await drain();
		expect(emulator.dms(DM_USER)).toHaveLength(4);
	});

	it('falls back to a mention when DMs are closed, or pauses the topic when there is no channel', async () => {
		emulator.setDmsClosed(CLOSED_USER);
		emulator.setDmsClosed(CLOSED_NO_CHANNEL);
		await follow(CLOSED_USER, 'Voltaris', 'dm', talkChannel);
		await follow(CLOSED_NO_CHANNEL, 'Voltaris', 'dm', null);
		await notifier.rebuild();
		await publish(batteryPlant);
		await drain();

		const [fallback] = await store.subscriptions.listForUser(guild.id, CLOSED_USER);
		expect(fallback?.delivery).toBe('here');
		// The article whose DM failed is posted in the subscription's channel with the mention.
		const inTalk = emulator.messages(talkChannel) as Message[];
		expect(inTalk).toHaveLength(1);
		expect(inTalk[0]?.allowed_mentions?.users).toEqual([CLOSED_USER]);
		const [paused] = await store.subscriptions.listForUser(guild.id, CLOSED_NO_CHANNEL);
		expect(paused?.paused).toBe(DM_CLOSED_REASON);

		// The next article reaches the fallen-back user by mention only, and the paused one not at all.
		await publish(usineFr);
		await drain();
		const latest = (emulator.messages(talkChannel) as Message[]).at(-1);
		expect(latest?.allowed_mentions?.users).toEqual([CLOSED_USER]);
		expect(emulator.messages(talkChannel)).toHaveLength(2);
		expect(emulator.dms(CLOSED_NO_CHANNEL)).toHaveLength(0);
		expect(emulator.dms(CLOSED_USER)).toHaveLength(0);
	});

	it('reports a digest to a user whose DMs closed meanwhile and moves their topic to mentions', async () => {
		await follow(DM_USER, 'Voltaris, SNCF, budget', 'dm');
		await notifier.rebuild();
		for (const brief of [batteryPlant, usineFr, grevesFr]) await publish(brief);
		await drain();
		emulator.setDmsClosed(DM_USER);
		expect(await sendDigests()).toEqual({ sent: 0, dmClosed: 1 });
		const [subscription] = await store.subscriptions.listForUser(guild.id, DM_USER);
		expect(subscription?.delivery).toBe('here');
		emulator.setDmsClosed(DM_USER, false);
	});

	it('puts the fallback mention on the article’s post when that post has not gone out yet', async () => {
		const subscription = await follow(CLOSED_USER, 'Voltaris', 'dm');
		const { articleId, deliveryIds } = await store.articles.ingest({
			brief: batteryPlant,
			feedId: null,
			itemKey: null,
			targets: [{ guildId: guild.id, channelId: briefsChannel, targetId: null }],
		});
		const result = await handleDmClosed({
			delivery: { guildId: guild.id, userId: CLOSED_USER, articleId },
			subscriptions: store.subscriptions,
			deliveries: store.deliveries,
			now: clock,
		});
		expect(result.fellBack.map((f) => [f.subscription.id, f.deliveryId])).toEqual([[subscription.id, deliveryIds[0]]]);
		const [post] = await store.deliveries.listForArticle(articleId);
		expect(post?.mentionUserIds).toEqual([CLOSED_USER]);
	});

	it('says which mentions missed a post that had already gone out, rather than posting the story twice', async () => {
		const subscription = await follow(HERE_USER, 'Voltaris', 'here');
		const { articleId, deliveryIds } = await store.articles.ingest({
			brief: batteryPlant,
			feedId: null,
			itemKey: null,
			targets: [{ guildId: guild.id, channelId: briefsChannel, targetId: null }],
		});
		await store.deliveries.markSent(deliveryIds[0] ?? 0, '1', clock);
		const plan = await planNotifications({
			brief: batteryPlant,
			articleId,
			guildId: guild.id,
			channelDeliveries: await store.deliveries.listForArticle(articleId),
			matches: [subscription],
			subscriptions: store.subscriptions,
			deliveries: store.deliveries,
			now: clock,
		});
		expect(plan.missed).toEqual([HERE_USER]);
		expect(plan.mentions).toEqual([]);
		expect(await store.deliveries.listForArticle(articleId)).toHaveLength(1);
	});
});
