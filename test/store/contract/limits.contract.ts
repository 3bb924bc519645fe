/**
 * Limits the store enforces itself, for every implementation: the subscription cap under concurrent calls (checked
 * in the insert's transaction), and the per-article caps on quotes, entities and mentions.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STORED_ENTITIES, MAX_STORED_MENTIONS_PER_ENTITY, MAX_STORED_QUOTES } from '../../../src/store/brief-caps.js';
import { LimitExceededError } from '../../../src/shared/errors.js';
import { makeBrief, makeEntity, makeQuote, uniqueMinhash } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

export function describeLimitsContract(makeStore: MakeStore): void {
	describe('limits held by the store', () => {
		it('stores no more than the cap when 40 subscriptions of one user arrive at once', async () => {
			const store = await makeStore();
			try {
				const results = await Promise.allSettled(
					Array.from({ length: 40 }, (_, i) =>
						store.subscriptions.add({ guildId: 'g', userId: 'u', topic: { kind: 'keywords', query: `word${i}`, label: `word${i}` }, delivery: 'dm', channelId: 'c', maxPerUser: 25 }),
					),
				);
				expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(25);
				const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
				expect(refused).toHaveLength(15);
				for (const r of refused) expect(r.reason).toBeInstanceOf(LimitExceededError);
				expect(await store.subscriptions.listForUser('g', 'u')).toHaveLength(25);
				// Another user of the same guild has a cap of their own.
				await store.subscriptions.add({ guildId: 'g', userId: 'v', topic: { kind: 'keywords', query: 'word', label: 'word' }, delivery: 'dm', channelId: 'c', maxPerUser: 25 });
			} finally {
				await store.close();
			}
		});

		it('keeps at most the per-article caps of quotes, entities and mentions, key quotes and speakers first', async () => {
			const store = await makeStore();
			try {
				const entities = Array.from({ length: 300 }, (_, i) =>
					makeEntity({ id: `e${i}`, name: `Person Number${i}`, mentions: Array.from({ length: i === 0 ? 500 : 1 }, () => ({ start: 0, end: 6, text: 'Person' })) }),
				);
				const quotes = Array.from({ length: 500 }, (_, i) =>
					makeQuote({ text: `Invented quote number ${i}`, key: i === 499, speaker: `Person Number${299}`, speakerEntityId: i === 499 ? 'e299' : null }),
				);
				const brief = makeBrief({ title: 'A page of invented quotes', url: 'https://example.com/invented', entities, quotes, minhash: uniqueMinhash() });
				const result = await store.articles.ingest({ brief, feedId: null, itemKey: null, targets: [], now: 1_000 });
				const stored = await store.articles.getBrief(result.articleId);
				expect(stored?.quotes).toHaveLength(MAX_STORED_QUOTES);
				expect(stored?.quotes.some((q) => q.key && q.text === 'Invented quote number 499')).toBe(true);
				expect(stored?.entities).toHaveLength(MAX_STORED_ENTITIES);
				expect(stored?.entities.some((e) => e.id === 'e299')).toBe(true);
				expect(stored?.entities.find((e) => e.id === 'e0')?.mentions).toHaveLength(MAX_STORED_MENTIONS_PER_ENTITY);
			} finally {
				await store.close();
			}
		});
	});
}
