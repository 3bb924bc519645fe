import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { urlKey } from '../../../src/store/url-key.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);
const A = 'https://a.example/feed';
const TOKEN = 'wh-secret-token-abc';

export function describeTargetRoutesContract(makeStore: MakeStore): void {
	describe('FeedStore forum and webhook targets, item problems', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('gives new targets the channel kind, and changes the kind of one channel only when asked', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			const b = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'forum', now: T0 });
			expect(await store.feeds.deliveryRoute(a.target.id)).toEqual({ kind: 'channel', webhook: null, sourceName: null });
			expect(await store.feeds.setTargetKind({ guildId: 'g1', feedId: a.feed.id, channelId: 'forum', kind: 'forum' })).toBe(1);
			expect(await store.feeds.targetRoutes('g1')).toEqual([
				{ targetId: a.target.id, kind: 'channel', webhook: null },
				{ targetId: b.target.id, kind: 'forum', webhook: null },
			]);
			expect(await store.feeds.setTargetKind({ guildId: 'g2', feedId: a.feed.id, kind: 'thread' })).toBe(0);
			expect(await store.feeds.deliveryRoute(999_999)).toBeNull();
		});

		it('hands the webhook token only to deliveryRoute, under the guild name of the feed, and forgets it when gone', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: a.feed.id, patch: { label: 'World desk' } });
			expect(await store.feeds.setWebhook({ guildId: 'g2', targetId: a.target.id, webhook: { id: 'w1', token: TOKEN, avatarUrl: null } })).toBe(0);
			await store.feeds.setWebhook({ guildId: 'g1', targetId: a.target.id, webhook: { id: 'w1', token: TOKEN, avatarUrl: 'https://a.example/icon.png' } });
			expect(await store.feeds.deliveryRoute(a.target.id)).toEqual({
				kind: 'channel',
				webhook: { id: 'w1', token: TOKEN, avatarUrl: 'https://a.example/icon.png' },
				sourceName: 'World desk',
			});
			const listed = await store.feeds.targetRoutes('g1');
			expect(listed).toEqual([{ targetId: a.target.id, kind: 'channel', webhook: 'active' }]);
			expect(JSON.stringify([listed, await store.feeds.listGuildFeeds('g1')])).not.toContain(TOKEN);
			// Only the webhook that failed is marked: a newer one set meanwhile stays.
			await store.feeds.markWebhookGone(a.target.id, 'w0', T0);
			expect((await store.feeds.targetRoutes('g1'))[0]?.webhook).toBe('active');
			await store.feeds.markWebhookGone(a.target.id, 'w1', T0);
			expect(await store.feeds.targetRoutes('g1')).toEqual([{ targetId: a.target.id, kind: 'channel', webhook: 'gone' }]);
			expect((await store.feeds.deliveryRoute(a.target.id))?.webhook).toBeNull();
		});

		it('forgets the webhook when the feed moves to another channel', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			await store.feeds.setWebhook({ guildId: 'g1', targetId: a.target.id, webhook: { id: 'w1', token: TOKEN, avatarUrl: null } });
			await store.feeds.moveGuildFeed({ guildId: 'g1', feedId: a.feed.id, channelId: 'c2' });
			expect(await store.feeds.targetRoutes('g1')).toEqual([{ targetId: a.target.id, kind: 'channel', webhook: null }]);
		});

		it('records why items were not briefed, the latest per link, and tells only guilds that follow the feed', async () => {
			const a = await store.feeds.addFeedTarget({ guildId: 'g1', url: A, channelId: 'c1', now: T0 });
			const url = 'https://a.example/2026/story?utm_source=x';
			const linkKey = urlKey('https://a.example/2026/story')!;
			await store.feeds.recordItemProblems(a.feed.id, [{ linkKey, outcome: 'failed', detail: 'Error: timeout', retryAt: T0 + 60_000 }], T0);
			expect(await store.feeds.itemProblems('g1', url)).toEqual([{ feedId: a.feed.id, outcome: 'failed', detail: 'Error: timeout', at: T0, retryAt: T0 + 60_000 }]);
			await store.feeds.recordItemProblems(a.feed.id, [{ linkKey, outcome: 'refused', detail: 'not an article', retryAt: null }], T0 + 1);
			expect(await store.feeds.itemProblems('g1', url)).toEqual([{ feedId: a.feed.id, outcome: 'refused', detail: 'not an article', at: T0 + 1, retryAt: null }]);
			expect(await store.feeds.itemProblems('g2', url)).toEqual([]);
			// A failure that a later poll got through (the item is now seen) is no longer reported.
			const other = urlKey('https://a.example/2026/other')!;
			await store.feeds.recordItemProblems(a.feed.id, [{ linkKey: other, outcome: 'failed', detail: 'Error: timeout', retryAt: T0 + 60_000 }], T0);
			expect(await store.feeds.itemProblems('g1', 'https://a.example/2026/other')).toHaveLength(1);
			await store.feeds.markItemsSeen(a.feed.id, [{ key: 'k-other', linkKey: other, contentHash: 'h-other' }]);
			expect(await store.feeds.itemProblems('g1', 'https://a.example/2026/other')).toEqual([]);
			expect(await store.feeds.itemProblems('g1', 'https://a.example/other')).toEqual([]);
		});
	});
}
