import type { Store } from '../types.js';
import { createSqliteArticleStore } from './article-store.js';
import { createSqliteBoilerplateStore } from './boilerplate-store.js';
import { createSqliteDeliveryStore } from './delivery-store.js';
import { createSqliteFeedStore } from './feed-store.js';
import { createSqliteGuildSettingsStore } from './guild-settings-store.js';
import { createSqliteMentionStore } from './mention-store.js';
import { openSqlite, type SqliteDb } from './open-db.js';
import { createSqliteSubscriptionStore } from './subscription-store.js';

export interface SqliteStoreOptions {
	/** The clock used when a call passes no time of its own. */
	now?: () => number;
}

/** Every port of the store on one SQLite database (a file path, or ':memory:'). */
export function createSqliteStore(path: string, options: SqliteStoreOptions = {}): Store & { db: SqliteDb } {
	const db = openSqlite(path);
	return createSqliteStoreOn(db, options);
}

/** The same on an already opened database (tests, benchmarks). */
export function createSqliteStoreOn(db: SqliteDb, options: SqliteStoreOptions = {}): Store & { db: SqliteDb } {
	const now = options.now ?? Date.now;
	return {
		db,
		feeds: createSqliteFeedStore(db, now),
		articles: createSqliteArticleStore(db, now),
		mentions: createSqliteMentionStore(db),
		subscriptions: createSqliteSubscriptionStore(db, now),
		deliveries: createSqliteDeliveryStore(db, now),
		boilerplate: createSqliteBoilerplateStore(db, now),
		guildSettings: createSqliteGuildSettingsStore(db, now),
		async checkIntegrity() {
			const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
			return rows.map((row) => row.integrity_check).join('; ');
		},
		async close() {
			if (!db.open) return;
			// Folds the WAL back so the file alone is a complete copy after a clean shutdown.
			db.pragma('wal_checkpoint(TRUNCATE)');
			db.close();
		},
	};
}
