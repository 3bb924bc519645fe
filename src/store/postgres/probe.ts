import pg from 'pg';

/** Where tests, benches and CI look for Postgres unless told otherwise. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * True when a Postgres server answers at `url` within `timeoutMs`: tests skip, rather than fail, on machines
 * without one.
 */
export async function isPostgresAvailable(url: string, timeoutMs = 2_000): Promise<boolean> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
	client.on('error', () => undefined);
	try {
		await client.connect();
		await client.query('SELECT 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => undefined);
	}
}

/** A schema name no other run will pick: parallel runs and reruns never share tables. */
export function uniqueSchemaName(prefix = 'briefbot_test'): string {
	return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Drops the schemas `uniqueSchemaName(prefix)` made more than `olderThanMs` ago: a test run killed before its
 * cleanup leaves its schema behind, and a later run sweeps it. Younger schemas may belong to a run in progress.
 */
export async function dropStaleSchemas(url: string, prefix: string, olderThanMs: number, now = Date.now()): Promise<string[]> {
	const client = new pg.Client({ connectionString: url });
	client.on('error', () => undefined);
	await client.connect();
	try {
		const found = await client.query<{ name: string }>(
			`SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)`,
			[`${prefix}_`],
		);
		const stale = found.rows
			.map((r) => r.name)
			.filter((name) => {
				const match = /^.+_\d+_([0-9a-z]+)_[0-9a-z]+(?:_jobs)?$/.exec(name);
				return match !== null && now - parseInt(match[1]!, 36) > olderThanMs;
			});
		for (const name of stale) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
		return stale;
	} finally {
		await client.end().catch(() => undefined);
	}
}
