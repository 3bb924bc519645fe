/**
 * Store benchmark (issue 5): a database of 300,000 articles, 1,000,000 quotes and 200,000 entities over 50 guilds
 * (times --scale), built through the real ingest() path, then p50/p99 of the four command queries and the ingest
 * rate into the full database.
 *
 *   node --import tsx bench/store.ts [--json] [--scale 0.1] [--keep <file>]
 *
 * --keep keeps the database; run again with the same --keep and scale, the build is skipped and only the
 * measurements run (on a database upgraded by any newer migrations).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEF_SCHEMA_VERSION, type Brief, type Entity, type Quote } from '../src/briefs/types.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import type { IngestInput, Store } from '../src/store/types.js';
import { createRandom, parseBenchArgs } from './bench-args.js';

const FULL = { articles: 300_000, quotes: 1_000_000, entities: 200_000, guilds: 50 };
const GOAL = { p99Ms: 10, ingestBriefsPerSecond: 2_000 };
const MEASURED_INGEST = 3_000;
const T0 = Date.UTC(2025, 0, 1);

const SYLLABLES = ['an', 'ber', 'ca', 'dor', 'el', 'fi', 'gun', 'ha', 'is', 'jo', 'ka', 'lin', 'mo', 'na', 'or', 'pe', 'qui', 'ra', 'so', 'ta', 'ul', 'vi', 'wen', 'xa', 'yo', 'zu'];

function word(random: () => number, parts: number): string {
	let out = '';
	for (let i = 0; i < parts; i++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
	return out;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export interface StoreBenchData {
	entityNames: Array<{ name: string; type: Entity['type'] }>;
	vocabulary: string[];
	guilds: string[];
}

/** Names, words and guilds of the generated world; entity i is more popular the lower i is (Zipf-like). */
export function createWorld(scale: number, random = createRandom(42)): StoreBenchData {
	const entityCount = Math.max(50, Math.round(FULL.entities * scale));
	const seen = new Set<string>();
	const entityNames: StoreBenchData['entityNames'] = [];
	while (entityNames.length < entityCount) {
		const isOrg = random() < 0.3;
		const name = isOrg
			? `${capital(word(random, 2 + Math.floor(random() * 2)))} ${['Group', 'Labs', 'Bank', 'Motors', 'Energy', 'AI'][Math.floor(random() * 6)]}`
			: `${capital(word(random, 2))} ${capital(word(random, 2 + Math.floor(random() * 2)))}`;
		if (seen.has(name)) continue;
		seen.add(name);
		entityNames.push({ name, type: isOrg ? 'organization' : 'person' });
	}
	const vocabulary = Array.from({ length: 5_000 }, (_, i) => (i < 300 ? word(random, 1 + (i % 2)) : word(random, 2 + (i % 3))));
	const guilds = Array.from({ length: FULL.guilds }, (_, i) => String(100_000_000_000_000_000n + BigInt(i) * 7_919n));
	return { entityNames, vocabulary, guilds };
}

/** Zipf-like index in [0, n): a few very popular items and a long tail. */
function zipf(random: () => number, n: number): number {
	return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
}

function sentence(random: () => number, vocabulary: string[], words: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(vocabulary[zipf(random, vocabulary.length)]!);
	return out.join(' ');
}

/** A brief of the generated world: ~5 entities (2 popular, 3 from the tail) and `quoteCount` quotes. */
export function makeBenchBrief(world: StoreBenchData, random: () => number, index: number, quoteCount: number): Brief {
	const n = world.entityNames.length;
	const picked = new Set<number>([zipf(random, n), zipf(random, n)]);
	// Walking the tail in order guarantees every entity appears at least once across the data set.
	picked.add((index * 3) % n).add((index * 3 + 1) % n).add((index * 3 + 2) % n);
	const entities: Entity[] = [...picked].map((i, k) => ({
		id: `e${k + 1}`,
		name: world.entityNames[i]!.name,
		type: world.entityNames[i]!.type,
		aliases: [],
		roles: random() < 0.2 ? [sentence(random, world.vocabulary, 2)] : [],
		mentions: [{ start: 0, end: 1, text: world.entityNames[i]!.name }],
	}));
	const title = capital(sentence(random, world.vocabulary, 8));
	const quotes: Quote[] = [];
	for (let q = 0; q < quoteCount; q++) {
		const speaker = entities[Math.floor(random() * entities.length)]!;
		const text = capital(sentence(random, world.vocabulary, 8 + Math.floor(random() * 14)));
		quotes.push({ text, start: 0, end: text.length, speaker: speaker.name, speakerText: speaker.name, speakerEntityId: speaker.id, cue: 'said', key: q === 0 });
	}
	const summary = [capital(sentence(random, world.vocabulary, 20)), capital(sentence(random, world.vocabulary, 16))];
	// A body of realistic size (~2.5 kB), since briefs carry their paragraphs.
	const paragraphs = Array.from({ length: 6 }, () => ({ text: `${capital(sentence(random, world.vocabulary, 60))}.`, kind: 'paragraph' as const }));
	return {
		schemaVersion: BRIEF_SCHEMA_VERSION,
		title,
		url: `https://site${index % 400}.example/news/${index}`,
		canonicalUrl: null,
		originalSource: null,
		republishedVia: [],
		siteName: `Site ${index % 400}`,
		language: 'en',
		publishedAt: new Date(T0 + index * 60_000).toISOString(),
		byline: null,
		paragraphs,
		text: paragraphs.map((p) => p.text).join('\n\n'),
		removed: [],
		minhash: Array.from({ length: 64 }, () => Math.floor(random() * 2_147_483_647)),
		summary,
		quotes,
		entities,
		topics: [],
	};
}

/** Generated ingest inputs, starting at `from`; each goes to one guild (one in ten also to a second). */
export function generateInputs(world: StoreBenchData, from: number, count: number, quotesPerArticle: number, random: () => number): IngestInput[] {
	const inputs: IngestInput[] = [];
	for (let i = from; i < from + count; i++) {
		const quoteCount = Math.floor(quotesPerArticle) + (random() < quotesPerArticle % 1 ? 1 : 0);
		const brief = makeBenchBrief(world, random, i, quoteCount);
		const guild = world.guilds[i % world.guilds.length]!;
		const targets = [{ guildId: guild, channelId: `${guild}-news`, targetId: null }];
		if (i % 10 === 0) {
			const other = world.guilds[(i * 7 + 3) % world.guilds.length]!;
			if (other !== guild) targets.push({ guildId: other, channelId: `${other}-news`, targetId: null });
		}
		inputs.push({ brief, feedId: null, itemKey: null, targets, now: T0 + i * 60_000 });
	}
	return inputs;
}

/** Ingests generated briefs, in batches of `batch` through ingestMany, or one by one when `batch` is 1. */
export async function ingestGenerated(store: Store, world: StoreBenchData, from: number, count: number, quotesPerArticle: number, random: () => number, batch = 1): Promise<void> {
	const inputs = generateInputs(world, from, count, quotesPerArticle, random);
	await ingestInputs(store, inputs, batch);
}

async function ingestInputs(store: Store, inputs: IngestInput[], batch: number): Promise<void> {
	if (batch > 1) {
		for (let i = 0; i < inputs.length; i += batch) await store.articles.ingestMany(inputs.slice(i, i + batch));
		return;
	}
	for (const input of inputs) await store.articles.ingest(input);
}

/** Briefs per second of wall time and per second of this process's CPU time (steadier on a shared machine). */
async function measureIngest(store: Store, inputs: IngestInput[], batch: number): Promise<{ wall: number; cpu: number }> {
	const cpu = process.cpuUsage();
	const start = performance.now();
	await ingestInputs(store, inputs, batch);
	const used = process.cpuUsage(cpu);
	return {
		wall: Math.round(inputs.length / ((performance.now() - start) / 1000)),
		cpu: Math.round(inputs.length / ((used.user + used.system) / 1e6)),
	};
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Latency {
	p50Ms: number;
	p99Ms: number;
	/** The same from CPU time: what the query costs when the machine is not shared. */
	cpuP99Ms: number;
}

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<Latency> {
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const used = process.cpuUsage();
		const start = process.hrtime.bigint();
		await fn(i);
		wall.push(Number(process.hrtime.bigint() - start) / 1e6);
		const delta = process.cpuUsage(used);
		cpu.push((delta.user + delta.system) / 1000);
	}
	wall.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	return { p50Ms: round(percentile(wall, 50)), p99Ms: round(percentile(wall, 99)), cpuP99Ms: round(percentile(cpu, 99)) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
	const args = parseBenchArgs('store', { scale: 'number', keep: 'string' });
	const json = args.json;
	const scale = Math.min(1, Math.max(0.001, args.number('scale', 1)));
	const keep = args.string('keep');
	const dir = keep ? path.dirname(path.resolve(keep)) : mkdtempSync(path.join(tmpdir(), 'briefbot-store-bench-'));
	const file = keep ? path.resolve(keep) : path.join(dir, 'store.db');
	const log = (line: string) => process.stderr.write(`${line}\n`);
	try {
		const articles = Math.round(FULL.articles * scale);
		const quotesPerArticle = FULL.quotes / FULL.articles;
		const random = createRandom(7);
		const world = createWorld(scale);
		// The store's clock is the end of the generated timeline, so the purge sees the last 14 days as recent.
		const store = createSqliteStore(file, { now: () => T0 + Math.max(articles, 1) * 60_000 });
		log(`store bench: ${articles} articles, ~${Math.round(articles * quotesPerArticle)} quotes, ${world.entityNames.length} entities, ${world.guilds.length} guilds → ${file}`);
		// Build-only settings: the generated data set is thrown away, so no fsync, and a cache big enough for the
		// ~35 B-trees a brief touches. Restored before anything is measured.
		store.db.pragma('synchronous = OFF');
		store.db.pragma('cache_size = -1048576');
		const buildStart = performance.now();
		const chunk = 10_000;
		const existing = store.db.prepare<[], number>('SELECT count(*) FROM articles').pluck().get() ?? 0;
		if (existing >= articles) log(`  reusing ${existing} articles already in ${file}`);
		for (let from = existing >= articles ? articles : 0; from < articles; from += chunk) {
			// The bulk build batches 2,000 briefs per transaction; the single-brief rate is measured below.
			await ingestGenerated(store, world, from, Math.min(chunk, articles - from), quotesPerArticle, random, 2_000);
			log(`  ${Math.min(from + chunk, articles)} articles, ${((performance.now() - buildStart) / 1000).toFixed(0)} s`);
		}
		const buildSeconds = existing >= articles ? null : (performance.now() - buildStart) / 1000;
		const db = store.db;
		const counts = {
			articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
			quotes: db.prepare('SELECT count(*) FROM quotes').pluck().get() as number,
			entities: db.prepare('SELECT count(*) FROM entities').pluck().get() as number,
		};
		// Steady state of a running bot: the periodic purge keeps signatures (the story index) for the story window only.
		const purgeStart = performance.now();
		await store.articles.purgeOlderThan(0);
		log(`  purge (signatures past the story window): ${((performance.now() - purgeStart) / 1000).toFixed(0)} s`);
		db.pragma('optimize');
		db.pragma('wal_checkpoint(TRUNCATE)');
		db.pragma('synchronous = NORMAL');
		db.pragma('cache_size = -65536');

		// Ingest into the full database: one transaction per brief (the baseline), then batches of 50, which is what the
		// poll cycle does with a feed's new items (pipeline/ingest-feed-items.ts).
		// New URLs even on a reused database (each run adds 6,001 articles, so ranges never overlap), so that every
		// measured ingest writes a new article.
		// Their signatures come from a seed of their own: a reused database would otherwise see the same
		// signatures as the previous run's measured briefs and take them for copies of those stories.
		const base = existing > 0 ? Math.max(articles, existing * 3) : articles;
		const measureRandom = createRandom(base);
		// The first ingest builds the in-memory story index from the stored signatures: a start-up cost, timed on
		// its own so it does not count as ingest throughput.
		const firstStart = performance.now();
		await ingestInputs(store, generateInputs(world, base + 2 * MEASURED_INGEST, 1, quotesPerArticle, measureRandom), 1);
		const firstIngestMs = round(performance.now() - firstStart);
		const single = await measureIngest(store, generateInputs(world, base, MEASURED_INGEST, quotesPerArticle, measureRandom), 1);
		const batched = await measureIngest(store, generateInputs(world, base + MEASURED_INGEST, MEASURED_INGEST, quotesPerArticle, measureRandom), 50);
		const written = db.prepare<[], number>('SELECT count(*) FROM quotes').pluck().get()! - counts.quotes;
		const signatures = db.prepare<[], number>('SELECT count(*) FROM articles WHERE minhash IS NOT NULL').pluck().get()!;

		// Queries: entities as guilds see them; half are the most mentioned (the worst case), half from the tail.
		const qRandom = createRandom(99);
		const samples = db
			.prepare<[], { guild_id: string; entity_id: number }>('SELECT guild_id, entity_id FROM entity_guild ORDER BY random() LIMIT 2000')
			.all();
		const popular = db
			.prepare<[], { guild_id: string; entity_id: number }>('SELECT guild_id, entity_id FROM entity_guild ORDER BY article_count DESC LIMIT 200')
			.all();
		const pick = (i: number) => (i % 2 === 0 ? popular[i % popular.length]! : samples[i % samples.length]!);
		const names = db.prepare<[number], string>('SELECT name FROM entities WHERE id = ?').pluck();
		const runs = 1_000;
		const entityCard = await time(runs, (i) => store.mentions.entityCard(pick(i).guild_id, pick(i).entity_id));
		const quotesBySpeaker = await time(runs, (i) => store.mentions.searchQuotes({ guildId: pick(i).guild_id, speakerEntityId: pick(i).entity_id, limit: 10 }));
		const quotesByText = await time(runs, (i) => {
			const words = 1 + (i % 2);
			const about = Array.from({ length: words }, () => world.vocabulary[zipf(qRandom, world.vocabulary.length)]).join(' ');
			return store.mentions.searchQuotes({ guildId: world.guilds[i % world.guilds.length]!, about, limit: 10 });
		});
		const autocomplete = await time(runs, (i) => {
			const sample = samples[i % samples.length]!;
			const name = names.get(sample.entity_id) ?? 'a';
			const prefix = name.slice(0, 1 + (i % 4));
			return store.mentions.autocompleteEntities(world.guilds[i % world.guilds.length]!, prefix, 25);
		});
		await store.close();
		const databaseMb = round(
			['', '-wal', '-shm'].reduce((sum, suffix) => {
				try {
					return sum + statSync(file + suffix).size;
				} catch {
					return sum;
				}
			}, 0) / 1_048_576,
		);
		const figures = {
			scale,
			...counts,
			guilds: world.guilds.length,
			buildSeconds: buildSeconds === null ? null : round(buildSeconds),
			buildBriefsPerSecond: buildSeconds === null ? null : Math.round(articles / buildSeconds),
			// Quotes the measured ingests wrote: about 3.3 per brief when none was taken for a copy of a known story.
			measuredQuotesWritten: written,
			// The first ingest after opening, which loads the story index (one entry per signature still held).
			firstIngestMs,
			storyIndexSignatures: signatures,
			ingestBriefsPerSecond: single.wall,
			ingestBriefsPerCpuSecond: single.cpu,
			ingestBatchedBriefsPerSecond: batched.wall,
			ingestBatchedBriefsPerCpuSecond: batched.cpu,
			entityCardP50Ms: entityCard.p50Ms,
			entityCardP99Ms: entityCard.p99Ms,
			entityCardCpuP99Ms: entityCard.cpuP99Ms,
			quotesBySpeakerP50Ms: quotesBySpeaker.p50Ms,
			quotesBySpeakerP99Ms: quotesBySpeaker.p99Ms,
			quotesBySpeakerCpuP99Ms: quotesBySpeaker.cpuP99Ms,
			quotesByTextP50Ms: quotesByText.p50Ms,
			quotesByTextP99Ms: quotesByText.p99Ms,
			quotesByTextCpuP99Ms: quotesByText.cpuP99Ms,
			autocompleteP50Ms: autocomplete.p50Ms,
			autocompleteP99Ms: autocomplete.p99Ms,
			autocompleteCpuP99Ms: autocomplete.cpuP99Ms,
			databaseMb,
			goal: GOAL,
		};
		if (json) {
			process.stdout.write(`${JSON.stringify(figures)}\n`);
		} else {
			for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}\n`);
		}
	} finally {
		if (!keep) rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
