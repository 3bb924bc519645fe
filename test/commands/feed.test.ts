import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import feedCommand from '../../commands/feed.js';
import type { BriefResult, CommandServices, FeedCheckResult } from '../../commands/index.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { contextOver, openTestStore, startBotWorld, type BotWorld, type TestStore, adminFeed } from '../discord/helpers/bot-world.js';
import { makeBrief } from '../discord/helpers/make-brief.js';

const READER = '500000000000000002';
const MANAGE_GUILD = '32';
const GOOD = 'https://feeds.example.org/world.xml';

/** Answers as the real services do: the fetcher refuses private addresses, HTTP errors and non-feeds. */
const services: CommandServices = {
	async checkFeed(url): Promise<FeedCheckResult> {
		const host = new URL(url).hostname;
		if (/^(127\.|10\.|192\.168\.|localhost$|\[::1\]$)/.test(host)) return { status: 'error', code: 'blocked-address' };
		if (url.endsWith('/missing.xml')) return { status: 'error', code: 'http-error', httpStatus: 404 };
		if (url.endsWith('.html')) return { status: 'error', code: 'not-a-feed' };
		return { status: 'ok', title: 'World <@&1> News', itemCount: 12, finalUrl: url };
	},
	async previewFeed(url): Promise<BriefResult> {
		const check = await services.checkFeed(url);
		if (check.status === 'error') return check;
		return { status: 'ok', brief: makeBrief({ title: 'Newest item of the feed' }) };
	},
	async briefUrl() {
		return { status: 'error', code: 'internal' };
	},
	async subscriptionsChanged() {},
};

let world: BotWorld;
let store: TestStore;

beforeAll(async () => {
	world = await startBotWorld();
	const ctx = contextOver(() => store, { services });
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

const url = (value: string) => ({ name: 'url', type: 3, value });

/** The text the user finally sees: the reply, or the deferred reply once edited. */
async function finalText(res: Awaited<ReturnType<typeof feed>>): Promise<string> {
	if (res.type === 5) await world.emulator.waitFor(() => res.record.edits.length > 0, 5_000, 'the deferred reply');
	const message = res.type === 5 ? res.original() : res.data;
	return String(message?.content ?? '');
}

describe('/feed definition', () => {
	it('is hidden from members without Manage Server, guild-only, and described in English and French', () => {
		expect(feedCommand.data).toMatchObject({ default_member_permissions: MANAGE_GUILD, contexts: [0], dm_permission: false });
		expect(feedCommand.data.description_localizations?.fr).toBeTruthy();
		for (const option of feedCommand.data.options ?? []) expect(option.description_localizations?.fr).toBeTruthy();
	});
});

describe('/feed add', () => {
	it('follows a feed in the current channel and says so privately, deferring first', async () => {
		const res = await feed('add', [url(`  ${GOOD}  `)]);
		expect(res).toMatchObject({ type: 5, ephemeral: true });
		const text = await finalText(res);
		expect(text).toContain('Now following **World <@&\u200b1> News**');
		expect(text).toContain(`<#${channelId()}>`);
		expect(res.original()?.allowed_mentions).toEqual({ parse: [] });
		const [stored] = await store.feeds.listGuildFeeds(world.guild.id);
		expect(stored).toMatchObject({ url: GOOD, targets: [{ channelId: channelId() }] });
	});

	it('uses the given channel and backfill, and says when the feed was already followed', async () => {
		const other = world.guild.channels[1]!.id;
		const options = [url(GOOD), { name: 'channel', type: 7, value: other }, { name: 'backfill', type: 4, value: 3 }];
		expect(await finalText(await feed('add', options))).toMatch(/newest 3 will be posted/);
		const [stored] = await store.feeds.listGuildFeeds(world.guild.id);
		expect(stored).toMatchObject({ backfill: 3, targets: [{ channelId: other }] });
		expect(await finalText(await feed('add', options))).toMatch(/already followed/);
	});

	it.each([
		['an empty address', '   ', /give the address of a feed/],
		['10,000 characters', `https://example.org/${'a'.repeat(10_000)}`, /too long: at most 2,048/],
		['something that is not a URL', 'not a url at all', /not a web address/],
		['a non-web scheme', 'ftp://example.org/feed.xml', /Only http/],
	])('refuses %s at once, before any work', async (_label, value, message) => {
		const res = await feed('add', [url(value)]);
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toMatch(message);
		expect(await store.feeds.listGuildFeeds(world.guild.id)).toEqual([]);
	});

	it.each([
		['a private address', 'http://192.168.1.10/feed.xml', /private or local/],
		['a feed that 404s', 'https://feeds.example.org/missing.xml', /answered with an error \(HTTP 404\)/],
		['a page that is not a feed', 'https://example.org/index.html', /does not serve a feed/],
	])('shows why it cannot follow %s', async (_label, value, message) => {
		const res = await feed('add', [url(value)]);
		expect(res.ephemeral).toBe(true);
		expect(await finalText(res)).toMatch(new RegExp(`cannot be followed: .*${message.source}`));
		expect(await store.feeds.listGuildFeeds(world.guild.id)).toEqual([]);
	});

	it('refuses a member without Manage Server, whatever Discord showed them', async () => {
		const res = await feed('add', [url(GOOD)], { userId: READER, memberPermissions: '0' });
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toMatch(/Manage Server/);
		expect(await store.feeds.listGuildFeeds(world.guild.id)).toEqual([]);
	});

	it('answers in French to a French-speaking admin', async () => {
		const res = await feed('add', [url('')], { locale: 'fr' });
		expect(res.data?.content).toMatch(/Indiquez l'adresse d'un flux/);
	});
});

describe('/feed remove', () => {
	it('offers the server feeds in autocomplete and removes the one picked', async () => {
		await store.feeds.addFeedTarget({ guildId: world.guild.id, url: GOOD, channelId: channelId() });
		await store.feeds.addFeedTarget({ guildId: 'another-guild', url: 'https://elsewhere.example.com/rss', channelId: '1' });
		const choices = await feed('remove', [{ name: 'feed', type: 3, value: 'world', focused: true }], { type: 'autocomplete' });
		expect(choices.type).toBe(8);
		const listed = choices.data?.choices as Array<{ name: string; value: string }>;
		expect(listed).toHaveLength(1);
		expect(listed[0]?.name).toBe(GOOD);
		const res = await feed('remove', [{ name: 'feed', type: 3, value: listed[0]!.value }]);
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toMatch(/Stopped following/);
		expect(await store.feeds.listGuildFeeds(world.guild.id)).toEqual([]);
	});

	it('says so when the value matches no feed of the server', async () => {
		const res = await feed('remove', [{ name: 'feed', type: 3, value: '9999' }]);
		expect(res.data?.content).toMatch(/No feed of this server matches "9999"/);
	});

	it('refuses a member without Manage Server, in autocomplete too', async () => {
		await store.feeds.addFeedTarget({ guildId: world.guild.id, url: GOOD, channelId: channelId() });
		const denied = { userId: READER, memberPermissions: '0' };
		const choices = await feed('remove', [{ name: 'feed', type: 3, value: '', focused: true }], { ...denied, type: 'autocomplete' });
		expect(choices.data?.choices).toEqual([]);
		const res = await feed('remove', [{ name: 'feed', type: 3, value: GOOD }], denied);
		expect(res.data?.content).toMatch(/Manage Server/);
		expect(await store.feeds.listGuildFeeds(world.guild.id)).toHaveLength(1);
	});
});

describe('/feed list', () => {
	it('shows each feed with its status, channels, last error and next poll', async () => {
		const { feed: failing, target } = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: GOOD, channelId: channelId() });
		await store.feeds.recordFetchFailure(failing.id, { error: 'HTTP 503 Service Unavailable', at: Date.now(), nextPollAt: Date.now() + 60_000 });
		await store.feeds.disableTarget(target.id, 'the bot has no access to the channel (Discord 50001)');
		const res = await feed('list');
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		const embed = (res.data?.embeds as APIEmbed[])[0];
		expect(embed?.description).toMatch(/failing \(1 in a row\)/);
		expect(embed?.description).toMatch(/last error: HTTP 503 Service Unavailable/);
		expect(embed?.description).toMatch(/no access to the channel/);
		expect(embed?.description).toMatch(/next poll <t:\d+:R>/);
	});

	it('says there is nothing yet, in the user language', async () => {
		expect((await feed('list')).data?.content).toMatch(/follows no feeds yet/);
		expect((await feed('list', [], { locale: 'fr' })).data?.content).toMatch(/ne suit encore aucun flux/);
	});

	it('refuses a member without Manage Server', async () => {
		const res = await feed('list', [], { userId: READER, memberPermissions: '0' });
		expect(res.data?.content).toMatch(/Manage Server/);
	});
});

describe('/feed preview', () => {
	it('shows the newest brief only to the admin and posts nothing', async () => {
		const res = await feed('preview', [url(GOOD)]);
		expect(res).toMatchObject({ type: 5, ephemeral: true });
		await world.emulator.waitFor(() => res.record.edits.length > 0, 5_000, 'the preview');
		const original = res.original();
		expect((original?.embeds as APIEmbed[])[0]?.title).toBe('Newest item of the feed');
		expect(original?.content).toMatch(/nothing was posted/);
		expect(world.emulator.messages(channelId()).filter((m) => !m.webhook_id)).toEqual([]);
		expect(world.emulator.requests.some((r) => r.method === 'POST' && r.route === '/channels/:id/messages')).toBe(false);
	});

	it.each([
		['an empty address', '', /give the address/],
		['10,000 characters', 'x'.repeat(10_000), /too long/],
		['something that is not a URL', 'hello world', /not a web address/],
		['a private address', 'http://127.0.0.1:8080/feed', /private or local/],
		['a feed that 404s', 'https://feeds.example.org/missing.xml', /404/],
	])('explains why %s has no preview', async (_label, value, message) => {
		expect(await finalText(await feed('preview', [url(value)]))).toMatch(message);
	});

	it('refuses a member without Manage Server', async () => {
		const res = await feed('preview', [url(GOOD)], { userId: READER, memberPermissions: '0' });
		expect(res.data?.content).toMatch(/Manage Server/);
	});
});

describe('reply timing', () => {
	// The emulator rejects an interaction that gets no callback within Discord's 3 s, as Discord drops it.
	it('gives every kind of request its first answer within Discord window, even all at once', async () => {
		const responses = await Promise.all([feed('add', [url(GOOD)]), feed('list'), feed('preview', [url('')]), feed('remove', [{ name: 'feed', type: 3, value: '1' }])]);
		expect(responses.map((res) => res.type)).toEqual([5, 4, 4, 4]);
	});
});
