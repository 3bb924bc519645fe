import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LimitError } from '../../../src/shared/errors.js';
import type { Store } from '../../../src/store/types.js';
import { makeBrief } from '../../helpers/store-builders.js';
import { urlKey } from '../../../src/store/url-key.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);
const A = 'https://a.example/feed';
const B = 'https://b.example/feed';
const C = 'https://c.example/feed';

export function describeFeedAdminContract(makeStore: MakeStore): void {
	describe('FeedStore administration', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('gives new targets default settings and the locale they were added in', async () => {
			const added = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0, locale: 'fr' });
			expect(added.target.settings).toEqual({ label: null, filter: null, pausedAt: null, format: 'full', intervalMs: null, pings: [], locale: 'fr' });
		});

		it('patches only the given settings, only for the guild', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c9', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: A, channelId: 'c2', now: T0 });
			const pings = [{ kind: 'role' as const, id: '123456789012345678', filter: 'lang:fr' }];
			expect(await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { filter: 'ukraine', label: 'World', pings } })).toBe(2);
			expect(await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { format: 'compact', pausedAt: T0 } })).toBe(2);
			const targets = await store.feeds.targetsForFeed(a.feed.id);
			const g1 = targets.filter((t) => t.guildId === 'g1').map((t) => t.settings);
			expect(g1).toEqual([
				{ label: 'World', filter: 'ukraine', pausedAt: T0, format: 'compact', intervalMs: null, pings, locale: null },
				{ label: 'World', filter: 'ukraine', pausedAt: T0, format: 'compact', intervalMs: null, pings, locale: null },
			]);
			expect(targets.find((t) => t.guildId === 'g2')?.settings).toMatchObject({ filter: null, pausedAt: null, format: 'full', label: null });
			// Clearing is explicit: null clears, absent keeps.
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { filter: null, pausedAt: null } });
			const cleared = (await store.feeds.listGuildFeeds('g1'))[0]?.targets[0]?.settings;
			expect(cleared).toMatchObject({ filter: null, pausedAt: null, label: 'World', format: 'compact' });
			expect(await store.feeds.updateGuildFeed({ guildId: 'g3', feedId: a.feed.id, patch: { label: 'x' } })).toBe(0);
		});

		it('enforces the per-guild caps on feeds and filters in its transaction', async () => {
			await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', limits: { maxFeeds: 2 } });
			const b = await store.feeds.addFeedTarget({ guildId: 'g1', url: B, channelId: 'c1', limits: { maxFeeds: 2 } });
			await expect(store.feeds.addFeedTarget({ guildId: 'g1', url: C, channelId: 'c1', limits: { maxFeeds: 2 } })).rejects.toBeInstanceOf(LimitError);
			// Following a feed it already follows, in another channel, is not one more feed.
			await store.feeds.addFeedTarget({ guildId: 'g1', url: B, channelId: 'c2', limits: { maxFeeds: 2 } });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: C, channelId: 'c1', limits: { maxFeeds: 2 } });
			expect((await store.feeds.listGuildFeeds('g1')).map((f) => f.url)).toEqual([A, B]);
			// Concurrent adds cannot both take the last place.
			const racing = await Promise.allSettled([
				store.feeds.addFeedTarget({ guildId: 'g3', url: A, channelId: 'c1', limits: { maxFeeds: 1 } }),
				store.feeds.addFeedTarget({ guildId: 'g3', url: B, channelId: 'c1', limits: { maxFeeds: 1 } }),
			]);
			expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const a = (await store.feeds.listGuildFeeds('g1'))[0]!;
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.id, patch: { filter: 'x' }, limits: { maxFilters: 1 } });
			await expect(
				store.feeds.updateGuildFeed({ guildId: 'g1', feedId: b.feed.id, patch: { filter: 'y' }, limits: { maxFilters: 1 } }),
			).rejects.toBeInstanceOf(LimitError);
			// Changing the filter a feed already has is not one more filter.
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.id, patch: { filter: 'z' }, limits: { maxFilters: 1 } });
			expect((await store.feeds.targetsForFeed(b.feed.id)).every((t) => t.settings?.filter === null)).toBe(true);
		});

		it('leaves a feed whose targets are all paused out of due feeds, and gives due feeds their interval wishes', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: A, channelId: 'c2', now: T0 });
			const due = async () => (await store.feeds.dueFeeds(T0 + 1, 10)).map((f) => [f.id, f.intervalMs, f.intervalHasDefault]);
			expect(await due()).toEqual([[a.feed.id, null, true]]);
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { intervalMs: 600_000 } });
			expect(await due()).toEqual([[a.feed.id, 600_000, true]]);
			await store.feeds.updateGuildFeed({ guildId: 'g2', feedId: a.feed.id, patch: { pausedAt: T0 } });
			expect(await due()).toEqual([[a.feed.id, 600_000, false]]);
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { pausedAt: T0 } });
			expect(await due()).toEqual([]);
		});

		it('moves the guild targets of a feed to one channel', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c2', now: T0 });
			await store.feeds.addFeedTarget({ guildId: 'g2', url: A, channelId: 'c1', now: T0 });
			await store.feeds.disableTarget(a.target.id, 'Missing Access');
			expect(await store.feeds.moveGuildFeed({ guildId: 'g1', feedId: a.feed.id, channelId: 'c3' })).toBe(2);
			const targets = await store.feeds.targetsForFeed(a.feed.id);
			expect(targets.map((t) => [t.guildId, t.channelId, t.disabledReason])).toEqual([
				['g1', 'c3', null],
				['g2', 'c1', null],
			]);
			expect(await store.feeds.moveGuildFeed({ guildId: 'g3', feedId: a.feed.id, channelId: 'c3' })).toBe(0);
		});

		it('explains an article URL to a guild: seen when and where, posted where, skipped why; nothing to other guilds', async () => {
			const link = 'https://news.example/story?utm_source=rss';
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			const g2 = await store.feeds.addFeedTarget({ guildId: 'g2', url: A, channelId: 'c2', now: T0 });
			await store.feeds.markItemsSeen(a.feed.id, [{ key: 'k1', linkKey: urlKey(link), contentHash: 'h1' }]);
			const ingested = await store.articles.ingest({
				brief: makeBrief({ title: 'The story', url: link }),
				feedId: a.feed.id,
				itemKey: 'k1',
				targets: [{ guildId: 'g1', channelId: 'c1', targetId: a.target.id }],
				now: T0 + 10,
			});
			await store.feeds.recordSkips(ingested.articleId, [{ targetId: g2.target.id, reason: 'filtered', detail: 'lang:fr' }], T0 + 10);
			const g1 = await store.feeds.explainUrl('g1', 'https://news.example/story');
			expect(g1.seen).toEqual([{ feedId: a.feed.id, feedTitle: null, feedUrl: A, seenAt: expect.any(Number), feedCreatedAt: T0 }]);
			expect(g1.article).toMatchObject({ id: ingested.articleId, title: 'The story', feedId: a.feed.id, firstCopy: null });
			expect(g1.deliveries).toEqual([{ articleId: ingested.articleId, channelId: 'c1', status: 'pending', messageId: null, lastError: null, attempts: 0 }]);
			expect(g1.skips).toEqual([]);
			const skipped = await store.feeds.explainUrl('g2', link);
			expect(skipped.deliveries).toEqual([]);
			expect(skipped.skips).toEqual([{ channelId: 'c2', reason: 'filtered', detail: 'lang:fr', at: T0 + 10 }]);
			expect(await store.feeds.explainUrl('g3', link)).toEqual({ seen: [], article: null, deliveries: [], skips: [] });
			expect(await store.feeds.explainUrl('g1', 'not a url')).toMatchObject({ seen: [], article: null });
		});

		it('lists the newest briefs of a feed and keeps skip records until the article is purged', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			const ids: number[] = [];
			for (let i = 0; i < 3; i++) {
				const result = await store.articles.ingest({
					brief: makeBrief({ title: `Item ${i}`, url: `https://a.example/${i}` }),
					feedId: a.feed.id,
					itemKey: `k${i}`,
					targets: [],
					now: T0 + i,
				});
				ids.push(result.articleId);
			}
			const recent = await store.feeds.recentFeedBriefs(a.feed.id, 2);
			expect(recent.map((r) => r.brief.title)).toEqual(['Item 2', 'Item 1']);
			expect(recent.map((r) => r.articleId)).toEqual([ids[2], ids[1]]);
			await store.feeds.recordSkips(ids[0]!, [{ targetId: a.target.id, reason: 'filtered', detail: 'NOT sport' }], T0);
			await store.feeds.recordSkips(ids[0]!, [{ targetId: a.target.id, reason: 'paused', detail: null }], T0 + 5);
			expect(await store.articles.purgeOlderThan(T0 + 100)).toBe(3);
			expect(await store.feeds.recentFeedBriefs(a.feed.id, 5)).toEqual([]);
		});
	});
}
