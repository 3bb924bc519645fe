/**
 * STORY_HOLD on a real HTTP server and a real SQLite file: an aggregator's copy polled first waits; the original
 * publisher's copy, polled within the window (after a restart), is the one posted; after the window nothing changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPollCycle } from '../../src/pipeline/poll-cycle.js';
import type { PipelineDeps } from '../../src/pipeline/ports.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import type { Store } from '../../src/store/types.js';
import { testFetch } from '../helpers/test-fetch.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

const MINUTE = 60_000;
const HOLD = 2 * MINUTE;
let server: TestServer;
let dir: string;
let dbPath: string;
let store: Store;
let clock: number;
let fetcher: ReturnType<typeof testFetch>;

const BODY = [
	'The harbour authority approved the new sea wall on Tuesday after a two-year study of storm surges along the coast of the county.',
	'Work will start in the spring and is expected to last three years, the authority’s chairman told a meeting of residents on Tuesday evening.',
	'Residents of the lower town, flooded twice since 2020, welcomed the decision but asked for the work to begin before next winter’s storms.',
	'The wall will cost an estimated 240 million pounds, two thirds of it paid by the national government and the rest by the county council.',
];

function page(title: string, extra: string): string {
	const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('');
	return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}${extra}</article></body></html>`;
}

function rss(title: string, path: string, guid: string): string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${server.origin}/</link><item><title>Sea wall approved</title><link>${server.url(path)}</link><guid>${guid}</guid><pubDate>${new Date(clock).toUTCString()}</pubDate><description>Sea wall approved.</description></item></channel></rss>`;
}

function deps(): PipelineDeps {
	return { store, fetchUrl: fetcher.fetchUrl, logger: silentLogger, now: () => clock, intervalMs: 5 * MINUTE, maxFailures: 3, storyHoldMs: HOLD };
}

async function addFeed(path: string): Promise<void> {
	await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url(path), backfill: 1, now: clock });
}

async function reopen(): Promise<void> {
	await store.close();
	store = createSqliteStore(dbPath);
}

beforeEach(async () => {
	server = await startTestServer();
	dir = mkdtempSync(join(tmpdir(), 'briefbot-hold-'));
	dbPath = join(dir, 'hold.db');
	store = createSqliteStore(dbPath);
	clock = Date.UTC(2026, 11, 7, 12);
	fetcher = testFetch(4);
	server.route('/aggregator/sea-wall', { body: page('Sea wall approved', '<p>The post Sea wall approved appeared first on Coastal Ledger.</p>') });
	server.route('/ledger/sea-wall', { body: page('Sea wall approved', '') });
	server.route('/aggregator.xml', { body: rss('Aggregator', '/aggregator/sea-wall', 'agg-1') });
	server.route('/ledger.xml', { body: rss('Coastal Ledger', '/ledger/sea-wall', 'ledger-1') });
});

afterEach(async () => {
	await fetcher.close();
	await store.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('STORY_HOLD', () => {
	it('posts the original publisher’s copy when it arrives within the window, across a restart', async () => {
		await addFeed('/aggregator.xml');
		await runPollCycle(deps());
		expect(await store.deliveries.pending(clock, 10)).toEqual([]);
		await reopen();
		clock += MINUTE;
		await addFeed('/ledger.xml');
		await runPollCycle(deps());
		await reopen();
		expect(await store.deliveries.pending(clock, 10)).toEqual([]);
		clock += 2 * MINUTE;
		const due = await store.deliveries.pending(clock, 10);
		expect(due).toHaveLength(1);
		const brief = await store.articles.getBrief(due[0]!.articleId);
		expect(brief?.url).toContain('/ledger/sea-wall');
		expect(brief?.republishedVia).toEqual([]);
	});

	it('keeps the first copy when the original arrives after the window', async () => {
		await addFeed('/aggregator.xml');
		await runPollCycle(deps());
		clock += 3 * MINUTE;
		await addFeed('/ledger.xml');
		await runPollCycle(deps());
		const due = await store.deliveries.pending(clock, 10);
		expect(due).toHaveLength(1);
		const brief = await store.articles.getBrief(due[0]!.articleId);
		expect(brief?.url).toContain('/aggregator/sea-wall');
		expect(brief?.originalSource?.name).toBe('Coastal Ledger');
		// The page names no site: the feed's title does, not the host.
		expect(brief?.siteName).toBe('Aggregator');
	});

	it('does not replace the original with a later republication', async () => {
		await addFeed('/ledger.xml');
		await runPollCycle(deps());
		clock += MINUTE;
		await addFeed('/aggregator.xml');
		await runPollCycle(deps());
		clock += 2 * MINUTE;
		const due = await store.deliveries.pending(clock, 10);
		expect(due).toHaveLength(1);
		expect((await store.articles.getBrief(due[0]!.articleId))?.url).toContain('/ledger/sea-wall');
	});
});
