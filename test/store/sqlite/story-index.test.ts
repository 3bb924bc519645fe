import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/store/sqlite/create-store.js';
import { makeBrief } from '../../helpers/store-builders.js';

const DAY = 24 * 3_600_000;
const T0 = Date.UTC(2026, 0, 10);
const signature = (shift: number) => Array.from({ length: 64 }, (_, i) => 10_000 + i * 13 + (i < 40 ? 0 : shift));
const unrelated = () => Array.from({ length: 64 }, (_, i) => 900_000 + i * 17);

describe('in-memory story index', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	const tempFile = () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-story-index-'));
		dirs.push(dir);
		return path.join(dir, 'store.db');
	};

	it('finds a story written by another connection after its own index was built', async () => {
		const file = tempFile();
		const writer = createSqliteStore(file, { now: () => T0 });
		const other = createSqliteStore(file, { now: () => T0 });
		// The writer builds its index on an unrelated article first, so the copy must come from catching up.
		await writer.articles.ingest({ brief: makeBrief({ minhash: unrelated() }), feedId: null, itemKey: null, targets: [], now: T0 });
		const original = await other.articles.ingest({ brief: makeBrief({ minhash: signature(0) }), feedId: null, itemKey: null, targets: [], now: T0 });
		const copy = await writer.articles.ingest({ brief: makeBrief({ minhash: signature(1) }), feedId: null, itemKey: null, targets: [], now: T0 + 60_000 });
		expect(copy.duplicateOf).toBe(original.articleId);
		await other.close();
		await writer.close();
	});

	it('rebuilds from the stored signatures when the store is opened again', async () => {
		const file = tempFile();
		const first = createSqliteStore(file, { now: () => T0 });
		const original = await first.articles.ingest({ brief: makeBrief({ minhash: signature(0) }), feedId: null, itemKey: null, targets: [], now: T0 });
		await first.close();
		const reopened = createSqliteStore(file, { now: () => T0 });
		const copy = await reopened.articles.ingest({ brief: makeBrief({ minhash: signature(2) }), feedId: null, itemKey: null, targets: [], now: T0 + DAY });
		expect(copy.duplicateOf).toBe(original.articleId);
		await reopened.close();
	});

	it('no longer matches a story past the window once the purge has run', async () => {
		const store = createSqliteStore(tempFile(), { now: () => T0 + 20 * DAY });
		await store.articles.ingest({ brief: makeBrief({ minhash: signature(0) }), feedId: null, itemKey: null, targets: [], now: T0 });
		await store.articles.purgeOlderThan(0);
		const later = await store.articles.ingest({ brief: makeBrief({ minhash: signature(3) }), feedId: null, itemKey: null, targets: [], now: T0 + 20 * DAY });
		expect(later.duplicateOf).toBeNull();
		expect(store.db.prepare('SELECT count(*) FROM articles WHERE minhash IS NOT NULL').pluck().get()).toBe(1);
		await store.close();
	});
});
