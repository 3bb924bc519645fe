import pg from 'pg';
import type { PoolClient, QueryResultRow } from 'pg';
import { StoreError } from '../../shared/errors.js';
import { inTransaction } from './migrate.js';

/** What each Postgres adapter receives: plain queries, and transactions on one pooled connection. */
export interface Db {
	pool: pg.Pool;
	query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
	transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T>;
	now: () => number;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Ids and epoch-millisecond times are bigint columns; they stay far below 2^53, so numbers are safe and
 * keep the same row shapes as the SQLite store. COUNT(*) is int8 too.
 */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
		return pg.types.getTypeParser(oid, format ?? 'text');
	},
};

export function createPool(url: string, schema: string, max = 10, durableCommits = false): pg.Pool {
	// The per-run schema first; public holds the extensions (unaccent, pg_trgm). Without durable commits, a
	// commit returns before its WAL reaches the disk: the durability of SQLite's WAL with synchronous=NORMAL
	// (nothing lost when the bot crashes, the last moments lost when the machine does), at a fraction of
	// the commit latency. Every write is idempotent and re-done by the next poll, and Discord's nonce
	// covers a delivery re-sent after such a loss.
	const options = `-c search_path=${schema},public${durableCommits ? '' : ' -c synchronous_commit=off'}`;
	const pool = new pg.Pool({
		connectionString: url,
		max,
		options,
		types: types as pg.CustomTypesConfig,
	});
	// An idle client losing its connection must not crash the process; the next query reconnects.
	pool.on('error', () => undefined);
	return pool;
}

export function createDb(pool: pg.Pool, now: () => number): Db {
	return {
		pool,
		now,
		async query(text, values) {
			try {
				return (await pool.query(text, values as unknown[])).rows;
			} catch (error) {
				throw new StoreError(`Postgres query failed: ${text.slice(0, 80).replace(/\s+/g, ' ')}`, { cause: error });
			}
		},
		async transaction(work) {
			const client = await pool.connect().catch((error: unknown) => {
				throw new StoreError('Postgres connection failed', { cause: error });
			});
			try {
				return await inTransaction(client, () => work(client));
			} finally {
				client.release();
			}
		},
	};
}

/** Rows of a query on a transaction's client. */
export async function rows<R extends QueryResultRow>(client: PoolClient, text: string, values?: unknown[]): Promise<R[]> {
	return (await client.query<R>(text, values)).rows;
}
