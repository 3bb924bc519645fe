/**
 * SPEAKER_MIN_CONFIDENCE end to end: a feed on a real HTTP server, polled into a real SQLite file. What /quote and
 * /who read (`searchQuotes`, the stored brief the embed renders) holds a speaker only at or above the threshold.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPollCycle } from '../../src/pipeline/poll-cycle.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import type { Store } from '../../src/store/types.js';
import { testFetch } from '../helpers/test-fetch.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
let dir: string;
let store: Store;
let fetcher: ReturnType<typeof testFetch>;
const NOW = Date.UTC(2026, 10, 28, 12);

const PAGE = `<!doctype html><html lang="en"><head><title>Freight</title></head><body><article><h1>Freight plans</h1>
<p>The harbour company presented its plans for the coming year to the council on Monday, after months of talks with the unions and the city.</p>
<p>“We will double the fleet by next spring and hire two hundred drivers,” said Ana Ruiz, who runs operations at the company.</p>
<p>The council will vote on the harbour works in January, after a public consultation that starts next week in every district.</p>
</article></body></html>`;

beforeEach(async () => {
	server = await startTestServer();
	dir = mkdtempSync(join(tmpdir(), 'briefbot-speakers-'));
	store = createSqliteStore(join(dir, 'speakers.db'));
	fetcher = testFetch(4);
	server.route('/a/1', { body: PAGE, headers: { 'content-type': 'text/html' } });
	server.route('/feed.xml', {
		body: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>${server.origin}/</link><item><title>Freight plans</title><link>${server.url('/a/1')}</link><guid>g1</guid><pubDate>${new Date(NOW).toUTCString()}</pubDate></item></channel></rss>`,
	});
});

afterEach(async () => {
	await fetcher.close();
	await store.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

async function pollWith(speakerMinConfidence: number) {
	await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 1, now: NOW });
	await runPollCycle({ store, fetchUrl: fetcher.fetchUrl, logger: silentLogger, now: () => NOW, intervalMs: 300_000, maxFailures: 3, speakerMinConfidence });
	const { hits } = await store.mentions.searchQuotes({ guildId: 'g', about: 'fleet', limit: 5 });
	const brief = hits[0] ? await store.articles.getBrief(hits[0].articleId) : null;
	return { hits, brief };
}

describe('SPEAKER_MIN_CONFIDENCE', () => {
	it('stores and shows a speaker above the threshold', async () => {
		const { hits, brief } = await pollWith(0.5);
		expect(hits.map((h) => h.speaker)).toEqual(['Ana Ruiz']);
		expect(brief?.quotes[0]?.confidence).toBeGreaterThanOrEqual(0.5);
	});

	it('keeps the quote but no speaker below the threshold', async () => {
		const { hits, brief } = await pollWith(1);
		expect(hits).toHaveLength(1);
		expect(hits[0]?.speaker).toBeNull();
		expect(brief?.quotes[0]).toMatchObject({ speaker: null, speakerText: null, speakerEntityId: null });
	});
});
