import { decodeSignature, lshBandKeys } from '../minhash-lsh.js';
import type { SqliteDb } from './open-db.js';

/**
 * The MinHash LSH bands of recent articles, held in memory and rebuilt from `articles.minhash` (migration 005).
 * Stored as rows, a brief's 21 bands landed on 21 random pages of one B-tree: a quarter of every commit's WAL
 * pages. The signatures stay in the articles table, which the purge already trims to the story window, so the
 * index is a cache of that table: it catches up on rows another connection wrote (ids above the last one read),
 * and every candidate is confirmed against its stored row, so an entry whose article was purged is harmless.
 */
export interface StoryIndex {
	/** Article ids sharing a band with the signature, at most `limit`, lowest first. */
	candidates(bands: readonly number[], limit: number): number[];
	/** Forgets what was read, so the next call reloads from the table (after a rolled-back write). */
	reset(): void;
	/** Drops entries of articles created before `cutoff`, as the purge drops their signatures. */
	dropBefore(cutoff: number): void;
}

interface Entry {
	id: number;
	createdAt: number;
	bands: number[];
}

/**
 * A band key (band index × 2^32 + hash, up to 2^37) folded to 30 bits, which V8 keeps as small integers: a Map
 * keyed by heap numbers took twice as long to build. A collision only adds a candidate, which the full signature
 * comparison then rejects.
 */
function foldBand(band: number): number {
	return ((band % 4_294_967_296) ^ Math.imul(Math.floor(band / 4_294_967_296) + 1, 0x9e3779b1)) & 0x3fffffff;
}

/** Signatures read per query while catching up, so a burst of other writers never materialises in one array. */
const LOAD_PAGE = 5_000;

export function prepareStoryIndex(db: SqliteDb): StoryIndex {
	type Row = { id: number; minhash: Buffer; created_at: number };
	// The first load reads the partial index of articles holding a signature (the story window once purged);
	// later ones read only the ids past the last one seen, usually none.
	const all = db.prepare<[], Row>('SELECT id, minhash, created_at FROM articles WHERE minhash IS NOT NULL AND created_at > -1e18');
	const newer = db.prepare<[number, number], Row>(
		'SELECT id, minhash, created_at FROM articles WHERE id > ? AND minhash IS NOT NULL ORDER BY id LIMIT ?',
	);
	let loaded = false;
	// A band key maps to one id (the common case) or to several: a plain number avoids an array per band.
	let byBand = new Map<number, number | number[]>();
	// Oldest first, for dropBefore; ids grow with time but not strictly, so it is a sweep, not a cut.
	let entries: Entry[] = [];
	let lastId = Number.MIN_SAFE_INTEGER;

	const add = (entry: Entry): void => {
		entries.push(entry);
		for (const band of entry.bands) {
			const known = byBand.get(band);
			if (known === undefined) byBand.set(band, entry.id);
			else if (typeof known === 'number') byBand.set(band, [known, entry.id]);
			else known.push(entry.id);
		}
	};

	const remove = (entry: Entry): void => {
		for (const band of entry.bands) {
			const known = byBand.get(band);
			if (known === undefined) continue;
			if (typeof known === 'number') {
				if (known === entry.id) byBand.delete(band);
				continue;
			}
			const rest = known.filter((id) => id !== entry.id);
			if (rest.length === 0) byBand.delete(band);
			else byBand.set(band, rest.length === 1 ? rest[0]! : rest);
		}
	};

	const addRow = (row: Row): void => {
		add({ id: row.id, createdAt: row.created_at, bands: lshBandKeys(decodeSignature(row.minhash)).map(foldBand) });
		if (row.id > lastId) lastId = row.id;
	};

	const catchUp = (): void => {
		if (!loaded) {
			for (const row of all.iterate()) addRow(row);
			loaded = true;
		}
		for (;;) {
			const rows = newer.all(lastId, LOAD_PAGE);
			for (const row of rows) addRow(row);
			if (rows.length < LOAD_PAGE) return;
		}
	};

	return {
		candidates(bands, limit) {
			catchUp();
			const found = new Set<number>();
			for (const band of bands) {
				const known = byBand.get(foldBand(band));
				if (known === undefined) continue;
				if (typeof known === 'number') found.add(known);
				else for (const id of known) found.add(id);
			}
			return [...found].sort((a, b) => a - b).slice(0, limit);
		},
		reset() {
			loaded = false;
			byBand = new Map();
			entries = [];
			lastId = Number.MIN_SAFE_INTEGER;
		},
		dropBefore(cutoff) {
			const kept: Entry[] = [];
			for (const entry of entries) {
				if (entry.createdAt < cutoff) remove(entry);
				else kept.push(entry);
			}
			entries = kept;
		},
	};
}
