import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../shared/errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export type SqliteDb = Database.Database;
export type Statement<P extends unknown[] = unknown[], R = unknown> = Database.Statement<P, R>;

/**
 * Opens (creating if needed) a SQLite database tuned for one writer and many readers, and brings its schema
 * to the latest version. `':memory:'` gives a private in-memory database.
 */
export function openSqlite(file: string, migrations: readonly Migration[] = MIGRATIONS): SqliteDb {
	if (file !== ':memory:' && !file.startsWith('file:')) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	let db: SqliteDb;
	try {
		db = new Database(file);
	} catch (error) {
		throw new StoreError(`cannot open SQLite database ${file}`, { cause: error });
	}
	// WAL lets the bot's command handlers read while the poll cycle writes; NORMAL is durable at checkpoints,
	// and a lost last transaction is re-done by the next poll (items are marked seen in the same transaction).
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('temp_store = MEMORY');
	db.pragma('cache_size = -65536');
	// A checkpoint fsyncs the database file: every 1,000 pages (the default) made ingest I/O-bound.
	db.pragma('wal_autocheckpoint = 10000');
	// Reads through mmap skip a pread system call per page on databases larger than the page cache.
	db.pragma('mmap_size = 536870912');
	migrate(db, migrations);
	return db;
}

export function schemaVersion(db: SqliteDb): number {
	return Number(db.pragma('user_version', { simple: true }));
}

/** Applies every migration newer than the database's user_version, each in its own transaction. */
export function migrate(db: SqliteDb, migrations: readonly Migration[] = MIGRATIONS): number {
	const current = schemaVersion(db);
	const latest = migrations.at(-1)?.version ?? 0;
	if (current > latest) {
		throw new StoreError(`database schema version ${current} is newer than this build (${latest}); refusing to downgrade`);
	}
	for (const migration of migrations) {
		if (migration.version <= current) continue;
		try {
			db.transaction(() => {
				db.exec(migration.sql);
				migration.up?.(db);
				db.pragma(`user_version = ${migration.version}`);
			}).immediate();
		} catch (error) {
			throw new StoreError(`migration ${migration.version}-${migration.name} failed`, { cause: error });
		}
	}
	return schemaVersion(db);
}
