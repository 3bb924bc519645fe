import { readdir, readFile } from 'node:fs/promises';
import type { Pool, PoolClient } from 'pg';
import { StoreError } from '../../shared/errors.js';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
/** One advisory lock for every schema change in the database: extensions are database-wide. */
const MIGRATION_LOCK = 'briefbot:migrate';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/** The migrations shipped with the code, in version order (`NNN-name.sql`). */
export async function loadMigrations(): Promise<Migration[]> {
	const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f)).sort();
	return Promise.all(
		files.map(async (file) => ({
			version: Number(file.slice(0, 3)),
			name: file.replace(/\.sql$/, ''),
			sql: await readFile(new URL(file, MIGRATIONS_DIR), 'utf8'),
		})),
	);
}

/**
 * Creates the schema and applies, in order, each migration not yet recorded, each in its own transaction.
 * Several processes may start at once: the advisory lock makes the second wait, then find nothing to do.
 */
export async function migrate(pool: Pool, schema: string, migrations?: Migration[]): Promise<number[]> {
	const all = migrations ?? (await loadMigrations());
	const client = await pool.connect();
	const applied: number[] = [];
	try {
		await inTransaction(client, async () => {
			await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
			await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
			await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
				version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`);
			await installFold(client);
		});
		for (const migration of all) {
			await inTransaction(client, async () => {
				await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
				const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
				if (done.rowCount) return;
				await client.query(migration.sql);
				await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
					migration.version,
					migration.name,
					Date.now(),
				]);
				applied.push(migration.version);
			});
		}
	} catch (error) {
		throw new StoreError(`Postgres migration failed in schema ${schema}`, { cause: error });
	} finally {
		client.release();
	}
	return applied;
}

/**
 * bb_fold(text): lower case without diacritics, IMMUTABLE so that indexes may use it. unaccent is the
 * better fold (ligatures, ß, Ø); where the extension cannot be installed, translate() covers Latin accents.
 */
async function installFold(client: PoolClient): Promise<void> {
	await tryCreateExtension(client, 'unaccent');
	const trgm = await tryCreateExtension(client, 'pg_trgm');
	if (!trgm) throw new StoreError('the pg_trgm extension is required (autocomplete and closest names)');
	const ext = await client.query<{ schema: string }>(
		`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
	);
	const extSchema = ext.rows[0]?.schema;
	const body = extSchema
		? `SELECT lower(${quoteIdent(extSchema)}.unaccent('${quoteIdent(extSchema)}.unaccent'::regdictionary, t))`
		: `SELECT translate(lower(t), 'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž',
			'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz')`;
	await client.query(`CREATE OR REPLACE FUNCTION bb_fold(t text) RETURNS text
		LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fold$ ${body} $fold$`);
}

async function tryCreateExtension(client: PoolClient, name: string): Promise<boolean> {
	const existing = await client.query('SELECT 1 FROM pg_extension WHERE extname = $1', [name]);
	if (existing.rowCount) return true;
	await client.query('SAVEPOINT ext');
	try {
		// In public, never in a per-run schema: dropping that schema would drop the extension for everyone.
		await client.query(`CREATE EXTENSION IF NOT EXISTS ${quoteIdent(name)} SCHEMA public`);
		await client.query('RELEASE SAVEPOINT ext');
		return true;
	} catch {
		await client.query('ROLLBACK TO SAVEPOINT ext');
		return false;
	}
}

export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
	await client.query('BEGIN');
	try {
		const result = await work();
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

/** Schema names come from configuration, never from users; still, only plain identifiers are accepted. */
export function quoteIdent(name: string): string {
	if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new StoreError(`invalid Postgres identifier: ${name}`);
	return `"${name}"`;
}
