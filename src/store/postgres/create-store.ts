import type { Store } from '../types.js';
import { StoreError } from '../../shared/errors.js';
import { createPostgresArticleStore } from './article-store.js';
import { createPostgresBoilerplateStore } from './boilerplate-store.js';
import { createDb, createPool } from './db.js';
import { createPostgresDeliveryStore, type DeliveryClaims } from './delivery-store.js';
import { createPostgresFeedStore } from './feed-store.js';
import { createPostgresGuildSettingsStore } from './guild-settings-store.js';
import { createPostgresMentionStore } from './mention-store.js';
import { migrate, quoteIdent } from './migrate.js';
import { createPostgresSubscriptionStore } from './subscription-store.js';

export interface PostgresStoreOptions {
	/** Schema holding every table; one per deployment, or one per test run. Default `briefbot`. */
	schema?: string;
	now?: () => number;
	/** Pool size per process. */
	maxConnections?: number;
	/** Wait for each commit to reach the disk (synchronous_commit on). Default false; see db.ts. */
	durableCommits?: boolean;
}

/** The Store, plus outbox claiming for several worker processes. */
export interface PostgresStore extends Store {
	deliveries: Store['deliveries'] & DeliveryClaims;
	/** Drops the schema with everything in it (tests and benches). */
	dropSchema(): Promise<void>;
}

/**
 * Opens the Postgres store: connects, applies pending migrations, and builds every port of src/store/types.ts.
 * @see docs/adr/004-scale-out.md
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
	const schema = options.schema ?? 'briefbot';
	quoteIdent(schema);
	const pool = createPool(url, schema, options.maxConnections, options.durableCommits);
	try {
		await migrate(pool, schema);
	} catch (error) {
		await pool.end().catch(() => undefined);
		throw error instanceof StoreError ? error : new StoreError('cannot open the Postgres store', { cause: error });
	}
	const db = createDb(pool, options.now ?? Date.now);
	let closed = false;
	return {
		feeds: createPostgresFeedStore(db),
		articles: createPostgresArticleStore(db),
		mentions: createPostgresMentionStore(db),
		subscriptions: createPostgresSubscriptionStore(db),
		deliveries: createPostgresDeliveryStore(db),
		boilerplate: createPostgresBoilerplateStore(db),
		guildSettings: createPostgresGuildSettingsStore(db),
		async checkIntegrity() {
			try {
				const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM schema_migrations`);
				return row && row.n > 0 ? 'ok' : 'no migrations applied';
			} catch (error) {
				return `error: ${error instanceof Error ? error.message : String(error)}`;
			}
		},
		async dropSchema() {
			await db.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
		},
		async close() {
			if (closed) return;
			closed = true;
			await pool.end();
		},
	};
}
