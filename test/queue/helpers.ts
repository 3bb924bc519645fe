import pg from 'pg';
import { createPgBossQueue, type PgBossQueueOptions } from '../../src/queue/create-pgboss-queue.js';
import type { JobQueue } from '../../src/queue/types.js';
import { DEFAULT_TEST_DATABASE_URL, dropStaleSchemas, isPostgresAvailable } from '../../src/store/postgres/probe.js';

export const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
export const available = await isPostgresAvailable(url);
if (!available) console.warn(`skipped: no Postgres at ${url} (set TEST_DATABASE_URL to run the job-queue tests)`);
// pg-boss schemas left by runs that were killed before their cleanup, a day ago or more.
if (available) await dropStaleSchemas(url, 'briefbot_jobs_test', 86_400_000);

/** Short expirations and a fast supervisor, so that a dead worker's job comes back within seconds. */
export const FAST: PgBossQueueOptions = { expireInSeconds: 2, retryDelaySeconds: 0, maintenanceIntervalSeconds: 1, maxConnections: 4 };

export function openQueue(schema: string, options: PgBossQueueOptions = {}): Promise<JobQueue> {
	return createPgBossQueue(url, { ...FAST, ...options, schema });
}

export async function dropSchema(schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
	} finally {
		await client.end();
	}
}

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return true;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return check();
}
