import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/briefs/types.js';
import type { Store } from '../../../src/store/types.js';
import { makeBrief, makeEntity, makeQuote } from '../../helpers/store-builders.js';
import type { MakeStore } from './make-store.js';

const HOSTILE = [
	'',
	'   ',
	'"',
	'"unbalanced',
	'*',
	'-',
	'-macron',
	'NEAR',
	'NEAR(a b)',
	'a AND',
	'OR OR OR',
	'NOT',
	'(((',
	')',
	'text:elysee',
	'^start',
	'{text}: x',
	"'; DROP TABLE quotes; --",
	'😀🔥',
	'مرحبا بالعالم',
	'שלום "עולם',
	'x'.repeat(6_000),
	'a '.repeat(3_000),
	'\u0000\u0001',
	'NEAR/3',
	'"a" + "b"',
];

function briefWith(quotes: Array<[string, string]>, extra: Partial<Brief> = {}): Brief {
	const speakers = [...new Set(quotes.map(([, speaker]) => speaker))];
	return makeBrief({
		entities: speakers.map((name, i) => makeEntity({ id: `e${i + 1}`, name })),
		quotes: quotes.map(([text, speaker]) => makeQuote({ text, speaker, speakerEntityId: `e${speakers.indexOf(speaker) + 1}` })),
		...extra,
	});
}

export function describeMentionStoreContract(makeStore: MakeStore): void {
	describe('MentionStore', () => {
		let store: Store;
		const ingest = (brief: Brief, guildId = 'g1', now?: number) =>
			store.articles.ingest({ brief, feedId: null, itemKey: null, targets: [{ guildId, channelId: `${guildId}-c`, targetId: null }], now });
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('shows a guild nothing that only another guild was delivered', async () => {
			await ingest(briefWith([['Secret plans for the harbour', 'Marie Curie']]), 'g2');
			await ingest(briefWith([['Public plans for the park', 'Pierre Curie']]), 'g1');
			expect(await store.mentions.findEntity('g1', 'Marie Curie')).toBeNull();
			expect((await store.mentions.autocompleteEntities('g1', 'cur', 10)).map((e) => e.name)).toEqual(['Pierre Curie']);
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: 'plans', limit: 10 })).hits.map((h) => h.text)).toEqual([
				'Public plans for the park',
			]);
			const marie = await store.mentions.findEntity('g2', 'Marie Curie');
			expect(await store.mentions.entityCard('g1', marie!.id)).toBeNull();
			expect((await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: marie!.id, limit: 10 })).total).toBe(0);
			expect(await store.mentions.closestEntities('g1', 'Marie Curie', 5)).not.toContainEqual(expect.objectContaining({ id: marie!.id }));
			expect(await store.articles.recentBriefs('g3', 5)).toEqual([]);
		});

		it('lets a guild see an article once one of its feeds delivers it too', async () => {
			const brief = briefWith([['Shared words', 'Marie Curie']]);
			await ingest(brief, 'g2');
			await ingest(brief, 'g1');
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: 'shared', limit: 10 })).total).toBe(1);
			expect((await store.mentions.findEntity('g1', 'marie curie'))?.mentionCount).toBe(1);
		});

		it('finds accented text without accents and ignores case', async () => {
			await ingest(briefWith([["Nous irons à l'Élysée demain", 'Emmanuel Macron']], { language: 'fr' }));
			const hits = await store.mentions.searchQuotes({ guildId: 'g1', about: 'elysee', limit: 5 });
			expect(hits.hits.map((h) => h.text)).toEqual(["Nous irons à l'Élysée demain"]);
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: 'ÉLYSÉE DEMAIN', limit: 5 })).total).toBe(1);
		});

		it('answers any input without an FTS syntax error', async () => {
			await ingest(briefWith([['NEAR the AND gate, "quotes" and (parentheses) * stars', 'Alan Turing']]));
			for (const about of HOSTILE) {
				const result = await store.mentions.searchQuotes({ guildId: 'g1', about, limit: 5 });
				// The one stored quote, or nothing: never an error, never another row.
				expect(result.total).toBe(result.hits.length);
				expect(result.hits.map((h) => h.text)).toEqual(result.total ? ['NEAR the AND gate, "quotes" and (parentheses) * stars'] : []);
				await expect(store.mentions.autocompleteEntities('g1', about, 5)).resolves.toBeInstanceOf(Array);
				await expect(store.mentions.closestEntities('g1', about, 5)).resolves.toBeInstanceOf(Array);
				await store.mentions.findEntity('g1', about);
			}
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: 'NEAR(', limit: 5 })).total).toBe(1);
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: '"quotes', limit: 5 })).total).toBe(1);
			expect((await store.mentions.searchQuotes({ guildId: 'g1', about: '', limit: 5 })).total).toBe(0);
		});

		it('ranks the most relevant quotes first and the newest first among equals', async () => {
			const T = Date.UTC(2026, 1, 1);
			await ingest(briefWith([['Inflation inflation inflation everywhere', 'Christine Lagarde']], { publishedAt: '2026-01-01T00:00:00Z' }), 'g1', T);
			await ingest(briefWith([['Rates and inflation', 'Jerome Powell']], { publishedAt: '2026-01-05T00:00:00Z' }), 'g1', T);
			await ingest(briefWith([['Rates and inflation', 'Jerome Powell']], { publishedAt: '2026-01-09T00:00:00Z' }), 'g1', T);
			const result = await store.mentions.searchQuotes({ guildId: 'g1', about: 'inflation', limit: 10 });
			expect(result.hits[0]?.text).toBe('Inflation inflation inflation everywhere');
			expect(result.hits.slice(1).map((h) => h.publishedAt)).toEqual([Date.UTC(2026, 0, 9), Date.UTC(2026, 0, 5)]);
			const both = await store.mentions.searchQuotes({ guildId: 'g1', about: 'rates inflation', limit: 10 });
			expect(both.total).toBe(2);
		});

		it('lists a speaker quotes newest first, paginated, with a total and a since filter', async () => {
			for (let day = 1; day <= 5; day++) {
				await ingest(briefWith([[`Statement number ${day}`, 'Ursula von der Leyen']], { publishedAt: `2026-01-0${day}T00:00:00Z` }), 'g1', Date.UTC(2026, 1, 1));
			}
			const speaker = await store.mentions.findEntity('g1', 'Ursula von der Leyen');
			const page1 = await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: speaker!.id, limit: 2 });
			const page2 = await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: speaker!.id, limit: 2, offset: 2 });
			expect(page1.total).toBe(5);
			expect(page1.hits.map((h) => h.text)).toEqual(['Statement number 5', 'Statement number 4']);
			expect(page2.hits.map((h) => h.text)).toEqual(['Statement number 3', 'Statement number 2']);
			const since = await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: speaker!.id, since: Date.UTC(2026, 0, 4), limit: 10 });
			expect(since.total).toBe(2);
			const about = await store.mentions.searchQuotes({ guildId: 'g1', speakerEntityId: speaker!.id, about: 'statement', limit: 10 });
			expect(about.total).toBe(5);
			expect(about.hits[0]).toMatchObject({ speaker: 'Ursula von der Leyen', speakerEntityId: speaker!.id });
		});

		it('lists the guild newest quotes when only a date is given', async () => {
			for (let day = 1; day <= 4; day++) {
				await ingest(briefWith([[`Remark number ${day}`, day % 2 ? 'Ada Lovelace' : 'Alan Turing']], { publishedAt: `2026-01-0${day}T00:00:00Z` }), 'g1', Date.UTC(2026, 1, 1));
			}
			await ingest(briefWith([['Another guild remark here', 'Grace Hopper']], { publishedAt: '2026-01-09T00:00:00Z' }), 'g2', Date.UTC(2026, 1, 1));
			const result = await store.mentions.searchQuotes({ guildId: 'g1', since: Date.UTC(2026, 0, 2), limit: 10 });
			expect(result.hits.map((h) => h.text)).toEqual(['Remark number 4', 'Remark number 3', 'Remark number 2']);
			expect(result.total).toBe(3);
		});

		it('autocompletes by prefix of a name, a later word or an alias, ignoring accents and case', async () => {
			await ingest(makeBrief({ entities: [makeEntity({ name: 'Émile Zola', aliases: ['Zola'] })] }));
			await ingest(makeBrief({ entities: [makeEntity({ id: 'e1', name: 'Emily Brontë' }), makeEntity({ id: 'e2', name: 'Bank of England', type: 'organization', aliases: ['BoE'] })] }));
			expect((await store.mentions.autocompleteEntities('g1', 'EMI', 10)).map((e) => e.name).sort()).toEqual(['Emily Brontë', 'Émile Zola']);
			expect((await store.mentions.autocompleteEntities('g1', 'bronte', 10)).map((e) => e.name)).toEqual(['Emily Brontë']);
			expect((await store.mentions.autocompleteEntities('g1', 'boe', 10)).map((e) => e.name)).toEqual(['Bank of England']);
			expect(await store.mentions.autocompleteEntities('g1', 'zzz', 10)).toEqual([]);
			expect((await store.mentions.autocompleteEntities('g1', 'e', 1)).length).toBe(1);
		});

		it('finds an entity by exact name or alias only', async () => {
			await ingest(makeBrief({ entities: [makeEntity({ name: 'Bank of England', type: 'organization', aliases: ['BoE'] })] }));
			expect((await store.mentions.findEntity('g1', 'boe'))?.name).toBe('Bank of England');
			expect(await store.mentions.findEntity('g1', 'England')).toBeNull();
			expect(await store.mentions.findEntity('g1', 'Bank')).toBeNull();
		});

		it('suggests the closest names for a misspelt one', async () => {
			await ingest(makeBrief({ entities: [makeEntity({ id: 'e1', name: 'Emmanuel Macron' }), makeEntity({ id: 'e2', name: 'Olaf Scholz' })] }));
			expect((await store.mentions.closestEntities('g1', 'Emanuel Macorn', 3))[0]?.name).toBe('Emmanuel Macron');
			expect((await store.mentions.closestEntities('g1', 'Scholtz', 3))[0]?.name).toBe('Olaf Scholz');
			expect(await store.mentions.closestEntities('g1', 'Qwxyz Plonk', 3)).toEqual([]);
		});

		it('suggests only close names: a word of the name, not a name that merely shares a few letters', async () => {
			await ingest(makeBrief({ entities: [makeEntity({ id: 'e1', name: 'Henri Poupart-Lafarge' }), makeEntity({ id: 'e2', name: 'Claire Dubois' })] }));
			expect(await store.mentions.closestEntities('g1', 'Nobody Here', 5)).toEqual([]);
			expect(await store.mentions.closestEntities('g1', 'Dupont', 5)).toEqual([]);
			expect((await store.mentions.closestEntities('g1', 'Poupart', 5)).map((e) => e.name)).toEqual(['Henri Poupart-Lafarge']);
			expect((await store.mentions.closestEntities('g1', 'Claire Duboi', 5)).map((e) => e.name)).toEqual(['Claire Dubois']);
		});

		it('builds the entity card: roles with sources, counts, dates, latest articles, top quotes, co-mentions', async () => {
			const T = Date.UTC(2026, 1, 1);
			for (let day = 1; day <= 4; day++) {
				await ingest(
					makeBrief({
						title: `Day ${day}`,
						publishedAt: `2026-01-0${day}T00:00:00Z`,
						entities: [
							makeEntity({
								id: 'e1',
								name: 'Sam Altman',
								roles: day === 1 ? ['CEO of OpenAI'] : [],
								// Named three times on day 3: the card counts every mention, not only the articles.
								mentions: Array.from({ length: day === 3 ? 3 : 1 }, () => ({ start: 0, end: 10, text: 'Sam Altman' })),
							}),
							makeEntity({ id: 'e2', name: 'OpenAI', type: 'organization' }),
							...(day === 4 ? [makeEntity({ id: 'e3', name: 'Satya Nadella' })] : []),
						],
						quotes: [makeQuote({ text: `Quote of day ${day}`, speaker: 'Sam Altman', speakerEntityId: 'e1', key: day === 2 })],
					}),
					'g1',
					T,
				);
			}
			const sam = await store.mentions.findEntity('g1', 'sam altman');
			const card = await store.mentions.entityCard('g1', sam!.id);
			expect(card).toMatchObject({ name: 'Sam Altman', type: 'person', mentionCount: 4, mentionTotal: 6, firstSeen: Date.UTC(2026, 0, 1), lastSeen: Date.UTC(2026, 0, 4) });
			expect(card?.roles).toEqual([expect.objectContaining({ role: 'CEO of OpenAI', articleTitle: 'Day 1' })]);
			expect(card?.latestArticles.map((a) => a.title)).toEqual(['Day 4', 'Day 3', 'Day 2', 'Day 1']);
			expect(card?.topQuotes).toHaveLength(3);
			expect(card?.topQuotes[0]?.text).toBe('Quote of day 2');
			expect(card?.related.map((r) => [r.name, r.count])).toEqual([
				['OpenAI', 4],
				['Satya Nadella', 1],
			]);
			expect(await store.mentions.entityCard('g1', 987_654)).toBeNull();
			expect(await store.mentions.getEntity('g1', sam!.id)).toEqual(sam);
			expect(await store.mentions.getEntity('g2', sam!.id)).toBeNull();
		});
	});
}
