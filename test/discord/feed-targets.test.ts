/**
 * Forum and webhook targets end to end (#18): set with /feed add and /feed webhook through the emulator, delivered by
 * the real delivery worker through discord.js, in English and French. A forum gets one post per article with the
 * matching tags; a webhook posts under the source's name, its token never reaches a log line, a reply or the
 * export; a deleted webhook falls back to the bot; and a crash between Discord's answer and the outbox write never
 * posts twice.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import feedCommand from '../../commands/feed.js';
import type { CommandContext } from '../../commands/index.js';
import { DEFAULT_BOT_PERMISSIONS } from '../emulator/index.js';
import { createDeliveryWorker, markWebhookGone } from '../../src/discord/delivery-worker.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { createLogger } from '../../src/shared/logger.js';
import type { DeliveryStore } from '../../src/store/types.js';
import { contextOver, openTestStore, startBotWorld, uniqueBrief, type BotWorld, type TestStore, adminFeed } from './helpers/bot-world.js';

const URL_A = 'https://feeds.example.org/world.xml';
const MANAGE_WEBHOOKS = 1n << 29n;

let world: BotWorld;
let store: TestStore;
let forumId: string;
let logLines: string[] = [];
/** The icon the feed names, as checkFeed reads it. */
let feedIcon: string | null = null;

beforeAll(async () => {
	world = await startBotWorld();
	forumId = world.emulator.addForum(world.guild.id, { name: 'news-forum', tags: ['economie', 'POLITIQUE', 'Culture', { name: 'Sport', moderated: true }] });
	const ctx: CommandContext = contextOver(() => store, {
		services: {
			checkFeed: async (url) => ({ status: 'ok' as const, title: 'World News', itemCount: 3, finalUrl: url, iconUrl: feedIcon }),
			previewFeed: async () => ({ status: 'error' as const, code: 'internal' }),
			briefUrl: async () => ({ status: 'error' as const, code: 'internal' }),
			subscriptionsChanged: async () => {},
		},
	});
	// The commands log through the same capture as the worker: the token must appear in neither.
	ctx.logger = capturingLogger();
	attachInteractionRouter(world.client, [feedCommand], ctx);
});
afterAll(async () => {
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	world.emulator.setBotPermissions(world.guild.id, DEFAULT_BOT_PERMISSIONS);
	store = openTestStore();
	logLines = [];
	feedIcon = null;
});

const channelId = () => world.guild.channels[0]!.id;
const str = (name: string, value: string) => ({ name, type: 3, value });

const feed = (sub: string, options: Array<Record<string, unknown>> = [], extra: Record<string, unknown> = {}) => adminFeed(world, sub, options, extra);

/** A JSON logger at debug level whose every line the test keeps, to look for the token. */
function capturingLogger() {
	const stream = new Writable({
		write(chunk, _encoding, done) {
			logLines.push(String(chunk));
			done();
		},
	});
	return createLogger('debug', { stream, format: 'json' });
}

function worker(deliveries: DeliveryStore = store.deliveries) {
	return createDeliveryWorker({
		deliveries,
		articles: store.articles,
		client: world.client,
		logger: capturingLogger(),
		targetSettings: async (id) => (await store.feeds.getTarget(id))?.settings,
		targetRoute: (id) => store.feeds.deliveryRoute(id),
		onWebhookGone: markWebhookGone(store.feeds),
	});
}

/** The outbox rows of the guild's feed A for one brief each. */
async function ingest(titles: Array<{ title?: string; topics?: string[]; url?: string }>) {
	const [f] = await store.feeds.listGuildFeeds(world.guild.id);
	const target = f!.targets[0]!;
	for (const t of titles) {
		const brief = uniqueBrief({ ...(t.title ? { title: t.title } : {}), ...(t.url ? { url: t.url } : {}), topics: t.topics ?? [] });
		await store.articles.ingest({ brief, feedId: f!.id, itemKey: brief.url, targets: [{ guildId: world.guild.id, channelId: target.channelId, targetId: target.id }] });
	}
	return f!;
}

/** The deliveries whose markSent fails once: Discord has the message, the outbox does not know (a crash). */
function crashingOnce(): DeliveryStore {
	let crashed = false;
	return Object.assign(Object.create(store.deliveries) as DeliveryStore, {
		pending: store.deliveries.pending.bind(store.deliveries),
		markRetry: store.deliveries.markRetry.bind(store.deliveries),
		markFailed: store.deliveries.markFailed.bind(store.deliveries),
		async markSent(...args: Parameters<DeliveryStore['markSent']>) {
			if (!crashed) {
				crashed = true;
				throw new Error('process killed before the outbox write');
			}
			return store.deliveries.markSent(...args);
		},
	});
}

describe('forum targets', () => {
	it('adds a forum in French and English, and /feed list says so', async () => {
		const fr = await feed('add', [str('url', URL_A), { name: 'channel', type: 7, value: forumId }], { locale: 'fr' });
		expect(fr.ephemeral).toBe(true);
		expect((await fr.settled())?.content).toContain(`<#${forumId}>`);
		const [route] = await store.feeds.targetRoutes(world.guild.id);
		expect(route?.kind).toBe('forum');
		const en = await feed('list', []);
		expect((en.data?.embeds as APIEmbed[])[0]?.description).toContain(`<#${forumId}> (forum, one post per article)`);
		const frList = await feed('list', [], { locale: 'fr' });
		expect((frList.data?.embeds as APIEmbed[])[0]?.description).toContain(`<#${forumId}> (forum, un post par article)`);
	});

	it('posts each article as its own post, named after the brief, tagged with the matching tags (never moderated ones)', async () => {
		await (await feed('add', [str('url', URL_A), { name: 'channel', type: 7, value: forumId }])).settled();
		const long = `A very long headline ${'about the harbour works '.repeat(8)}`;
		await ingest([{ title: 'Budget vote in the city council', topics: ['Économie', 'politique', 'Sport', 'weather'] }, { title: long }]);
		expect(await worker().runOnce()).toMatchObject({ sent: 2, failed: 0 });
		const posts = world.emulator.threads(forumId);
		expect(posts).toHaveLength(2);
		const tags = world.emulator.forumTags(forumId);
		const id = (name: string) => tags.find((t) => t.name === name)!.id;
		expect(posts[0]).toMatchObject({ name: 'Budget vote in the city council', parent_id: forumId, applied_tags: [id('economie'), id('POLITIQUE')] });
		expect(String(posts[1]!.name).length).toBeLessThanOrEqual(100);
		expect(String(posts[1]!.name).length).toBeGreaterThan(90);
		expect(String(posts[1]!.name).endsWith('…')).toBe(true);
		expect(String(posts[1]!.name).startsWith('A very long headline about the harbour works')).toBe(true);
		// The starter message is the brief, explicit about mentions; the forum itself holds no message.
		const starter = world.emulator.messages(String(posts[0]!.id))[0]!;
		expect((starter.embeds as APIEmbed[])[0]?.title).toBe('Budget vote in the city council');
		expect(starter.allowed_mentions).toBeTruthy();
		expect(world.emulator.messages(forumId)).toEqual([]);
		expect(await store.deliveries.countPending()).toBe(0);
	});

	it('never opens the same post twice after a crash between Discord and the outbox', async () => {
		await (await feed('add', [str('url', URL_A), { name: 'channel', type: 7, value: forumId }])).settled();
		await ingest([{ title: 'Ferry strike ends', url: 'https://news.example.org/ferry-strike' }]);
		expect(await worker(crashingOnce()).runOnce()).toMatchObject({ sent: 0, retried: 1 });
		expect(world.emulator.threads(forumId)).toHaveLength(1);
		// The next process takes the row up again (made due now): it was tried, so the forum is searched first.
		const [row] = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 10);
		await store.deliveries.markRetry(row!.id, 'crashed', 0);
		expect(await worker().runOnce()).toMatchObject({ sent: 1, failed: 0 });
		const posts = world.emulator.threads(forumId);
		expect(posts).toHaveLength(1);
		expect(world.emulator.requests.some((r) => r.method === 'GET' && r.route === '/guilds/:guild/threads/active')).toBe(true);
		expect((await store.deliveries.listForArticle(row!.articleId))[0]).toMatchObject({ status: 'sent', messageId: posts[0]!.id });
		// /feed why links to the post itself: its thread, whose starter message has the same id.
		const why = await feed('why', [str('url', 'https://news.example.org/ferry-strike')]);
		const thread = String(posts[0]!.id);
		expect((why.data?.embeds as APIEmbed[])[0]?.description).toContain(`Posted in <#${forumId}>: https://discord.com/channels/${world.guild.id}/${thread}/${thread}`);
	});
});

describe('webhook targets', () => {
	const token = () => world.emulator.webhooks(channelId())[0]?.token ?? 'no-webhook-yet';
	const webhookPosts = () => world.emulator.requests.filter((r) => r.method === 'POST' && r.route === '/webhooks/:app/:token');

	async function followWithWebhook(): Promise<number> {
		await (await feed('add', [str('url', URL_A)])).settled();
		const [f] = await store.feeds.listGuildFeeds(world.guild.id);
		await feed('rename', [str('feed', String(f!.id)), str('name', 'World Desk')]);
		world.emulator.setBotPermissions(world.guild.id, BigInt(DEFAULT_BOT_PERMISSIONS) | MANAGE_WEBHOOKS);
		const res = await (await feed('webhook', [str('feed', String(f!.id)), { name: 'enabled', type: 5, value: true }])).settled();
		expect(res?.content).toBe(`Items of **World Desk** are now posted in <#${channelId()}> through a webhook, under the source’s name.`);
		return f!.id;
	}

	it('says in English and French that Manage Webhooks is needed, and creates nothing', async () => {
		await (await feed('add', [str('url', URL_A)])).settled();
		const [f] = await store.feeds.listGuildFeeds(world.guild.id);
		const en = await feed('webhook', [str('feed', String(f!.id)), { name: 'enabled', type: 5, value: true }]);
		expect(en).toMatchObject({ ephemeral: true });
		expect((await en.settled())?.content).toBe(`I need the **Manage Webhooks** permission in <#${channelId()}> to post through a webhook there.`);
		const fr = await feed('webhook', [str('feed', String(f!.id)), { name: 'enabled', type: 5, value: true }], { locale: 'fr' });
		expect((await fr.settled())?.content).toBe(`Il me faut la permission **Gérer les webhooks** dans <#${channelId()}> pour y publier via un webhook.`);
		expect(world.emulator.webhooks(channelId())).toEqual([]);
		expect((await store.feeds.targetRoutes(world.guild.id))[0]?.webhook).toBeNull();
	});

	it('posts through the webhook under the source name, mentions explicit, and the token is in no log, reply, list or export', async () => {
		const id = await followWithWebhook();
		expect(world.emulator.webhooks(channelId())).toHaveLength(1);
		await ingest([{ title: 'Harbour reopens' }]);
		expect(await worker().runOnce()).toMatchObject({ sent: 1 });
		const [message] = world.emulator.messages(channelId());
		const hook = world.emulator.webhooks(channelId())[0]!;
		expect(message).toMatchObject({ webhook_id: hook.id, author: { id: hook.id, username: 'World Desk' } });
		expect((message!.embeds as APIEmbed[])[0]?.title).toBe('Harbour reopens');
		const [post] = webhookPosts();
		expect(post?.query).toEqual({ wait: 'true' });
		expect(post?.body).toMatchObject({ username: 'World Desk', allowed_mentions: { parse: [] } });
		expect(post?.body).not.toHaveProperty('avatar_url');
		const list = await feed('list', []);
		expect((list.data?.embeds as APIEmbed[])[0]?.description).toContain(`<#${channelId()}> (webhook)`);
		const exported = await feed('export', []);
		const [attachment] = exported.original()?.attachments as Array<{ url: string }>;
		const opml = await (await fetch(attachment!.url)).text();
		expect(opml).toContain(URL_A);
		const replies = world.emulator.requests.filter((r) => r.route?.startsWith('/interactions/') || r.route?.startsWith('/webhooks/:app/:token/messages'));
		expect(logLines.length).toBeGreaterThan(0);
		for (const text of [opml, JSON.stringify(replies.map((r) => r.body)), JSON.stringify(list.data), ...logLines]) expect(text).not.toContain(hook.token);
		expect(id).toBeGreaterThan(0);
	});

	it('sends the icon the feed names as the avatar', async () => {
		feedIcon = 'https://feeds.example.org/icon.png';
		await followWithWebhook();
		await ingest([{}]);
		await worker().runOnce();
		expect(webhookPosts()[0]?.body).toMatchObject({ avatar_url: 'https://feeds.example.org/icon.png' });
		expect(world.emulator.messages(channelId())[0]).toMatchObject({ avatar_url: 'https://feeds.example.org/icon.png' });
	});

	it('falls back to the bot when the webhook was deleted, marks it gone, and never logs the token', async () => {
		await followWithWebhook();
		const hook = world.emulator.webhooks(channelId())[0]!;
		world.emulator.deleteWebhook(hook.id);
		await ingest([{ title: 'First after the deletion' }, { title: 'Second after the deletion' }]);
		expect(await worker().runOnce()).toMatchObject({ sent: 2, failed: 0, retried: 0 });
		const messages = world.emulator.messages(channelId());
		expect(messages.map((m) => (m.author as { id: string }).id)).toEqual([world.emulator.botUserId, world.emulator.botUserId]);
		// Only the first row tried the webhook: the second knew it was gone.
		expect(webhookPosts()).toHaveLength(1);
		expect(webhookPosts()[0]?.status).toBe(404);
		expect((await store.feeds.targetRoutes(world.guild.id))[0]?.webhook).toBe('gone');
		const fr = await feed('list', [], { locale: 'fr' });
		expect((fr.data?.embeds as APIEmbed[])[0]?.description).toContain(`<#${channelId()}> (webhook supprimé, publié par le bot)`);
		expect(logLines.some((l) => l.includes('webhook is gone') || l.includes('webhook’s') || l.includes('webhook'))).toBe(true);
		for (const line of logLines) expect(line).not.toContain(hook.token);
	});

	it('never posts twice through the webhook after a crash between Discord and the outbox', async () => {
		await followWithWebhook();
		await ingest([{ title: 'Tram line extended' }]);
		expect(await worker(crashingOnce()).runOnce()).toMatchObject({ sent: 0, retried: 1 });
		const [row] = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 10);
		await store.deliveries.markRetry(row!.id, 'crashed', 0);
		expect(await worker().runOnce()).toMatchObject({ sent: 1 });
		const messages = world.emulator.messages(channelId());
		expect(messages).toHaveLength(1);
		expect((await store.deliveries.listForArticle(row!.articleId))[0]).toMatchObject({ status: 'sent', messageId: messages[0]!.id });
	});

	it('turns the webhook off (deleted in Discord), and refuses webhooks for threads', async () => {
		const id = await followWithWebhook();
		const off = await feed('webhook', [str('feed', String(id)), { name: 'enabled', type: 5, value: false }], { locale: 'fr' });
		expect(off.data?.content).toBe(`Les articles de **World Desk** sont de nouveau publiés par le bot dans <#${channelId()}>.`);
		expect(world.emulator.webhooks(channelId())).toEqual([]);
		expect((await store.feeds.targetRoutes(world.guild.id))[0]?.webhook).toBeNull();
		const thread = world.emulator.addChannel(world.guild.id, { name: 'a-thread', type: 11 });
		await feed('move', [str('feed', String(id)), { name: 'channel', type: 7, value: thread }]);
		const refused = await feed('webhook', [str('feed', String(id)), { name: 'enabled', type: 5, value: true }]);
		expect((await refused.settled())?.content).toBe(`Webhooks are for channels and forums: <#${thread}> is a thread, where **World Desk** is posted by the bot.`);
		expect(token()).toBe('no-webhook-yet');
	});

	it('deletes the webhook when the feed is removed', async () => {
		const id = await followWithWebhook();
		const removed = await feed('remove', [str('feed', String(id))]);
		expect(removed.data?.content).toMatch(/World Desk|world\.xml/);
		expect(world.emulator.webhooks(channelId())).toEqual([]);
		expect(await store.feeds.targetRoutes(world.guild.id)).toEqual([]);
	});

	it('deletes the webhook and says so when the feed moves to another channel', async () => {
		const id = await followWithWebhook();
		const other = world.guild.channels[1]!.id;
		const moved = await feed('move', [str('feed', String(id)), { name: 'channel', type: 7, value: other }]);
		expect(moved.data?.content).toContain('run `/feed webhook` again');
		expect(world.emulator.webhooks(channelId())).toEqual([]);
		expect(await store.feeds.targetRoutes(world.guild.id)).toEqual([expect.objectContaining({ kind: 'channel', webhook: null })]);
	});
});

describe('forum targets through a webhook', () => {
	async function forumWithWebhook(): Promise<string> {
		await (await feed('add', [str('url', URL_A), { name: 'channel', type: 7, value: forumId }])).settled();
		const [f] = await store.feeds.listGuildFeeds(world.guild.id);
		await feed('rename', [str('feed', String(f!.id)), str('name', 'World Desk')]);
		world.emulator.setBotPermissions(world.guild.id, BigInt(DEFAULT_BOT_PERMISSIONS) | MANAGE_WEBHOOKS);
		feedIcon = 'https://feeds.example.org/icon.png';
		const res = await (await feed('webhook', [str('feed', String(f!.id)), { name: 'enabled', type: 5, value: true }])).settled();
		expect(res?.content).toContain('through a webhook');
		return world.emulator.webhooks(forumId)[0]!.id;
	}

	it('opens each post as the webhook, under the source name and icon, with the matching tags', async () => {
		const hookId = await forumWithWebhook();
		await ingest([{ title: 'Budget vote', topics: ['economie'] }]);
		expect(await worker().runOnce()).toMatchObject({ sent: 1 });
		const [post] = world.emulator.threads(forumId);
		const tag = world.emulator.forumTags(forumId).find((t) => t.name === 'economie')!.id;
		expect(post).toMatchObject({ name: 'Budget vote', owner_id: hookId, applied_tags: [tag] });
		expect(world.emulator.messages(String(post!.id))[0]).toMatchObject({ webhook_id: hookId, author: { username: 'World Desk' }, avatar_url: 'https://feeds.example.org/icon.png' });
		for (const line of logLines) expect(line).not.toContain(world.emulator.webhooks(forumId)[0]!.token);
	});

	it('never opens the post twice after a crash, and falls back to the bot once the webhook is deleted', async () => {
		const hookId = await forumWithWebhook();
		await ingest([{ title: 'Tram line extended' }]);
		expect(await worker(crashingOnce()).runOnce()).toMatchObject({ retried: 1 });
		const [row] = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 10);
		await store.deliveries.markRetry(row!.id, 'crashed', 0);
		expect(await worker().runOnce()).toMatchObject({ sent: 1 });
		expect(world.emulator.threads(forumId)).toHaveLength(1);
		world.emulator.deleteWebhook(hookId);
		await ingest([{ title: 'After the deletion' }]);
		expect(await worker().runOnce()).toMatchObject({ sent: 1, failed: 0 });
		const posts = world.emulator.threads(forumId);
		expect(posts.map((p) => p.owner_id)).toEqual([hookId, world.emulator.botUserId]);
		expect((await store.feeds.targetRoutes(world.guild.id))[0]).toMatchObject({ kind: 'forum', webhook: 'gone' });
	});
});
