import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/store/sqlite/create-store.js';
import { makeBrief, makeEntity, makeQuote } from '../../helpers/store-builders.js';

describe('SQLite store with concurrent readers', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('lets a second connection read consistent snapshots while a writer ingests (WAL)', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-wal-'));
		dirs.push(dir);
		const file = path.join(dir, 'store.db');
		const writer = createSqliteStore(file);
		const reader = new Database(file, { readonly: true });
		reader.pragma('busy_timeout = 5000');
		const countArticles = reader.prepare<[], number>('SELECT count(*) FROM articles').pluck();
		const countQuotes = reader.prepare<[], number>('SELECT count(*) FROM quotes').pluck();
		const seen: number[] = [];
		for (let i = 0; i < 50; i++) {
			await writer.articles.ingest({
				brief: makeBrief({
					entities: [makeEntity({ name: 'Grace Hopper' })],
					quotes: [makeQuote({ text: `Statement ${i}`, speaker: 'Grace Hopper', speakerEntityId: 'e1' })],
				}),
				feedId: null,
				itemKey: null,
				targets: [{ guildId: 'g1', channelId: 'c1', targetId: null }],
			});
			// A reader never sees an article without its quotes: each ingest is one transaction.
			const snapshot = reader.transaction(() => [countArticles.get()!, countQuotes.get()!])();
			expect(snapshot[0]).toBe(snapshot[1]);
			seen.push(snapshot[0]!);
		}
		expect(seen.at(-1)).toBe(50);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
		reader.close();
		await writer.close();
	});

	it('keeps a reader snapshot stable while a write commits', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-wal-'));
		dirs.push(dir);
		const file = path.join(dir, 'store.db');
		const writer = createSqliteStore(file);
		await writer.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: [] });
		const reader = new Database(file, { readonly: true });
		const count = reader.prepare<[], number>('SELECT count(*) FROM articles').pluck();
		reader.exec('BEGIN');
		expect(count.get()).toBe(1);
		await writer.articles.ingest({ brief: makeBrief(), feedId: null, itemKey: null, targets: [] });
		expect(count.get()).toBe(1);
		reader.exec('COMMIT');
		expect(count.get()).toBe(2);
		reader.close();
		await writer.close();
	});
});
