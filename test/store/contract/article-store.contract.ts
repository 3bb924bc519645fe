import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { makeBrief, makeEntity, makeQuote, similarMinhash } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

function quotedBrief(url: string) {
	return makeBrief({
		url,
		entities: [makeEntity({ id: 'e1', name: 'Ada Lovelace', roles: ['mathematician'] })],
		quotes: [
			makeQuote({ text: 'The engine weaves algebraic patterns', speaker: 'Ada Lovelace', speakerEntityId: 'e1', key: true }),
			makeQuote({ text: 'We will publish the notes next year', speaker: 'Ada Lovelace', speakerEntityId: 'e1' }),
		],
	});
}

export function describeArticleStoreContract(makeStore: MakeStore): void {
	describe('ArticleStore', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('ingests the same brief twice as one article, one set of quotes and one delivery per target', async () => {
			const brief = quotedBrief('https://news.example/engine');
			const targets = [
				{ guildId: 'g1', channelId: 'c1', targetId: null },
				{ guildId: 'g2', channelId: 'c2', targetId: null },
			];
			const first = await store.articles.ingest({ brief, feedId: null, itemKey: null, targets, now: T0 });
			const second = await store.articles.ingest({ brief, feedId: null, itemKey: null, targets, now: T0 + 1 });
			expect(first).toMatchObject({ alreadyIngested: false, duplicateOf: null });
			expect(first.deliveryIds).toHaveLength(2);
			expect(second).toMatchObject({ articleId: first.articleId, alreadyIngested: true, deliveryIds: [] });
			expect(await store.deliveries.countPending()).toBe(2);
			const speaker = await store.mentions.findEntity('g1', 'Ada Lovelace');
			const quotes = await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: speaker!.id, limit: 10 });
			expect(quotes.total).toBe(2);
			expect(speaker?.mentionCount).toBe(1);
		});

		it('ingests a batch like the same ingests one by one, when the store offers batches', async () => {
			const original = makeBrief({ url: 'https://batch.example/1' });
			const target = [{ guildId: 'g1', channelId: 'c1', targetId: null }];
			const results = await store.articles.ingestMany([
				{ brief: original, feedId: null, itemKey: null, targets: target, now: T0 },
				{ brief: original, feedId: null, itemKey: null, targets: target, now: T0 },
				{ brief: makeBrief({ minhash: similarMinhash(original.minhash, 0.9) }), feedId: null, itemKey: null, targets: target, now: T0 },
			]);
			expect(results.map((r) => [r.alreadyIngested, r.duplicateOf, r.deliveryIds.length])).toEqual([
				[false, null, 1],
				[true, null, 0],
				[false, results[0]!.storyId, 0],
			]);
			expect(await store.articles.ingestMany([])).toEqual([]);
		});

		it('recognises the same article under another spelling of its URL', async () => {
			const a = await store.articles.ingest({ brief: makeBrief({ url: 'https://www.news.example/a/?utm_source=x#top' }), feedId: null, itemKey: null, targets: [] });
			const b = await store.articles.ingest({ brief: makeBrief({ url: 'http://news.example/a' }), feedId: null, itemKey: null, targets: [] });
			const c = await store.articles.ingest({
				brief: makeBrief({ url: 'https://m.news.example/x', canonicalUrl: 'https://news.example/a' }),
				feedId: null,
				itemKey: null,
				targets: [],
			});
			expect(b).toMatchObject({ articleId: a.articleId, alreadyIngested: true });
			expect(c).toMatchObject({ articleId: a.articleId, alreadyIngested: true });
		});

		it('recognises the same feed item without a URL', async () => {
			const { feed } = await store.feeds.addFeedTarget({ guildId: 'g1', url: 'https://news.example/feed', channelId: 'c1' });
			const a = await store.articles.ingest({ brief: makeBrief({ url: null }), feedId: feed.id, itemKey: 'guid-1', targets: [] });
			const b = await store.articles.ingest({ brief: makeBrief({ url: null }), feedId: feed.id, itemKey: 'guid-1', targets: [] });
			expect(b).toMatchObject({ articleId: a.articleId, alreadyIngested: true });
		});

		it('links a near-duplicate to its story and does not deliver it twice to one channel', async () => {
			const original = makeBrief({ url: 'https://first.example/story', siteName: 'First' });
			const copy = makeBrief({ url: 'https://copy.example/story', siteName: 'Copy', minhash: similarMinhash(original.minhash, 0.8) });
			const a = await store.articles.ingest({ brief: original, feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }], now: T0 });
			const b = await store.articles.ingest({
				brief: copy,
				feedId: null,
				itemKey: null,
				targets: [
					{ guildId: 'g1', channelId: 'c1', targetId: null },
					{ guildId: 'g2', channelId: 'c2', targetId: null },
				],
				now: T0 + 60_000,
			});
			expect(b).toMatchObject({ storyId: a.storyId, duplicateOf: a.storyId, alreadyIngested: false });
			expect(b.articleId).not.toBe(a.articleId);
			expect(b.deliveryIds).toHaveLength(1);
			const deliveries = await store.deliveries.pending(T0 + DAY, 10);
			expect(deliveries.map((d) => d.channelId)).toEqual(['c1', 'c2']);
			expect(await store.articles.alsoReportedBy(a.articleId)).toEqual(['Copy']);
			expect(await store.articles.alsoReportedBy(b.articleId)).toEqual(['First']);
			expect((await store.articles.getArticle(b.articleId))?.storyId).toBe(a.articleId);
		});

		it('lists a republished copy under its own publisher, not under the original it credits', async () => {
			const original = makeBrief({ url: 'https://techwire.example/story', siteName: 'TechWire' });
			const copy = makeBrief({
				url: 'https://aggregator.example/story',
				siteName: 'CoinWire Daily',
				originalSource: { name: 'techwire.example', url: 'https://techwire.example/story' },
				minhash: similarMinhash(original.minhash, 0.8),
			});
			const a = await store.articles.ingest({ brief: original, feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }], now: T0 });
			await store.articles.ingest({ brief: copy, feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }], now: T0 + 1_000 });
			expect(await store.articles.alsoReportedBy(a.articleId)).toEqual(['CoinWire Daily']);
		});

		it('keeps articles of different stories apart', async () => {
			const original = makeBrief();
			const other = makeBrief({ minhash: similarMinhash(original.minhash, 0.3) });
			const a = await store.articles.ingest({ brief: original, feedId: null, itemKey: null, targets: [], now: T0 });
			const b = await store.articles.ingest({ brief: other, feedId: null, itemKey: null, targets: [], now: T0 });
			expect(b.duplicateOf).toBeNull();
			expect(b.storyId).not.toBe(a.storyId);
		});

		it('does not join a story older than the recent window', async () => {
			const original = makeBrief();
			const copy = makeBrief({ minhash: similarMinhash(original.minhash, 0.9) });
			await store.articles.ingest({ brief: original, feedId: null, itemKey: null, targets: [], now: T0 });
			const late = await store.articles.ingest({ brief: copy, feedId: null, itemKey: null, targets: [], now: T0 + 90 * DAY });
			expect(late.duplicateOf).toBeNull();
		});

		it('returns the stored brief and the guild recent briefs newest first', async () => {
			const older = makeBrief({ title: 'Older', publishedAt: '2026-01-01T00:00:00Z' });
			const newer = makeBrief({ title: 'Newer', publishedAt: '2026-01-02T00:00:00Z' });
			const elsewhere = makeBrief({ title: 'Elsewhere' });
			const a = await store.articles.ingest({ brief: older, feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }], now: T0 + DAY * 3 });
			await store.articles.ingest({ brief: newer, feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }], now: T0 + DAY * 3 });
			await store.articles.ingest({ brief: elsewhere, feedId: null, itemKey: null, targets: [{ guildId: 'g2', channelId: 'c2', targetId: null }], now: T0 + DAY * 3 });
			expect(await store.articles.getBrief(a.articleId)).toEqual(older);
			expect((await store.articles.recentBriefs('g1', 10)).map((r) => r.brief.title)).toEqual(['Newer', 'Older']);
			expect(await store.articles.getBrief(999_999)).toBeNull();
			const odd = makeBrief({ text: 'A body that is not the paragraphs joined.' });
			const c = await store.articles.ingest({ brief: odd, feedId: null, itemKey: null, targets: [] });
			expect(await store.articles.getBrief(c.articleId)).toEqual(odd);
			expect(await store.articles.getArticle(999_999)).toBeNull();
		});

		it('purges old articles with their quotes, mentions and deliveries', async () => {
			const old = quotedBrief('https://news.example/old');
			const recent = quotedBrief('https://news.example/recent');
			const target = [{ guildId: 'g1', channelId: 'c1', targetId: null }];
			await store.articles.ingest({ brief: old, feedId: null, itemKey: null, targets: target, now: T0 });
			const kept = await store.articles.ingest({ brief: recent, feedId: null, itemKey: null, targets: target, now: T0 + 10 * DAY });
			expect((await store.mentions.findEntity('g1', 'Ada Lovelace'))?.mentionCount).toBe(2);
			expect(await store.articles.purgeOlderThan(T0 + DAY)).toBe(1);
			const entity = await store.mentions.findEntity('g1', 'Ada Lovelace');
			expect(entity?.mentionCount).toBe(1);
			const quotes = await store.mentions.searchQuotes({ guildId: 'g1', about: 'engine algebraic', limit: 10 });
			expect(quotes.hits.map((h) => h.articleId)).toEqual([kept.articleId]);
			expect(await store.deliveries.countPending()).toBe(1);
			expect(await store.articles.purgeOlderThan(T0 + 20 * DAY)).toBe(1);
			expect(await store.mentions.findEntity('g1', 'Ada Lovelace')).toBeNull();
			expect(await store.mentions.autocompleteEntities('g1', 'ada', 5)).toEqual([]);
			expect(await store.checkIntegrity()).toBe('ok');
		});
	});
}
