import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { makeBrief } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);

export function describeSubscriptionStoreContract(makeStore: MakeStore): void {
	describe('SubscriptionStore', () => {
		let store: Store;
		let articleId: number;
		beforeEach(async () => {
			store = await makeStore();
			articleId = (await store.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: [] })).articleId;
		});
		afterEach(async () => {
			await store.close();
		});

		it('adds, lists and removes a user own subscriptions in one guild', async () => {
			const a = await store.subscriptions.add({
				guildId: 'g1',
				userId: 'u1',
				topic: { kind: 'keywords', query: 'solar, "wind power"', label: 'solar, "wind power"' },
				delivery: 'dm',
				channelId: null,
				now: T0,
			});
			await store.subscriptions.add({ guildId: 'g2', userId: 'u1', topic: { kind: 'keywords', query: 'x', label: 'x' }, delivery: 'here', channelId: 'c2' });
			await store.subscriptions.add({ guildId: 'g1', userId: 'u2', topic: { kind: 'keywords', query: 'y', label: 'y' }, delivery: 'dm', channelId: null });
			expect(a).toMatchObject({ guildId: 'g1', userId: 'u1', delivery: 'dm', paused: null, createdAt: T0 });
			expect(await store.subscriptions.listForUser('g1', 'u1')).toEqual([a]);
			expect(await store.subscriptions.remove('g1', 'u2', a.id)).toBe(false);
			expect(await store.subscriptions.remove('g2', 'u1', a.id)).toBe(false);
			expect(await store.subscriptions.remove('g1', 'u1', a.id)).toBe(true);
			expect(await store.subscriptions.listForUser('g1', 'u1')).toEqual([]);
			expect((await store.subscriptions.listAll()).length).toBe(2);
		});

		it('keeps entity topics, delivery changes and pauses', async () => {
			const sub = await store.subscriptions.add({
				guildId: 'g1',
				userId: 'u1',
				topic: { kind: 'entity', entityId: 42, label: 'Ada Lovelace' },
				delivery: 'dm',
				channelId: null,
			});
			await store.subscriptions.setDelivery(sub.id, 'here');
			let [saved] = await store.subscriptions.listForUser('g1', 'u1');
			expect(saved).toMatchObject({ delivery: 'here', topic: { kind: 'entity', entityId: 42, label: 'Ada Lovelace' } });
			await store.subscriptions.setPaused(sub.id, 'DMs closed');
			[saved] = await store.subscriptions.listForUser('g1', 'u1');
			expect(saved?.paused).toBe('DMs closed');
			expect(await store.subscriptions.listAll()).toEqual([]);
			await store.subscriptions.setPaused(sub.id, null);
			expect((await store.subscriptions.listAll()).map((s) => s.id)).toEqual([sub.id]);
		});

		it('claims a notification once per guild, user and article, and counts them for the rate limit', async () => {
			expect(await store.subscriptions.claimNotification({ guildId: 'g1', userId: 'u1', articleId, at: T0 })).toBe(true);
			expect(await store.subscriptions.claimNotification({ guildId: 'g1', userId: 'u1', articleId, at: T0 + 1 })).toBe(false);
			expect(await store.subscriptions.claimNotification({ guildId: 'g1', userId: 'u2', articleId, at: T0 + 2 })).toBe(true);
			expect(await store.subscriptions.countNotificationsSince('g1', 'u1', T0)).toBe(1);
			expect(await store.subscriptions.countNotificationsSince('g1', 'u1', T0 + 1)).toBe(0);
			expect(await store.subscriptions.countNotificationsSince('g2', 'u1', 0)).toBe(0);
		});

		it('collects digest items once and hands them out grouped per user', async () => {
			const other = (await store.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: [] })).articleId;
			const subs = store.subscriptions;
			await subs.addToDigest({ guildId: 'g1', userId: 'u1', articleId, subscriptionId: 1, at: T0 });
			await subs.addToDigest({ guildId: 'g1', userId: 'u1', articleId, subscriptionId: 2, at: T0 });
			await subs.addToDigest({ guildId: 'g1', userId: 'u1', articleId: other, subscriptionId: 1, at: T0 + 1 });
			await subs.addToDigest({ guildId: 'g1', userId: 'u2', articleId: other, subscriptionId: 3, at: T0 + 5 });
			expect(await subs.takeDigests(T0 + 1)).toEqual([{ guildId: 'g1', userId: 'u1', articleIds: [articleId, other] }]);
			expect(await subs.takeDigests(T0 + 1)).toEqual([]);
			expect(await subs.takeDigests(T0 + 10)).toEqual([{ guildId: 'g1', userId: 'u2', articleIds: [other] }]);
		});
	});
}
