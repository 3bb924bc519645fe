import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-store.js';
import { loadMigrations, migrate } from '../../src/store/postgres/migrate.js';
import { DEFAULT_TEST_DATABASE_URL, dropStaleSchemas, isPostgresAvailable, uniqueSchemaName } from '../../src/store/postgres/probe.js';
import type { Store } from '../../src/store/types.js';
import { makeBrief, makeEntity, makeQuote, similarMinhash, uniqueMinhash } from '../helpers/store-builders.js';
import type { MakeStore } from './contract/make-store.js';

const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const available = await isPostgresAvailable(url);
if (!available) console.warn(`skipped: no Postgres at ${url} (set TEST_DATABASE_URL to run the Postgres contract suite)`);
// Schemas left by runs that were killed before their cleanup, a day ago or more.
if (available) await dropStaleSchemas(url, 'briefbot_test', 86_400_000);

/** A fresh schema per test; closing the store drops it, so reruns and parallel runs never clash. */
const makeStore: MakeStore = async (): Promise<Store> => {
	const store = await createPostgresStore(url, { schema: uniqueSchemaName(), maxConnections: 4 });
	return {
		...store,
		async close() {
			await store.dropSchema();
			await store.close();
		},
	};
};

type ContractSuite = (makeStore: MakeStore) => void;

/** Every `describe…Contract` the store suite exports, so new contract files run here without an edit. */
async function loadContractSuites(): Promise<Array<[string, ContractSuite]>> {
	const dir = new URL('./contract/', import.meta.url);
	const files = (await readdir(dir)).filter((f) => f.endsWith('.contract.ts')).sort();
	const suites: Array<[string, ContractSuite]> = [];
	for (const file of files) {
		const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
		for (const [name, value] of Object.entries(module)) {
			if (/^describe\w*Contract$/.test(name) && typeof value === 'function') suites.push([name, value as ContractSuite]);
		}
	}
	return suites;
}

const suites = available ? await loadContractSuites() : [];

describe.skipIf(!available)('Postgres store contract', () => {
	for (const [, suite] of suites) suite(makeStore);
	if (suites.length === 0) it.skip('has no contract suites yet in test/store/contract', () => undefined);
});

describe.skipIf(!available)('Postgres store, several processes at once', () => {
	let schema: string;
	let stores: PostgresStore[];

	beforeEach(() => {
		schema = uniqueSchemaName();
		stores = [];
	});
	afterEach(async () => {
		await stores[0]?.dropSchema();
		for (const store of stores) await store.close();
	});

	/** Separate pools on one schema: what separate worker processes see. */
	const open = async (count: number) => {
		stores = await Promise.all(Array.from({ length: count }, () => createPostgresStore(url, { schema, maxConnections: 4 })));
		return stores;
	};

	it('migrates an empty schema once, even with several processes starting together', async () => {
		const [a] = await open(3);
		const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public`, max: 1 });
		try {
			expect(await migrate(pool, schema)).toEqual([]);
			const applied = await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
			expect(applied.rows.map((r) => r.version)).toEqual((await loadMigrations()).map((m) => m.version));
			expect(applied.rows[0]?.version).toBe(1);
		} finally {
			await pool.end();
		}
		expect(await a!.checkIntegrity()).toBe('ok');
	});

	it('ingests the same brief from two processes at once as one article with one delivery per target', async () => {
		const [a, b] = await open(2);
		const brief = makeBrief({ entities: [makeEntity({ name: 'Zhipu AI', type: 'organization' })] });
		const targets = [{ guildId: 'g1', channelId: 'c1', targetId: null }];
		const results = await Promise.all(
			Array.from({ length: 6 }, (_, i) => (i % 2 ? a! : b!).articles.ingest({ brief, feedId: null, itemKey: null, targets })),
		);
		expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
		expect(results.filter((r) => !r.alreadyIngested)).toHaveLength(1);
		expect(results.flatMap((r) => r.deliveryIds)).toHaveLength(1);
		expect(await a!.deliveries.countPending()).toBe(1);
		expect((await a!.mentions.findEntity('g1', 'zhipu ai'))?.mentionCount).toBe(1);
	});

	it('never lets two workers claim the same delivery, and frees a claim whose lease ran out', async () => {
		const [a, b] = await open(2);
		const targets = Array.from({ length: 40 }, (_, i) => ({ guildId: 'g1', channelId: `c${i}`, targetId: null }));
		await a!.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets, now: 1_000 });
		const claims = await Promise.all(
			Array.from({ length: 8 }, (_, i) => (i % 2 ? a! : b!).deliveries.claim(`w${i}`, 2_000, 7, 60_000)),
		);
		const ids = claims.flat().map((d) => d.id);
		expect(ids).toHaveLength(40);
		expect(new Set(ids).size).toBe(40);
		expect(await b!.deliveries.claim('late', 2_000, 10, 60_000)).toEqual([]);
		expect(await a!.deliveries.pending(2_000, 100)).toEqual([]);
		// The workers died: once their leases end, the rows are claimable again.
		expect(await b!.deliveries.claim('rescuer', 62_001, 100, 60_000)).toHaveLength(40);
	});

	it('claims a channel next delivery only once the one before it is done, keeping channel order', async () => {
		const [a, b] = await open(2);
		const target = [{ guildId: 'g1', channelId: 'c1', targetId: null }];
		const first = await a!.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: target, now: 1_000 });
		const second = await a!.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: target, now: 1_001 });
		const claimed = await a!.deliveries.claim('w1', 2_000, 10);
		expect(claimed.map((d) => d.id)).toEqual(first.deliveryIds);
		expect(await b!.deliveries.claim('w2', 2_000, 10)).toEqual([]);
		await a!.deliveries.markSent(first.deliveryIds[0]!, 'm1', 2_100);
		expect((await b!.deliveries.claim('w2', 2_200, 10)).map((d) => d.id)).toEqual(second.deliveryIds);
	});

	it('keeps a held post through a restart, lets another process swap in a better copy, and never swaps a claimed one', async () => {
		const [a, b] = await open(2);
		const target = [{ guildId: 'g1', channelId: 'c1', targetId: null }];
		const signature = uniqueMinhash();
		const hold = (rank: number) => ({ ms: 120_000, rank });
		const first = await a!.articles.ingest({ brief: makeBrief({ minhash: signature }), feedId: null, itemKey: null, targets: target, now: 1_000, hold: hold(0) });
		await a!.close();
		stores = [b!];
		const copy = await b!.articles.ingest({
			brief: makeBrief({ minhash: similarMinhash(signature, 0.9) }),
			feedId: null,
			itemKey: null,
			targets: target,
			now: 2_000,
			hold: hold(2),
		});
		expect((await b!.deliveries.pending(121_000, 10)).map((d) => [d.id, d.articleId])).toEqual([[first.deliveryIds[0], copy.articleId]]);

		const other = uniqueMinhash();
		const held = await b!.articles.ingest({ brief: makeBrief({ minhash: other }), feedId: null, itemKey: null, targets: [{ ...target[0]!, channelId: 'c2' }], now: 1_000, hold: { ms: 1_000, rank: 0 } });
		expect((await b!.deliveries.claim('w1', 2_000, 10)).map((d) => d.id)).toEqual(held.deliveryIds);
		// A lease taken with a clock ahead of the ingest's: the worker holds the row, so its copy must not change.
		await b!.articles.ingest({ brief: makeBrief({ minhash: similarMinhash(other, 0.9) }), feedId: null, itemKey: null, targets: [{ ...target[0]!, channelId: 'c2' }], now: 1_500, hold: hold(2) });
		expect((await b!.deliveries.listForArticle(held.articleId)).map((d) => d.id)).toEqual(held.deliveryIds);
	});

	it('finds quotes through accents, case and hostile syntax without a query error', async () => {
		const [store] = await open(1);
		const quotes = [makeQuote({ text: "L'Élysée refuse de commenter", speaker: 'Porte-parole' })];
		await store!.articles.ingest({ brief: makeBrief({ quotes }), feedId: null, itemKey: null, targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }] });
		for (const about of ['elysee', 'ÉLYSÉE refuse', 'elysee & | ! :* <->', "'", '"', '(', 'NEAR(a b)', '\\', '%_']) {
			const result = await store!.mentions.searchQuotes({ guildId: 'g1', about, limit: 5 });
			expect(result.hits.map((h) => h.text)).toEqual(result.total ? ["L'Élysée refuse de commenter"] : []);
			expect(result.total).toBe(result.hits.length);
		}
		expect((await store!.mentions.searchQuotes({ guildId: 'g1', about: 'elysee & | ! :* <->', limit: 5 })).total).toBe(1);
		expect((await store!.mentions.searchQuotes({ guildId: 'g2', about: 'elysee', limit: 5 })).total).toBe(0);
	});
});
