import { readdir } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres/create-store.js';
import { DEFAULT_TEST_DATABASE_URL, isPostgresAvailable, uniqueSchemaName } from '../../src/store/postgres/probe.js';
import type { Store } from '../../src/store/types.js';
import type { MakeStore } from './contract/make-store.js';

const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const available = await isPostgresAvailable(url);
if (!available) console.warn(`skipped: no Postgres at ${url} (set TEST_DATABASE_URL to run the Postgres contract suite)`);

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
