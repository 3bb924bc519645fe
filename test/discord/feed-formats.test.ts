/**
 * Formats and pings end to end: set with /feed format and /feed ping through the emulator, then delivered by the
 * real delivery worker through discord.js to the emulator, which computes who the message pings as Discord does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import feedCommand from '../../commands/feed.js';
import { createDeliveryWorker } from '../../src/discord/delivery-worker.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { silentLogger } from '../../src/shared/logger.js';
import { contextOver, openTestStore, startBotWorld, uniqueBrief, type BotWorld, type TestStore, adminFeed } from './helpers/bot-world.js';

const MEMBER = '500000000000000003';
const URL_A = 'https://feeds.example.org/world.xml';

let world: BotWorld;
let store: TestStore;

beforeAll(async () => {
	world = await startBotWorld();
	const ctx = contextOver(() => store, {
		services: {
			checkFeed: async () => ({ status: 'error' as const, code: 'internal' as const }),
			previewFeed: async () => ({ status: 'error' as const, code: 'internal' as const }),
			briefUrl: async () => ({ status: 'error' as const, code: 'internal' as const }),
			subscriptionsChanged: async () => {},
		},
	});
	attachInteractionRouter(world.client, [feedCommand], ctx);
});
afterAll(async () => {
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	store = openTestStore();
});

const channelId = () => world.guild.channels[0]!.id;

const feed = (sub: string, options: Array<Record<string, unknown>> = [], extra: Record<string, unknown> = {}) => adminFeed(world, sub, options, extra);

async function deliverOne(brief = uniqueBrief(), locale: string | null = null) {
	const added = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: URL_A, channelId: channelId(), locale });
	await store.articles.ingest({ brief, feedId: added.feed.id, itemKey: brief.url, targets: [{ guildId: world.guild.id, channelId: channelId(), targetId: added.target.id }] });
	const worker = createDeliveryWorker({
		deliveries: store.deliveries,
		articles: store.articles,
		client: world.client,
		logger: silentLogger,
		targetSettings: async (id) => (await store.feeds.getTarget(id))?.settings,
	});
	expect(await worker.runOnce()).toMatchObject({ sent: 1 });
	return world.emulator.messages(channelId()).at(-1)!;
}

async function followed(): Promise<number> {
	return (await store.feeds.addFeedTarget({ guildId: world.guild.id, url: URL_A, channelId: channelId(), locale: 'fr' })).feed.id;
}

describe('/feed format', () => {
	it('posts the compact format: title, link, first summary sentence, top quote, labels in the guild language', async () => {
		const id = await followed();
		const res = await feed('format', [{ name: 'feed', type: 3, value: String(id) }, { name: 'format', type: 3, value: 'compact' }], { locale: 'fr' });
		expect(res.data?.content).toBe(`**${URL_A}** est désormais publié au format **compact**.`);
		const brief = uniqueBrief();
		const message = await deliverOne(brief);
		const embed = (message.embeds as APIEmbed[])[0]!;
		expect(embed.title).toBe(brief.title);
		expect(embed.url).toBe(brief.url);
		expect(embed.description).toBe(brief.summary[0]);
		// An English article in a French server: French label, English quotation marks.
		expect(embed.fields).toEqual([{ name: 'Citations clés', value: '“This terminal will serve the region for fifty years” — **Maria Lindqvist**' }]);
	});

	it('posts only the headline, and the full brief with the guild labels', async () => {
		const id = await followed();
		await feed('format', [{ name: 'feed', type: 3, value: String(id) }, { name: 'format', type: 3, value: 'headline' }]);
		const headline = (await deliverOne(uniqueBrief())).embeds as APIEmbed[];
		expect(headline[0]?.description).toBeUndefined();
		expect(headline[0]?.fields).toBeUndefined();
		await feed('format', [{ name: 'feed', type: 3, value: String(id) }, { name: 'format', type: 3, value: 'full' }]);
		const full = (await deliverOne(uniqueBrief())).embeds as APIEmbed[];
		expect(full[0]?.fields?.map((f) => f.name)).toEqual(['Citations clés', 'Personnes', 'Entreprises']);
		expect(full[0]?.footer?.text).toMatch(/^Anglais/);
	});
});

describe('/feed ping', () => {
	it('pings exactly the roles and members asked for, a role only when its filter matches, never @everyone', async () => {
		const id = await followed();
		const news = world.emulator.addRole(world.guild.id, 'news');
		const everyoneNamed = world.emulator.addRole(world.guild.id, 'everyone');
		const added = await feed('ping', [{ name: 'feed', type: 3, value: String(id) }, { name: 'role', type: 8, value: news }, { name: 'filter', type: 3, value: 'ferry' }]);
		expect(added.data?.content).toBe(`<@&${news}> will be mentioned for items of **${URL_A}** that match \`ferry\`.`);
		expect(added.data?.allowed_mentions).toEqual({ parse: [] });
		await feed('ping', [{ name: 'feed', type: 3, value: String(id) }, { name: 'role', type: 8, value: everyoneNamed }]);
		await feed('ping', [{ name: 'feed', type: 3, value: String(id) }, { name: 'member', type: 6, value: MEMBER }]);
		const refused = await feed('ping', [{ name: 'feed', type: 3, value: String(id) }, { name: 'role', type: 8, value: world.guild.id }], { locale: 'fr' });
		expect(refused.data?.content).toBe('Le rôle @everyone ne peut pas être mentionné par un flux.');

		const ferry = await deliverOne(uniqueBrief({ title: 'The ferry terminal opens' }));
		expect(ferry.content).toBe(`<@&${news}> <@&${everyoneNamed}> <@${MEMBER}>`);
		expect(ferry.allowed_mentions).toEqual({ parse: [], roles: [news, everyoneNamed], users: [MEMBER] });
		expect(ferry.mention_roles).toEqual([news, everyoneNamed]);
		expect(ferry.mention_everyone).toBe(false);

		const other = await deliverOne(uniqueBrief({ title: 'Budget vote tonight', summary: ['The council votes.'], text: 'The council votes.' }));
		expect(other.mention_roles).toEqual([everyoneNamed]);

		const removed = await feed('ping', [{ name: 'feed', type: 3, value: String(id) }, { name: 'role', type: 8, value: everyoneNamed }, { name: 'remove', type: 5, value: true }]);
		expect(removed.data?.content).toMatch(/will no longer be mentioned/);
		expect((await store.feeds.getTarget((await store.feeds.targetsForFeed(id))[0]!.id))?.settings?.pings.map((p) => p.id)).toEqual([news, MEMBER]);
	});
});

describe('threads as targets', () => {
	it('moves a feed into a thread, and the worker posts there', async () => {
		const id = await followed();
		const thread = world.emulator.addChannel(world.guild.id, { name: 'feed-thread', type: 11 });
		const res = await feed('move', [{ name: 'feed', type: 3, value: String(id) }, { name: 'channel', type: 7, value: thread }]);
		expect(res.data?.content).toBe(`**${URL_A}** now posts in <#${thread}>.`);
		const target = (await store.feeds.targetsForFeed(id))[0]!;
		expect(target.channelId).toBe(thread);
		expect(await store.feeds.targetRoutes(world.guild.id)).toEqual([{ targetId: target.id, kind: 'thread', webhook: null }]);
		const brief = uniqueBrief();
		await store.articles.ingest({ brief, feedId: id, itemKey: 'x', targets: [{ guildId: world.guild.id, channelId: thread, targetId: target.id }] });
		const worker = createDeliveryWorker({ deliveries: store.deliveries, articles: store.articles, client: world.client, logger: silentLogger });
		expect(await worker.runOnce()).toMatchObject({ sent: 1 });
		expect(world.emulator.messages(thread).map((m) => (m.embeds as APIEmbed[])[0]?.title)).toEqual([brief.title]);
		expect(feedCommand.data.options?.find((o) => o.name === 'move')).toMatchObject({ options: [{}, { channel_types: [0, 5, 15, 11, 12, 10] }] });
	});
});
