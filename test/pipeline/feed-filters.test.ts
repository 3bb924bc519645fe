/**
 * Per-guild filters and pauses in the real poll cycle (HTTP server on 127.0.0.1, SQLite file): each target gets
 * only the briefs its filter accepts, a paused target gets none and does not get them later, and the reason of
 * each skip is stored for /feed why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPollCycle } from '../../src/pipeline/poll-cycle.js';
import type { PipelineDeps } from '../../src/pipeline/ports.js';
import { feedInterval } from '../../src/pipeline/select-targets.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import { testFetch } from '../helpers/test-fetch.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

const MINUTE = 60_000;
let server: TestServer;
let dir: string;
let store: ReturnType<typeof createSqliteStore>;
let clock: number;
let fetcher: ReturnType<typeof testFetch>;

const TOPICS = ['harbour', 'railway', 'museum', 'school'];

function rss(ns: number[]): string {
	const items = ns.map(
		(n) =>
			`<item><title>Story ${n} about the ${TOPICS[n % 4]}</title><link>${server.url(`/a/${n}`)}</link><guid isPermaLink="false">g${n}</guid><pubDate>${new Date(Date.UTC(2026, 10, 1 + n)).toUTCString()}</pubDate><description>Story ${n}.</description></item>`,
	);
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${server.origin}/</link>${items.join('')}</channel></rss>`;
}

function page(n: number): string {
	const topic = TOPICS[n % 4];
	const p = `<p>The council of district ${n} voted on the ${topic} plan after a debate of ${n + 2} hours in which members from every party spoke at length about the ${topic}.</p>`;
	return `<!doctype html><html lang="en"><head><title>Story ${n}</title></head><body><article><h1>Story ${n} about the ${topic}</h1>${p.repeat(4)}</article></body></html>`;
}

function deps(): PipelineDeps {
	return { store, fetchUrl: fetcher.fetchUrl, logger: silentLogger, now: () => clock, intervalMs: 5 * MINUTE, maxFailures: 3 };
}

async function delivered(): Promise<string[]> {
	const pending = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 1_000);
	const out: string[] = [];
	for (const d of pending) out.push(`${d.guildId}:${(await store.articles.getBrief(d.articleId))?.title.split(' ').slice(0, 2).join(' ')}`);
	return out.sort();
}

beforeEach(async () => {
	server = await startTestServer();
	dir = mkdtempSync(join(tmpdir(), 'briefbot-filters-'));
	store = createSqliteStore(join(dir, 'filters.db'));
	clock = Date.UTC(2026, 10, 28, 12);
	fetcher = testFetch(8);
	for (let n = 0; n < 8; n++) server.route(`/a/${n}`, { body: page(n), headers: { 'content-type': 'text/html' } });
});

afterEach(async () => {
	await fetcher.close();
	await store.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('filters and pauses in the poll cycle', () => {
	it('delivers to each guild what its filter accepts, nothing to a paused guild, and records why', async () => {
		server.route('/feed.xml', { body: rss([1, 0]) });
		const url = server.url('/feed.xml');
		const g1 = await store.feeds.addFeedTarget({ guildId: 'g1', channelId: 'c1', url, now: clock });
		await store.feeds.addFeedTarget({ guildId: 'g2', channelId: 'c2', url, now: clock });
		const g3 = await store.feeds.addFeedTarget({ guildId: 'g3', channelId: 'c3', url, now: clock });
		await store.feeds.updateGuildFeed({ guildId: 'g1', feedId: g1.feed.id, patch: { filter: 'museum OR (railway AND NOT "story 5")' } });
		await store.feeds.updateGuildFeed({ guildId: 'g3', feedId: g1.feed.id, patch: { pausedAt: clock } });
		await runPollCycle(deps());

		server.route('/feed.xml', { body: rss([6, 5, 4, 3, 2, 1, 0]) });
		clock += 10 * MINUTE;
		await runPollCycle(deps());
		expect(await delivered()).toEqual([
			'g1:Story 2', // museum
			'g1:Story 6', // museum
			'g2:Story 2',
			'g2:Story 3',
			'g2:Story 4',
			'g2:Story 5',
			'g2:Story 6',
		]);
		const skips = store.db
			.prepare('SELECT a.title AS title, s.target_id AS target, s.reason AS reason, s.detail AS detail FROM target_skips s JOIN articles a ON a.id = s.article_id ORDER BY a.title, s.target_id')
			.all() as Array<{ title: string; target: number; reason: string; detail: string | null }>;
		const g1Skips = skips.filter((s) => s.target === g1.target.id).map((s) => [s.title.slice(0, 7), s.detail]);
		expect(g1Skips).toEqual([
			['Story 3', 'museum OR (railway AND NOT "story 5")'],
			['Story 4', 'museum OR (railway AND NOT "story 5")'],
			['Story 5', 'museum OR (railway AND NOT "story 5")'],
		]);
		expect(skips.filter((s) => s.target === g3.target.id).map((s) => s.reason)).toEqual(['paused', 'paused', 'paused', 'paused', 'paused']);

		// Resuming does not bring back what passed by while paused.
		await store.feeds.updateGuildFeed({ guildId: 'g3', feedId: g1.feed.id, patch: { pausedAt: null } });
		clock += 10 * MINUTE;
		await runPollCycle(deps());
		expect((await delivered()).filter((d) => d.startsWith('g3'))).toEqual([]);
	});
});

describe('the per-feed interval', () => {
	it('is the shortest wish, the configured interval joins when a target has none, and the floor wins', () => {
		expect(feedInterval({}, 5 * MINUTE)).toBe(5 * MINUTE);
		expect(feedInterval({ intervalMs: null, intervalHasDefault: true }, 5 * MINUTE)).toBe(5 * MINUTE);
		expect(feedInterval({ intervalMs: 60 * MINUTE, intervalHasDefault: true }, 5 * MINUTE)).toBe(5 * MINUTE);
		expect(feedInterval({ intervalMs: 60 * MINUTE, intervalHasDefault: false }, 5 * MINUTE)).toBe(60 * MINUTE);
		expect(feedInterval({ intervalMs: 3 * MINUTE, intervalHasDefault: true }, 5 * MINUTE)).toBe(3 * MINUTE);
		expect(feedInterval({ intervalMs: MINUTE, intervalHasDefault: false }, 5 * MINUTE, 2 * MINUTE)).toBe(2 * MINUTE);
	});
});
