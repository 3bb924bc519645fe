import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openSqlite, schemaVersion, type SqliteDb } from '../../../src/store/sqlite/open-db.js';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations/index.js';
import { StoreError } from '../../../src/shared/errors.js';
import { createSqliteStoreOn } from '../../../src/store/sqlite/create-store.js';
import { makeBrief } from '../../helpers/store-builders.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/store');
/** The signature of the article in schema-v1.sql. */
const V1_SIGNATURE = Array.from({ length: 64 }, (_, i) => 1_000 + i * 7);

const LATEST = MIGRATIONS.at(-1)!.version;

function schemaOf(db: SqliteDb): string[] {
	return db
		.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name")
		.all()
		.map((row) => row.sql);
}

describe('SQLite migrations', () => {
	it('brings an empty database to the latest version with WAL and foreign keys on', () => {
		const db = openSqlite(':memory:');
		expect(schemaVersion(db)).toBe(LATEST);
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();
	});

	it('upgrades from every earlier version to the same schema as a fresh database', () => {
		const fresh = openSqlite(':memory:');
		const expected = schemaOf(fresh);
		fresh.close();
		for (let applied = 0; applied < MIGRATIONS.length; applied++) {
			const db = new Database(':memory:');
			migrate(db, MIGRATIONS.slice(0, applied));
			expect(schemaVersion(db)).toBe(applied === 0 ? 0 : MIGRATIONS[applied - 1]!.version);
			expect(migrate(db)).toBe(LATEST);
			expect(schemaOf(db)).toEqual(expected);
			db.close();
		}
	});

	it('does nothing when the database is already current', () => {
		const db = openSqlite(':memory:');
		const before = schemaOf(db);
		expect(migrate(db)).toBe(LATEST);
		expect(schemaOf(db)).toEqual(before);
		db.close();
	});

	it('rolls a failing migration back whole and reports which one failed', () => {
		const db = new Database(':memory:');
		const broken = [...MIGRATIONS, { version: LATEST + 1, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); SELECT * FROM missing_table;' }];
		expect(() => migrate(db, broken)).toThrow(StoreError);
		expect(() => migrate(db, broken)).toThrow(/broken/);
		expect(schemaVersion(db)).toBe(LATEST);
		expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
		db.close();
	});

	it('upgrades a version 1 database with its data, which the store then reads and extends', async () => {
		const db = new Database(':memory:');
		db.exec(readFileSync(path.join(FIXTURES, 'schema-v1.sql'), 'utf8'));
		expect(schemaVersion(db)).toBe(1);
		expect(migrate(db)).toBe(LATEST);
		const created = db.prepare<[], number>('SELECT created_at FROM articles WHERE id = 1').pluck().get()!;
		const store = createSqliteStoreOn(db);
		expect((await store.articles.getArticle(1))?.title).toBe('Stored by version 1');
		const found = await store.mentions.searchQuotes({ guildId: 'g1', about: 'elysee', limit: 5 });
		expect(found.hits.map((h) => h.quoteId)).toEqual([1]);
		expect((await store.mentions.searchQuotes({ guildId: 'g2', about: 'elysee', limit: 5 })).total).toBe(0);
		const again = await store.articles.ingest({ brief: makeBrief({ url: 'https://v1.example/story' }), feedId: null, itemKey: null, targets: [] });
		expect(again).toMatchObject({ articleId: 1, alreadyIngested: true });
		const copy = await store.articles.ingest({
			brief: makeBrief({ minhash: V1_SIGNATURE.map((v, i) => (i < 56 ? v : v + 1)) }),
			feedId: null,
			itemKey: null,
			targets: [],
			now: created + 60_000,
		});
		expect(copy.duplicateOf).toBe(1);
		expect(await store.articles.purgeOlderThan(created + 1)).toBe(1);
		expect(db.prepare('SELECT count(*) FROM minhash_bands WHERE article_id = 1').pluck().get()).toBe(0);
		expect(await store.checkIntegrity()).toBe('ok');
		await store.close();
	});

	it('refuses a database written by a newer version', () => {
		const db = new Database(':memory:');
		db.pragma(`user_version = ${LATEST + 5}`);
		expect(() => migrate(db)).toThrow(/newer/);
		db.close();
	});
});
