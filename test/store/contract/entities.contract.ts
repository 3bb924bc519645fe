import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/briefs/types.js';
import type { Store } from '../../../src/store/types.js';
import { makeBrief, makeEntity, makeQuote } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const G = 'g1';

export function describeEntityMergingContract(makeStore: MakeStore): void {
	describe('entities across articles', () => {
		let store: Store;
		const ingest = (entities: Entity[], extra: Parameters<typeof makeBrief>[0] = {}) =>
			store.articles.ingest({ brief: makeBrief({ entities, ...extra }), feedId: null, itemKey: null, targets: [{ guildId: G, channelId: 'c', targetId: null }] });
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('merges names that differ only in case, accents and punctuation', async () => {
			await ingest([makeEntity({ name: 'François Hollande' })]);
			await ingest([makeEntity({ name: 'FRANCOIS HOLLANDE.' })]);
			await ingest([makeEntity({ name: 'francois-hollande' })]);
			const entity = await store.mentions.findEntity(G, 'Francois Hollande');
			expect(entity).toMatchObject({ name: 'François Hollande', mentionCount: 3 });
		});

		it('keeps an organisation and its short name apart until an article links them, then merges them', async () => {
			await ingest([makeEntity({ name: 'Zhipu AI', type: 'organization' })]);
			await ingest([makeEntity({ name: 'Zhipu', type: 'organization' })]);
			const long = await store.mentions.findEntity(G, 'Zhipu AI');
			const short = await store.mentions.findEntity(G, 'Zhipu');
			expect(long?.id).not.toBe(short?.id);
			await ingest([makeEntity({ name: 'Zhipu AI', type: 'organization', aliases: ['Zhipu'], roles: ['AI lab'] })]);
			const merged = await store.mentions.findEntity(G, 'zhipu');
			expect(merged).toMatchObject({ name: 'Zhipu AI', type: 'organization', mentionCount: 3 });
			expect(merged?.aliases).toContain('Zhipu');
			expect((await store.mentions.findEntity(G, 'Zhipu AI'))?.id).toBe(merged?.id);
			// An id handed out before the merge still opens the merged card.
			const stale = long!.id === merged!.id ? short! : long!;
			expect((await store.mentions.entityCard(G, stale.id))?.id).toBe(merged?.id);
		});

		it('merges a later short name through an alias an earlier article gave', async () => {
			await ingest([makeEntity({ name: 'Zhipu AI', type: 'organization', aliases: ['Zhipu'] })]);
			await ingest([makeEntity({ name: 'Zhipu', type: 'organization' })]);
			expect(await store.mentions.findEntity(G, 'Zhipu AI')).toMatchObject({ mentionCount: 2 });
		});

		it('never merges a bare surname with a full name from an unrelated article', async () => {
			await ingest([makeEntity({ name: 'Lin Junyang', aliases: ['Lin'], roles: ['Qwen lead'] })]);
			await ingest([makeEntity({ name: 'Lin', roles: ['swimmer'] })]);
			await ingest([makeEntity({ name: 'Lin' })]);
			const full = await store.mentions.findEntity(G, 'Lin Junyang');
			expect(full).toMatchObject({ name: 'Lin Junyang', mentionCount: 1 });
			const card = await store.mentions.entityCard(G, full!.id);
			expect(card?.roles.map((r) => r.role)).toEqual(['Qwen lead']);
			const bare = (await store.mentions.autocompleteEntities(G, 'lin', 10)).filter((e) => e.name === 'Lin');
			expect(bare).toHaveLength(1);
			expect(bare[0]?.mentionCount).toBe(2);
		});

		it('merges through a full alias and keeps other people who share the surname apart', async () => {
			await ingest([makeEntity({ name: 'Lin Junyang' })]);
			await ingest([makeEntity({ name: 'Lin Junyang', aliases: ['Lin', 'Justin Lin Junyang'] })]);
			await ingest([makeEntity({ name: 'Lin Wei' })]);
			const junyang = await store.mentions.findEntity(G, 'Justin Lin Junyang');
			expect(junyang).toMatchObject({ name: 'Lin Junyang', mentionCount: 2 });
			expect((await store.mentions.findEntity(G, 'Lin Wei'))?.id).not.toBe(junyang?.id);
		});

		it('never merges across types', async () => {
			await ingest([makeEntity({ name: 'Jordan Peterson', type: 'person' })]);
			await ingest([makeEntity({ name: 'Jordan Peterson', type: 'organization' })]);
			const found = await store.mentions.autocompleteEntities(G, 'jordan', 10);
			expect(found.map((e) => e.type).sort()).toEqual(['organization', 'person']);
		});

		it('keeps the evidence: each role with the article that gave it', async () => {
			const a = await ingest([makeEntity({ name: 'Ada Lovelace', roles: ['mathematician'] })], { title: 'First' });
			const b = await ingest([makeEntity({ name: 'Ada Lovelace', roles: ['writer'] })], { title: 'Second' });
			const entity = await store.mentions.findEntity(G, 'Ada Lovelace');
			const card = await store.mentions.entityCard(G, entity!.id);
			expect(card?.roles).toEqual(
				expect.arrayContaining([
					expect.objectContaining({ role: 'mathematician', articleId: a.articleId, articleTitle: 'First' }),
					expect.objectContaining({ role: 'writer', articleId: b.articleId, articleTitle: 'Second' }),
				]),
			);
		});

		it('attributes quotes to the merged speaker', async () => {
			await ingest([makeEntity({ name: 'Zhipu AI', type: 'organization' })], {
				quotes: [makeQuote({ text: 'Our model is open', speaker: 'Zhipu AI', speakerEntityId: 'e1' })],
			});
			await ingest([makeEntity({ name: 'Zhipu', type: 'organization' })], {
				quotes: [makeQuote({ text: 'We ship weekly', speaker: 'Zhipu', speakerEntityId: 'e1' })],
			});
			await ingest([makeEntity({ name: 'Zhipu AI', type: 'organization', aliases: ['Zhipu'] })]);
			const entity = await store.mentions.findEntity(G, 'Zhipu');
			const quotes = await store.mentions.searchQuotes({ guildId: G, speakerEntityId: entity!.id, limit: 10 });
			expect(quotes.hits.map((h) => h.text).sort()).toEqual(['Our model is open', 'We ship weekly']);
		});
	});
}
