import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { makeBrief } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);

export function describeDeliveryStoreContract(makeStore: MakeStore): void {
	describe('DeliveryStore', () => {
		let store: Store;
		let articleId: number;
		beforeEach(async () => {
			store = await makeStore();
			articleId = (await store.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: [], now: T0 })).articleId;
		});
		afterEach(async () => {
			await store.close();
		});

		it('enqueues a pending delivery with a nonce Discord accepts', async () => {
			const delivery = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 });
			expect(delivery).toMatchObject({ articleId, guildId: 'g1', channelId: 'c1', status: 'pending', attempts: 0, nextAttemptAt: T0 });
			expect(delivery.nonce.length).toBeGreaterThan(0);
			expect(delivery.nonce.length).toBeLessThanOrEqual(25);
			expect(await store.deliveries.countPending()).toBe(1);
		});

		it('gives one delivery per article and channel however often it is enqueued', async () => {
			const a = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 });
			const b = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 + 1 });
			expect(b.id).toBe(a.id);
			expect(b.nonce).toBe(a.nonce);
			const dm = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'dm', kind: 'dm', userId: 'u1', now: T0 });
			const dmAgain = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'dm', kind: 'dm', userId: 'u1', now: T0 });
			expect(dmAgain.id).toBe(dm.id);
			expect((await store.deliveries.listForArticle(articleId)).map((d) => d.id)).toEqual([a.id, dm.id]);
		});

		it('lists pending deliveries due now in creation order', async () => {
			const second = await makeBrief();
			const other = (await store.articles.ingest({ brief: second, feedId: null, itemKey: null, targets: [], now: T0 })).articleId;
			const a = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 });
			const b = await store.deliveries.enqueue({ articleId: other, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 });
			const c = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c2', kind: 'channel', now: T0 });
			expect((await store.deliveries.pending(T0, 10)).map((d) => d.id)).toEqual([a.id, b.id, c.id]);
			expect((await store.deliveries.pending(T0, 2)).map((d) => d.id)).toEqual([a.id, b.id]);
			await store.deliveries.markRetry(a.id, '429', T0 + 5_000);
			expect((await store.deliveries.pending(T0 + 1, 10)).map((d) => d.id)).toEqual([b.id, c.id]);
			const retried = (await store.deliveries.pending(T0 + 5_000, 10)).find((d) => d.id === a.id);
			expect(retried).toMatchObject({ attempts: 1, lastError: '429', status: 'pending' });
		});

		it('moves deliveries to sent or failed', async () => {
			const a = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', now: T0 });
			const b = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c2', kind: 'channel', now: T0 });
			await store.deliveries.markSent(a.id, 'm1', T0 + 1);
			await store.deliveries.markFailed(b.id, 'Missing Access');
			expect(await store.deliveries.pending(T0 + 10, 10)).toEqual([]);
			expect(await store.deliveries.countPending()).toBe(0);
			const [sent, failed] = await store.deliveries.listForArticle(articleId);
			expect(sent).toMatchObject({ status: 'sent', messageId: 'm1' });
			expect(failed).toMatchObject({ status: 'failed', lastError: 'Missing Access' });
		});

		it('adds mentions without duplicates', async () => {
			const a = await store.deliveries.enqueue({ articleId, guildId: 'g1', channelId: 'c1', kind: 'channel', mentionUserIds: ['u1'], now: T0 });
			await store.deliveries.addMentions(a.id, ['u2', 'u1']);
			await store.deliveries.addMentions(a.id, ['u2']);
			const [saved] = await store.deliveries.pending(T0, 1);
			expect(saved?.mentionUserIds.sort()).toEqual(['u1', 'u2']);
		});
	});
}
