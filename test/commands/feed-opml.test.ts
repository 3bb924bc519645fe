/** /feed import and /feed export through the emulator (attachments served and uploaded as on Discord), SQLite store. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import feedCommand from '../../commands/feed.js';
import type { CommandContext, CommandServices } from '../../commands/index.js';
import { readOpml, writeOpml } from '../../src/discord/feed-admin/opml.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { contextOver, openTestStore, startBotWorld, type BotWorld, type TestStore, adminFeed } from '../discord/helpers/bot-world.js';

const checked: string[] = [];

const services: CommandServices = {
	async checkFeed(url) {
		checked.push(url);
		if (url.endsWith('/missing.xml')) return { status: 'error', code: 'http-error', httpStatus: 404 };
		return { status: 'ok', title: null, itemCount: 1, finalUrl: url };
	},
	previewFeed: async () => ({ status: 'error', code: 'internal' }),
	briefUrl: async () => ({ status: 'error', code: 'internal' }),
	subscriptionsChanged: async () => {},
};

let world: BotWorld;
let store: TestStore;
let limits: NonNullable<CommandContext['feedLimits']>;

beforeAll(async () => {
	world = await startBotWorld();
	const ctx = contextOver(() => store, { services, feedLimits: () => limits });
	attachInteractionRouter(world.client, [feedCommand], ctx);
});
afterAll(async () => {
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	store = openTestStore();
	limits = { maxFeeds: 4, maxFilters: 5, minIntervalMs: 60_000 };
	checked.length = 0;
});

const channelId = () => world.guild.channels[0]!.id;

const feed = (sub: string, options: Array<Record<string, unknown>> = [], extra: Record<string, unknown> = {}) => adminFeed(world, sub, options, extra);

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News">
  <outline type="rss" text="World &amp; more" xmlUrl="https://feeds.example.org/world.xml"/>
  <outline type="rss" text='Sport' xmlUrl='https://feeds.example.org/sport.xml?a=1&amp;b=2'/>
  <outline type="rss" text="World again" xmlUrl="https://feeds.example.org/world.xml"/>
</outline>
<outline type="rss" text="FTP" xmlUrl="ftp://example.org/feed.xml"/>
<outline type="rss" text="Gone" xmlUrl="https://feeds.example.org/missing.xml"/>
<outline type="rss" text="Known" xmlUrl="https://feeds.example.org/known.xml"/>
<outline type="rss" text="Tech" xmlUrl="https://feeds.example.org/tech.xml"/>
<outline type="rss" text="Over the cap" xmlUrl="https://feeds.example.org/extra.xml"/>
</body></opml>`;

describe('OPML reading and writing', () => {
	it('reads every outline with a feed URL once, decoding entities, and writes what it reads back', () => {
		const feeds = readOpml(OPML);
		expect(feeds.slice(0, 2)).toEqual([
			{ url: 'https://feeds.example.org/world.xml', title: 'World & more' },
			{ url: 'https://feeds.example.org/sport.xml?a=1&b=2', title: 'Sport' },
		]);
		expect(feeds).toHaveLength(7);
		expect(readOpml(writeOpml('t <&>', feeds, new Date(0)))).toEqual(feeds);
	});

	it('reads hostile input in one pass: unclosed tags, endless attributes, a megabyte of them', () => {
		expect(readOpml('<outline '.repeat(120_000))).toEqual([]);
		expect(readOpml(`<outline ${'a'.repeat(900_000)}>`)).toEqual([]);
		expect(readOpml(`<outline ${'x= '.repeat(300_000)}>`)).toEqual([]);
	});
});

describe('/feed import and export', () => {
	it('answers at once, checks each address like /feed add, adds within the cap and reports every refusal', async () => {
		await store.feeds.addFeedTarget({ guildId: world.guild.id, url: 'https://feeds.example.org/known.xml', channelId: channelId() });
		const file = world.emulator.addAttachment('feeds.opml', OPML, 'text/x-opml');
		const res = await feed('import', [{ name: 'file', type: 11, value: file }]);
		expect(res).toMatchObject({ type: 5, ephemeral: true });
		await world.emulator.waitFor(() => res.record.edits.length > 0, 10_000, 'the import report');
		const text = String(res.original()?.content);
		expect(text.split('\n')[0]).toBe(`Import into <#${channelId()}>: 3 added, 1 already followed, 3 refused.`);
		expect(text).toContain('• <ftp://example.org/feed.xml>: Only http:// and https:// feeds can be followed.');
		expect(text).toContain('• <https://feeds.example.org/missing.xml>: The server answered with an error (HTTP 404).');
		expect(text).toMatch(/: This server already follows 4 feeds, the most allowed/);
		expect(res.original()?.allowed_mentions).toEqual({ parse: [] });
		expect(checked).not.toContain('ftp://example.org/feed.xml');
		const followed = (await store.feeds.listGuildFeeds(world.guild.id)).map((f) => f.url);
		expect(followed).toHaveLength(4);
		expect(followed).toContain('https://feeds.example.org/world.xml');
	});

	it('says in French when the file lists no feed', async () => {
		const file = world.emulator.addAttachment('empty.opml', '<opml><body></body></opml>');
		const res = await feed('import', [{ name: 'file', type: 11, value: file }], { locale: 'fr' });
		await world.emulator.waitFor(() => res.record.edits.length > 0, 10_000, 'the import report');
		expect(String(res.original()?.content)).toMatch(/Ce fichier ne contient aucun flux/);
	});

	it('exports the server feeds, with their names on this server, as an OPML file that imports back', async () => {
		const a = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: 'https://feeds.example.org/world.xml', channelId: channelId() });
		await store.feeds.addFeedTarget({ guildId: world.guild.id, url: 'https://feeds.example.org/sport.xml', channelId: channelId() });
		await store.feeds.addFeedTarget({ guildId: 'another-guild', url: 'https://elsewhere.example.org/rss', channelId: '1' });
		await store.feeds.updateGuildFeed({ guildId: world.guild.id, feedId: a.feed.id, patch: { label: 'Monde & co' } });
		const res = await feed('export');
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toBe('The 2 feeds of this server, as OPML.');
		const [attachment] = res.original()?.attachments as Array<{ id: string; filename: string; url: string }>;
		expect(attachment?.filename).toBe('briefbot-feeds.opml');
		const body = await (await fetch(attachment!.url)).text();
		expect(readOpml(body)).toEqual([
			{ url: 'https://feeds.example.org/world.xml', title: 'Monde & co' },
			{ url: 'https://feeds.example.org/sport.xml', title: 'https://feeds.example.org/sport.xml' },
		]);
	});
});
