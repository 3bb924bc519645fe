import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { makeBrief, similarMinhash, uniqueMinhash } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);
const HOLD = 120_000;
const target = [{ guildId: 'g1', channelId: 'c1', targetId: null }];

/** STORY_HOLD (ADR 010): a new story's post waits; a more original copy arriving meanwhile is the one posted. */
export function describeStoryHoldContract(makeStore: MakeStore): void {
	describe('STORY_HOLD', () => {
		let store: Store;
		let signature: number[];
		beforeEach(async () => {
			store = await makeStore();
			signature = uniqueMinhash();
		});
		afterEach(async () => {
			await store.close();
		});

		/** The aggregator's copy first (rank 0), held; returns its article and delivery ids. */
		const ingestFirst = async (hold = { ms: HOLD, rank: 0 }) => {
			const brief = makeBrief({ url: 'https://aggregator.example/sea-wall', siteName: 'Aggregator', minhash: signature });
			const result = await store.articles.ingest({ brief, feedId: null, itemKey: null, targets: target, now: T0, hold });
			expect(result.deliveryIds).toHaveLength(1);
			return result;
		};
		const ingestCopy = (rank: number, at: number, hold = HOLD) =>
			store.articles.ingest({
				brief: makeBrief({ url: `https://ledger.example/sea-wall-${rank}-${at}`, siteName: 'Ledger', minhash: similarMinhash(signature, 0.9) }),
				feedId: null,
				itemKey: null,
				targets: target,
				now: at,
				hold: { ms: hold, rank },
			});

		it('makes a new story post due only once the hold has passed', async () => {
			const first = await ingestFirst();
			expect(await store.deliveries.pending(T0 + HOLD - 1, 10)).toEqual([]);
			expect(await store.deliveries.pending(T0 + HOLD, 10)).toEqual([
				expect.objectContaining({ id: first.deliveryIds[0], articleId: first.articleId, nextAttemptAt: T0 + HOLD }),
			]);
		});

		it('posts a more original copy that arrives within the hold instead, once, with the first listed as also reporting', async () => {
			const first = await ingestFirst();
			const copy = await ingestCopy(2, T0 + 60_000);
			expect(copy).toMatchObject({ duplicateOf: first.storyId, deliveryIds: [] });
			const due = await store.deliveries.pending(T0 + HOLD, 10);
			expect(due).toEqual([expect.objectContaining({ id: first.deliveryIds[0], articleId: copy.articleId, nextAttemptAt: T0 + HOLD })]);
			expect(await store.articles.alsoReportedBy(copy.articleId)).toEqual(['Aggregator']);
		});

		it('keeps the held copy when the later one ranks no higher', async () => {
			const first = await ingestFirst({ ms: HOLD, rank: 1 });
			await ingestCopy(1, T0 + 1_000);
			await ingestCopy(0, T0 + 2_000);
			expect((await store.deliveries.pending(T0 + HOLD, 10)).map((d) => d.articleId)).toEqual([first.articleId]);
		});

		it('changes nothing once the hold is over, or once the post was tried', async () => {
			const first = await ingestFirst();
			await ingestCopy(2, T0 + HOLD);
			expect((await store.deliveries.pending(T0 + HOLD, 10)).map((d) => d.articleId)).toEqual([first.articleId]);

			const other = await makeStore();
			try {
				const brief = makeBrief({ minhash: uniqueMinhash() });
				const held = await other.articles.ingest({ brief, feedId: null, itemKey: null, targets: target, now: T0, hold: { ms: HOLD, rank: 0 } });
				await other.deliveries.markRetry(held.deliveryIds[0]!, 'rate limited', T0 + 5_000);
				await other.articles.ingest({
					brief: makeBrief({ minhash: similarMinhash(brief.minhash, 0.9) }),
					feedId: null,
					itemKey: null,
					targets: target,
					now: T0 + 1_000,
					hold: { ms: HOLD, rank: 2 },
				});
				expect((await other.deliveries.pending(T0 + 5_000, 10)).map((d) => d.articleId)).toEqual([held.articleId]);
			} finally {
				await other.close();
			}
		});

		it('delivers at once and never swaps copies when the hold is 0', async () => {
			const first = await ingestFirst({ ms: 0, rank: 0 });
			await ingestCopy(2, T0 + 1, 0);
			expect((await store.deliveries.pending(T0, 10)).map((d) => [d.articleId, d.nextAttemptAt])).toEqual([[first.articleId, T0]]);
		});
	});
}
