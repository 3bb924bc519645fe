import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);

export function describeFeedStoreContract(makeStore: MakeStore): void {
	describe('FeedStore', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('adds a feed once per URL and a target once per channel', async () => {
			const first = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			const again = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			const other = await store.feeds.addFeedTarget({ guildId: 'g2', url: 'https://a.example/feed', channelId: 'c2', now: T0 });
			expect(first.created).toBe(true);
			expect(again.created).toBe(false);
			expect(again.target.id).toBe(first.target.id);
			expect(other.feed.id).toBe(first.feed.id);
			expect((await store.feeds.targetsForFeed(first.feed.id)).map((t) => t.channelId).sort()).toEqual(['c1', 'c2']);
			expect((await store.feeds.getFeedByUrl('https://a.example/feed'))?.id).toBe(first.feed.id);
		});

		it('lists only the guild own feeds and targets', async () => {
			await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: 'https://a.example/feed', channelId: 'c2', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: 'https://b.example/feed', channelId: 'c2', now: T0 });
			const g1 = await store.feeds.listGuildFeeds('g1');
			expect(g1.map((f) => f.url)).toEqual(['https://a.example/feed']);
			expect(g1[0]?.targets.map((t) => t.guildId)).toEqual(['g1']);
			expect(await store.feeds.listGuildFeeds('g3')).toEqual([]);
		});

		it('removes a guild target without touching other guilds', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: 'https://a.example/feed', channelId: 'c2', now: T0 });
			expect(await store.feeds.removeFeedTarget({ guildId: 'g1', feedId: a.feed.id })).toBe(1);
			expect(await store.feeds.removeFeedTarget({ guildId: 'g1', feedId: a.feed.id })).toBe(0);
			expect(await store.feeds.listGuildFeeds('g1')).toEqual([]);
			expect((await store.feeds.targetsForFeed(a.feed.id)).map((t) => t.guildId)).toEqual(['g2']);
		});

		it('returns due feeds oldest first, skipping disabled feeds and feeds whose targets are all disabled', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 + 20 });
			const b = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://b.example/feed', channelId: 'c1', now: T0 + 10 });
			const c = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://c.example/feed', channelId: 'c1', now: T0 });
			const d = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://d.example/feed', channelId: 'c1', now: T0 });
			await store.feeds.recordNotModified(d.feed.id, T0 + 1_000_000, T0);
			expect((await store.feeds.dueFeeds(T0 + 100, 10)).map((f) => f.id)).toEqual([c.feed.id, b.feed.id, a.feed.id]);
			await store.feeds.setFeedEnabled(b.feed.id, false);
			await store.feeds.disableTarget(c.target.id, 'Missing Access');
			expect((await store.feeds.dueFeeds(T0 + 100, 10)).map((f) => f.id)).toEqual([a.feed.id]);
			expect((await store.feeds.dueFeeds(T0 + 100, 0)).length).toBe(0);
			await store.feeds.setFeedEnabled(b.feed.id, true);
			expect((await store.feeds.dueFeeds(T0 + 100, 10)).map((f) => f.id)).toEqual([b.feed.id, a.feed.id]);
		});

		it('records fetch success and failures with backoff fields and a disable reason', async () => {
			const { feed } = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			await store.feeds.recordFetchSuccess(feed.id, {
				finalUrl: 'https://a.example/rss',
				title: 'A',
				etag: '"v1"',
				lastModified: 'Thu, 01 Jan 2026 00:00:00 GMT',
				bodyHash: 'h1',
				nextPollAt: T0 + 300_000,
				polledAt: T0,
			});
			let saved = await store.feeds.getFeed(feed.id);
			expect(saved).toMatchObject({ finalUrl: 'https://a.example/rss', etag: '"v1"', bodyHash: 'h1', nextPollAt: T0 + 300_000, lastPolledAt: T0 });
			const failed = await store.feeds.recordFetchFailure(feed.id, { error: 'HTTP 500', at: T0 + 1, nextPollAt: T0 + 600_000 });
			expect(failed).toMatchObject({ consecutiveFailures: 1, lastError: 'HTTP 500', lastErrorAt: T0 + 1, disabledReason: null });
			const disabled = await store.feeds.recordFetchFailure(feed.id, { error: 'HTTP 410', at: T0 + 2, nextPollAt: T0 + 1, disable: 'gone' });
			expect(disabled).toMatchObject({ consecutiveFailures: 2, disabledReason: 'gone' });
			expect(await store.feeds.dueFeeds(T0 + 10_000_000, 10)).toEqual([]);
			saved = await store.feeds.getFeed(feed.id);
			expect(saved?.disabledReason).toBe('gone');
		});

		it('shows recent feed errors only to guilds that follow the feed', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: 'https://b.example/feed', channelId: 'c2', now: T0 });
			await store.feeds.recordFetchFailure(a.feed.id, { error: 'timeout', at: T0 + 5, nextPollAt: T0 + 10 });
			expect(await store.feeds.recentFeedErrors('g1', 5)).toEqual([
				{ feedId: a.feed.id, url: 'https://a.example/feed', error: 'timeout', at: T0 + 5 },
			]);
			expect(await store.feeds.recentFeedErrors('g2', 5)).toEqual([]);
		});

		it('treats an item as seen when its key, its link or its content hash was seen', async () => {
			const { feed } = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			const batch = [
				{ key: 'guid-1', linkKey: 'a.example/1', contentHash: 'h1' },
				{ key: 'guid-2', linkKey: 'a.example/2', contentHash: 'h2' },
				{ key: 'guid-2', linkKey: 'a.example/2', contentHash: 'h2' },
			];
			const first = await store.feeds.unseenItems(feed.id, batch);
			expect(first.map((i) => i.key)).toEqual(['guid-1', 'guid-2']);
			await store.feeds.markItemsSeen(feed.id, first);
			const second = await store.feeds.unseenItems(feed.id, [
				{ key: 'guid-1b', linkKey: 'a.example/1', contentHash: 'h9' },
				{ key: 'guid-2b', linkKey: null, contentHash: 'h2' },
				{ key: 'guid-3', linkKey: 'a.example/3', contentHash: 'h3' },
			]);
			expect(second.map((i) => i.key)).toEqual(['guid-3']);
		});

		it('checks unseen items without marking them', async () => {
			const { feed } = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			const items = [
				{ key: 'k1', linkKey: null, contentHash: 'h1' },
				{ key: 'k2', linkKey: null, contentHash: 'h2' },
			];
			expect(await store.feeds.unseenItems(feed.id, items)).toHaveLength(2);
			expect(await store.feeds.unseenItems(feed.id, items)).toHaveLength(2);
			await store.feeds.markItemsSeen(feed.id, items);
			expect(await store.feeds.unseenItems(feed.id, items)).toEqual([]);
		});

		it('keeps seen items per feed', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', now: T0 });
			const b = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://b.example/feed', channelId: 'c1', now: T0 });
			const item = { key: 'same', linkKey: 'x/1', contentHash: 'h' };
			await store.feeds.markItemsSeen(a.feed.id, [item]);
			expect(await store.feeds.unseenItems(b.feed.id, [item])).toEqual([item]);
		});

		it('marks a feed initialized', async () => {
			const { feed } = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://a.example/feed', channelId: 'c1', backfill: 3, now: T0 });
			expect(feed).toMatchObject({ initialized: false, backfill: 3 });
			await store.feeds.markInitialized(feed.id);
			expect((await store.feeds.getFeed(feed.id))?.initialized).toBe(true);
		});
	});
}
