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
