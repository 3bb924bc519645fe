/**
 * /feed filter | pause | resume | rename | move | interval through the real discord.js client and the emulator,
 * on a real SQLite store, in English and French.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import feedCommand from '../../commands/feed.js';
import type { CommandContext, CommandServices } from '../../commands/index.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { contextOver, openTestStore, startBotWorld, type BotWorld, type TestStore, adminFeed } from '../discord/helpers/bot-world.js';
import { makeBrief } from '../discord/helpers/make-brief.js';
import { urlKey } from '../../src/store/url-key.js';

const GOOD = 'https://feeds.example.org/world.xml';
const OTHER = 'https://feeds.example.org/sport.xml';

const services: CommandServices = {
	async checkFeed(url) {
		return { status: 'ok', title: 'World News', itemCount: 3, finalUrl: url };
	},
	async previewFeed() {
		return { status: 'error', code: 'internal' };
	},
	async briefUrl() {
		return { status: 'error', code: 'internal' };
	},
	async subscriptionsChanged() {},
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
	limits = { maxFeeds: 5, maxFilters: 5, minIntervalMs: 2 * 60_000 };
});

const channelId = () => world.guild.channels[0]!.id;

const feed = (sub: string, options: Array<Record<string, unknown>> = [], extra: Record<string, unknown> = {}) => adminFeed(world, sub, options, extra);

const str = (name: string, value: string) => ({ name, type: 3, value });

async function follow(url = GOOD): Promise<number> {
	const added = await store.feeds.addFeedTarget({ guildId: world.guild.id, url, channelId: channelId() });
	return added.feed.id;
}

async function storeItems(feedId: number): Promise<void> {
	const items = [
		{ title: 'Ceasefire talks resume in Geneva', text: 'Diplomats met in Geneva on Monday.', language: 'en' },
		{ title: 'Le budget de la ville adopté', text: 'Le conseil a voté le budget.', language: 'fr' },
		{ title: 'Geneva motor show cancelled', text: 'The motor show will not take place. Live updates follow.', language: 'en' },
	];
	for (const [i, item] of items.entries()) {
		await store.articles.ingest({
			brief: makeBrief({ ...item, url: `https://news.example.org/${i}`, summary: [item.text] }),
			feedId,
			itemKey: `k${i}`,
			targets: [],
			now: Date.now() + i,
		});
	}
}

async function settings() {
	return (await store.feeds.listGuildFeeds(world.guild.id))[0]?.targets[0]?.settings;
}

describe('/feed filter', () => {
	it('saves the filter and previews, newest first, which items would be posted and why', async () => {
		const id = await follow();
		await storeItems(id);
		const res = await feed('filter', [str('feed', String(id)), str('expression', 'geneva AND NOT "live updates"')]);
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toContain('Filter of **https://feeds.example.org/world.xml** set to `geneva AND NOT "live updates"`');
		const embed = (res.data?.embeds as APIEmbed[])[0]!;
		expect(embed.title).toBe('The last 3 items of the feed with this filter');
		expect(embed.description?.split('\n')).toEqual([
			'❌ Geneva motor show cancelled — not posted: `NOT "live updates"` (found)',
			'❌ Le budget de la ville adopté — not posted: `geneva` not found',
			'✅ Ceasefire talks resume in Geneva — posted: `geneva AND NOT "live updates"` matched',
		]);
		expect(embed.footer?.text).toBe('1 of 3 would be posted.');
		expect(res.data?.allowed_mentions).toEqual({ parse: [] });
		expect((await settings())?.filter).toBe('geneva AND NOT "live updates"');
	});

	it('shows the current filter when no expression is given, and clears it', async () => {
		const id = await follow();
		const none = await feed('filter', [str('feed', String(id))]);
		expect(none.data?.content).toMatch(/has no filter/);
		await feed('filter', [str('feed', String(id)), str('expression', 'lang:fr')]);
		const current = await feed('filter', [str('feed', String(id))]);
		expect(current.data?.content).toContain('Filter of **https://feeds.example.org/world.xml**: `lang:fr`');
		expect((current.data?.embeds as APIEmbed[])[0]?.description).toMatch(/nothing to preview/);
		const cleared = await feed('filter', [str('feed', String(id)), { name: 'clear', type: 5, value: true }]);
		expect(cleared.data?.content).toMatch(/removed: every item is posted/);
		expect((await settings())?.filter).toBeNull();
	});

	it('explains a parse error with its position, in French for a French admin, and saves nothing', async () => {
		const id = await follow();
		const res = await feed('filter', [str('feed', String(id)), str('expression', 'ukraine ET (lang:fr OU')], { locale: 'fr' });
		expect(res.data?.content).toBe(
			'Ce filtre est illisible, au caractère 23 : il manque ici un mot, une expression ou une parenthèse (après ET, OU ou SAUF ?).\n`ukraine ET (lang:fr OU`',
		);
		const unknown = await feed('filter', [str('feed', String(id)), str('expression', 'colour:red')]);
		expect(unknown.data?.content).toMatch(/at character 1: "colour:" is not known/);
		expect((await settings())?.filter).toBeNull();
	});

	it('refuses a filter beyond the server cap, and a feed of another server', async () => {
		limits = { maxFeeds: 5, maxFilters: 1, minIntervalMs: 60_000 };
		const a = await follow(GOOD);
		const b = await follow(OTHER);
		await feed('filter', [str('feed', String(a)), str('expression', 'geneva')]);
		const refused = await feed('filter', [str('feed', String(b)), str('expression', 'sport')]);
		expect(refused.data?.content).toMatch(/already has filters on 1 feeds/);
		const foreign = (await store.feeds.addFeedTarget({ guildId: 'another-guild', url: 'https://x.example.org/rss', channelId: '1' })).feed.id;
		const res = await feed('filter', [str('feed', String(foreign)), str('expression', 'x')]);
		expect(res.data?.content).toMatch(/No feed of this server matches/);
		expect((await store.feeds.targetsForFeed(foreign))[0]?.settings?.filter).toBeNull();
	});
});

describe('/feed pause, resume, rename, move, interval', () => {
	it('pauses and resumes, and the list shows it', async () => {
		const id = await follow();
		expect((await feed('pause', [str('feed', String(id))])).data?.content).toMatch(/is paused: nothing is posted/);
		expect((await settings())?.pausedAt).toBeGreaterThan(0);
		expect((await feed('pause', [str('feed', String(id))])).data?.content).toMatch(/already paused/);
		const list = await feed('list');
		expect((list.data?.embeds as APIEmbed[])[0]?.description).toMatch(/— paused/);
		expect((await feed('resume', [str('feed', String(id))], { locale: 'fr' })).data?.content).toMatch(/reprend/);
		expect((await settings())?.pausedAt).toBeNull();
	});

	it('renames the feed for this server only, and the list and answers use the name', async () => {
		const id = await follow();
		await store.feeds.addFeedTarget({ guildId: 'another-guild', url: GOOD, channelId: '1' });
		expect((await feed('rename', [str('feed', String(id)), str('name', '  Monde   <@&1> ')])).data?.content).toBe(
			'The feed is now called **Monde <@&\u200b1>** on this server.',
		);
		expect((await feed('pause', [str('feed', String(id))])).data?.content).toMatch(/^\*\*Monde/);
		expect(((await feed('list')).data?.embeds as APIEmbed[])[0]?.description).toMatch(/\*\*Monde <@&\u200b1>\*\* \(#/);
		const other = (await store.feeds.listGuildFeeds('another-guild'))[0]?.targets[0]?.settings;
		expect(other?.label).toBeNull();
	});

	it('moves the feed to another channel', async () => {
		const id = await follow();
		const other = world.guild.channels[1]!.id;
		const res = await feed('move', [str('feed', String(id)), { name: 'channel', type: 7, value: other }]);
		expect(res.data?.content).toBe(`**${GOOD}** now posts in <#${other}>.`);
		expect((await store.feeds.listGuildFeeds(world.guild.id))[0]?.targets.map((t) => t.channelId)).toEqual([other]);
	});

	it('sets the interval above the configured floor, and 0 goes back to the default', async () => {
		const id = await follow();
		expect((await feed('interval', [str('feed', String(id)), { name: 'minutes', type: 4, value: 1 }])).data?.content).toMatch(
			/shortest interval allowed is 2 minute/,
		);
		expect((await settings())?.intervalMs).toBeNull();
		expect((await feed('interval', [str('feed', String(id)), { name: 'minutes', type: 4, value: 30 }])).data?.content).toMatch(/every 30 minute/);
		expect((await settings())?.intervalMs).toBe(30 * 60_000);
		expect(((await feed('list')).data?.embeds as APIEmbed[])[0]?.description).toMatch(/every 30 min/);
		await feed('interval', [str('feed', String(id)), { name: 'minutes', type: 4, value: 0 }]);
		expect((await settings())?.intervalMs).toBeNull();
	});

	it('refuses to follow more feeds than the server cap, and records the guild locale', async () => {
		limits = { maxFeeds: 1, maxFilters: 5, minIntervalMs: 60_000 };
		const first = await feed('add', [str('url', GOOD)]);
		await world.emulator.waitFor(() => first.record.edits.length > 0, 5_000, 'the deferred reply');
		const second = await feed('add', [str('url', OTHER)], { locale: 'fr' });
		await world.emulator.waitFor(() => second.record.edits.length > 0, 5_000, 'the deferred reply');
		expect(second.original()?.content).toMatch(/Ce serveur suit déjà 1 flux/);
		expect((await store.feeds.listGuildFeeds(world.guild.id)).map((f) => f.url)).toEqual([GOOD]);
		// The server's locale as Discord sends it with the interaction, for the labels of the formats.
		expect((await settings())?.locale).toBe('en-US');
	});
});

describe('/feed why', () => {
	it('says where an article was posted, why another was not, and what was only seen, in English and French', async () => {
		const added = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: GOOD, channelId: channelId() });
		const target = { guildId: world.guild.id, channelId: channelId(), targetId: added.target.id };
		const posted = await store.articles.ingest({ brief: makeBrief({ url: 'https://news.example.org/posted' }), feedId: added.feed.id, itemKey: 'p', targets: [target] });
		await store.deliveries.markSent(posted.deliveryIds[0]!, '900000000000000001', Date.now());
		const filtered = await store.articles.ingest({
			brief: makeBrief({ title: 'A filtered one', url: 'https://news.example.org/filtered', contentSource: 'feed', contentNote: 'HTTP 403 Forbidden' }),
			feedId: added.feed.id,
			itemKey: 'f',
			targets: [],
		});
		await store.feeds.recordSkips(filtered.articleId, [{ targetId: added.target.id, reason: 'filtered', detail: 'NOT sport' }], Date.now());
		await store.feeds.markItemsSeen(added.feed.id, [{ key: 'old', linkKey: 'news.example.org/old', contentHash: 'h' }]);
		const why = async (url: string, locale = 'en-US') => {
			const res = await feed('why', [str('url', url)], { locale });
			expect(res).toMatchObject({ type: 4, ephemeral: true });
			return String((res.data?.embeds as APIEmbed[])[0]?.description);
		};
		expect(await why('https://news.example.org/posted')).toMatch(
			new RegExp(`Brief stored <t:\\d+:R>\\.\\nPosted in <#${channelId()}>: https://discord.com/channels/${world.guild.id}/${channelId()}/900000000000000001`),
		);
		const no = await why('https://news.example.org/filtered');
		expect(no).toContain('The page was not used (HTTP 403 Forbidden)');
		expect(no).toContain(`Not posted in <#${channelId()}>: the filter decided on \`NOT sport\`.`);
		expect(await why('https://news.example.org/old', 'fr')).toMatch(/^Vu dans \*\*https:\/\/feeds\.example\.org\/world\.xml\*\* <t:\d+:R>\.\nIl a été enregistré comme déjà vu/);
		expect(await why('https://elsewhere.example.org/x')).toMatch(/^None of this server’s feeds carried this address/);
		const bad = await feed('why', [str('url', 'not a url')]);
		expect(bad.data?.content).toMatch(/not a web address/);
	});

	it('says why an item was never briefed: page refused, or processing failed and when it is retried, in English and French', async () => {
		const added = await store.feeds.addFeedTarget({ guildId: world.guild.id, url: GOOD, channelId: channelId() });
		const retryAt = Date.now() + 5 * 60_000;
		await store.feeds.recordItemProblems(added.feed.id, [{ linkKey: urlKey('https://news.example.org/slow')!, outcome: 'failed', detail: 'over-budget: took too long', retryAt }], Date.now());
		await store.feeds.markItemsSeen(added.feed.id, [{ key: 'tpl', linkKey: urlKey('https://news.example.org/tpl'), contentHash: 'h-tpl' }]);
		await store.feeds.recordItemProblems(added.feed.id, [{ linkKey: urlKey('https://news.example.org/tpl')!, outcome: 'refused', detail: 'not an article', retryAt: null }], Date.now());
		const why = async (url: string, locale = 'en-US') => String(((await feed('why', [str('url', url)], { locale })).data?.embeds as APIEmbed[])[0]?.description);
		const retry = `<t:${Math.floor(retryAt / 1_000)}:R>`;
		expect(await why('https://news.example.org/slow')).toMatch(
			new RegExp(`^Seen in \\*\\*https://feeds\\.example\\.org/world\\.xml\\*\\* <t:\\d+:R> but processing failed: The page took too long to read and was skipped\\. It will be retried at the next poll, ${retry}\\.$`),
		);
		expect(await why('https://news.example.org/slow', 'fr')).toContain(`mais le traitement a échoué : La page a pris trop de temps à lire et a été ignorée. Nouvel essai à la prochaine lecture, ${retry}.`);
		expect(await why('https://news.example.org/tpl')).toMatch(/but not briefed, page refused: `not an article`\. It will not be retried\.$/);
		expect(await why('https://news.example.org/tpl', 'fr')).toMatch(/mais non résumé, page refusée : `not an article`\. Il ne sera pas réessayé\.$/);
		// Another server, not following the feed, is told nothing.
		await store.feeds.addFeedTarget({ guildId: 'other-guild', url: OTHER, channelId: '1' });
		expect((await store.feeds.itemProblems('other-guild', 'https://news.example.org/slow'))).toEqual([]);
	});
});
