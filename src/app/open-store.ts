import { resolveDatabase } from '../config/env.js';
import type { Store } from '../store/types.js';

/** SQLite for a path or `sqlite:` URL; Postgres for `postgres://`, loaded only when asked for. */
export async function openStore(databaseUrl: string): Promise<Store> {
	const target = resolveDatabase(databaseUrl);
	if (target.kind === 'postgres') {
		const { createPostgresStore } = await import('../store/postgres/create-store.js');
		return createPostgresStore(target.url);
	}
	const { createSqliteStore } = await import('../store/sqlite/create-store.js');
	return createSqliteStore(target.path);
}
