import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations/index.js';
import { namedSampleUrl } from '../../../src/store/sqlite/migrations/011-named-sample-feeds.js';
import { migrate } from '../../../src/store/sqlite/open-db.js';

describe('migration 11: sample feeds keyed by name', () => {
	it('names only the bundled sample files served from 127.0.0.1', () => {
		expect(namedSampleUrl('http://127.0.0.1:41234/feeds/techwire.xml')).toBe('http://samples.briefbot.invalid/feeds/techwire.xml');
		expect(namedSampleUrl('http://127.0.0.1:8080/feeds/mine.xml')).toBeNull();
		expect(namedSampleUrl('http://10.0.0.2:8080/feeds/techwire.xml')).toBeNull();
		expect(namedSampleUrl('http://127.0.0.1:41234/feeds/techwire.xml?x=1')).toBeNull();
	});

	it('keeps the oldest copy of each sample feed under its name, enabled, and deletes the later copies', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		migrate(db, MIGRATIONS.filter((m) => m.version < 11));
		const addFeed = (url: string, disabled: string | null) => {
			const id = Number(
				db.prepare('INSERT INTO feeds (url, disabled_reason, consecutive_failures, created_at) VALUES (?, ?, ?, 0)').run(url, disabled, disabled ? 1 : 0)
					.lastInsertRowid,
			);
			db.prepare("INSERT INTO feed_targets (feed_id, guild_id, channel_id, disabled_reason, created_at) VALUES (?, 'console', 'console', ?, 0)").run(id, disabled);
			db.prepare("INSERT INTO seen_items (feed_id, key, content_hash, seen_at) VALUES (?, 'item-1', 'h', 0)").run(id);
			return id;
		};
		const first = addFeed('http://127.0.0.1:40001/feeds/techwire.xml', null);
		addFeed('http://127.0.0.1:40002/feeds/techwire.xml', null);
		const refused = addFeed('http://127.0.0.1:40001/feeds/diario.json', 'refused: 127.0.0.1 resolves to 127.0.0.1, a non-public address');
		const mine = addFeed('http://127.0.0.1:8080/feeds/mine.xml', null);

		migrate(db);

		const feeds = db.prepare('SELECT id, url, disabled_reason, consecutive_failures FROM feeds ORDER BY id').all();
		expect(feeds).toEqual([
			{ id: first, url: 'http://samples.briefbot.invalid/feeds/techwire.xml', disabled_reason: null, consecutive_failures: 0 },
			{ id: refused, url: 'http://samples.briefbot.invalid/feeds/diario.json', disabled_reason: null, consecutive_failures: 0 },
			{ id: mine, url: 'http://127.0.0.1:8080/feeds/mine.xml', disabled_reason: null, consecutive_failures: 0 },
		]);
		expect(db.prepare('SELECT feed_id, disabled_reason FROM feed_targets ORDER BY feed_id').all()).toEqual([
			{ feed_id: first, disabled_reason: null },
			{ feed_id: refused, disabled_reason: null },
			{ feed_id: mine, disabled_reason: null },
		]);
		// The kept feed remembers what it had seen, so a rerun does not deliver the same items again.
		expect(db.prepare('SELECT count(*) AS n FROM seen_items WHERE feed_id = ?').get(first)).toEqual({ n: 1 });
		db.close();
	});
});
