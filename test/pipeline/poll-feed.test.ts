/**
 * The poll cycle on a real HTTP server and a real SQLite file: no flood when a feed is added, no re-post and no
 * miss across a restart, changed guids and dates recognised, failing feeds backed off then disabled, and a
 * page that cannot be had falling back to the feed's own text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipelineFetch } from '../../src/pipeline/fetch-adapter.js';
import { runPollCycle } from '../../src/pipeline/poll-cycle.js';
import type { PipelineDeps } from '../../src/pipeline/ports.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import type { Store } from '../../src/store/types.js';
import { testFetch } from '../helpers/test-fetch.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

const MINUTE = 60_000;
let server: TestServer;
let dir: string;
let dbPath: string;
let store: Store;
let clock: number;
let fetcher: ReturnType<typeof createPipelineFetch>;

interface Item {
	guid: string;
	title: string;
	path?: string;
	date: string;
}

function rss(items: Item[]): string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${server.origin}/</link>${items
		.map(
			(i) =>
				`<item><title>${i.title}</title><link>${server.url(i.path ?? `/a/${i.guid}`)}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${i.date}</pubDate><description>${i.title}. A summary of the story for readers of the feed.</description></item>`,
		)
		.join('')}</channel></rss>`;
}

function article(title: string, body: string): string {
	return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

function page(n: number): string {
	const words = ['harbour', 'railway', 'museum', 'school', 'bridge', 'market', 'forest', 'library', 'airport', 'canal'];
	const paragraphs = Array.from({ length: 4 }, (_, p) =>
		`<p>The council of district ${n} voted on the ${words[(n + p) % 10]} plan, the ${words[(n * 3 + p) % 10]} budget and the ${words[(n * 7 + p) % 10]} works for ${2020 + n + p}, after a debate of ${n + p + 2} hours in which members from every party spoke.</p>`,
	).join('');
	return article(`Story ${n}`, paragraphs);
}

function deps(overrides: Partial<PipelineDeps> = {}): PipelineDeps {
	return {
		store,
		fetchUrl: fetcher.fetchUrl,
		logger: silentLogger,
		now: () => clock,
		intervalMs: 5 * MINUTE,
		maxFailures: 3,
		...overrides,
	};
}

async function deliveredTitles(): Promise<string[]> {
	const pending = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 1_000);
	const titles: string[] = [];
	for (const d of pending) titles.push((await store.articles.getBrief(d.articleId))?.title ?? '?');
	return titles.sort();
}

beforeEach(async () => {
	server = await startTestServer();
	dir = mkdtempSync(join(tmpdir(), 'briefbot-poll-'));
	dbPath = join(dir, 'poll.db');
	store = createSqliteStore(dbPath);
	clock = Date.UTC(2026, 10, 28, 12);
	fetcher = testFetch(8);
	for (let n = 0; n < 12; n++) server.route(`/a/g${n}`, { body: page(n), headers: { 'content-type': 'text/html' } });
});

afterEach(async () => {
	await fetcher.close();
	await store.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

const item = (n: number, extra: Partial<Item> = {}): Item => ({
	guid: `g${n}`,
	title: `Story ${n}`,
	date: new Date(Date.UTC(2026, 10, 1 + n)).toUTCString(),
	...extra,
});

describe('the poll cycle', () => {
	it('records an added feed without posting its old items, apart from the backfill', async () => {
		server.route('/feed.xml', { body: rss([item(3), item(2), item(1), item(0)]) });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 1, now: clock });
		const report = await runPollCycle(deps());
		expect(report.polled).toBe(1);
		expect(await deliveredTitles()).toEqual(['Story 3']);
	});

	it('posts only what is new, and neither re-posts nor misses across a restart', async () => {
		server.route('/feed.xml', { body: rss([item(1), item(0)]) });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), now: clock });
		await runPollCycle(deps());
		expect(await deliveredTitles()).toEqual([]);

		server.route('/feed.xml', { body: rss([item(3), item(2), item(1), item(0)]) });
		await store.close();
		store = createSqliteStore(dbPath); // a restart between two polls
		clock += 10 * MINUTE;
		await runPollCycle(deps());
		expect(await deliveredTitles()).toEqual(['Story 2', 'Story 3']);

		await store.close();
		store = createSqliteStore(dbPath);
		clock += 10 * MINUTE;
		const again = await runPollCycle(deps());
		expect(again.newItems).toBe(0);
		expect(await deliveredTitles()).toEqual(['Story 2', 'Story 3']);
	});

	it('does not treat an old item whose guid or date changed as new', async () => {
		server.route('/feed.xml', { body: rss([item(1), item(0)]) });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), now: clock });
		await runPollCycle(deps());
		// Same links, new guids and dates: a CMS migration.
		server.route('/feed.xml', {
			body: rss([item(1, { guid: 'new-1', date: 'Sat, 28 Nov 2026 10:00:00 GMT', path: '/a/g1' }), item(0, { guid: 'new-0', path: '/a/g0' })]),
		});
		clock += 10 * MINUTE;
		const report = await runPollCycle(deps());
		expect(report.newItems).toBe(0);
		expect(await deliveredTitles()).toEqual([]);
	});

	it('backs a failing feed off exponentially, then disables it with the reason', async () => {
		server.route('/broken.xml', { status: 500, body: 'oops' });
		const { feed } = await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/broken.xml'), now: clock });
		const waits: number[] = [];
		for (let attempt = 1; attempt <= 3; attempt++) {
			const report = await runPollCycle(deps());
			expect(report.failed).toBe(1);
			const state = (await store.feeds.getFeed(feed.id))!;
			expect(state.consecutiveFailures).toBe(attempt);
			expect(state.lastError).toMatch(/500/);
			waits.push(state.nextPollAt - clock);
			clock = state.nextPollAt;
		}
		expect(waits[0]).toBe(5 * MINUTE);
		expect(waits[1]).toBe(10 * MINUTE);
		const disabled = (await store.feeds.getFeed(feed.id))!;
		expect(disabled.disabledReason).toMatch(/3 consecutive failures/);
		expect((await runPollCycle(deps())).polled).toBe(0);
	});

	it('counts a poll that throws (a store error) as a failure: backoff, next poll and last error recorded', async () => {
		server.route('/feed.xml', { body: rss([item(1), item(0)]) });
		const { feed } = await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), now: clock });
		const feeds = store.feeds;
		const failing = Object.create(feeds) as typeof feeds;
		failing.unseenItems = async () => {
			throw new Error('SQLITE_FULL: database or disk is full');
		};
		const report = await runPollCycle(deps({ store: { ...store, feeds: failing } }));
		expect(report.failed).toBe(1);
		const state = (await store.feeds.getFeed(feed.id))!;
		expect(state.consecutiveFailures).toBe(1);
		expect(state.lastError).toMatch(/SQLITE_FULL/);
		expect(state.nextPollAt - clock).toBe(5 * MINUTE);
		// Not due again on the next tick, so it is not re-fetched every tick.
		const hits = server.hits('/feed.xml').length;
		clock += MINUTE;
		expect((await runPollCycle(deps())).polled).toBe(0);
		expect(server.hits('/feed.xml').length).toBe(hits);
	});

	it('builds the brief from the feed text when the page cannot be had, and says so', async () => {
		server.route('/feed.xml', { body: rss([item(1), item(0, { path: '/missing' })]) });
		server.route('/missing', { status: 404, body: 'gone' });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 2, now: clock });
		await runPollCycle(deps());
		const pending = await store.deliveries.pending(Number.MAX_SAFE_INTEGER, 10);
		const briefs = await Promise.all(pending.map((d) => store.articles.getBrief(d.articleId)));
		const fromFeed = briefs.find((b) => b?.title === 'Story 0');
		expect(fromFeed?.contentSource).toBe('feed');
		expect(fromFeed?.contentNote).toMatch(/404/);
		expect(briefs.find((b) => b?.title === 'Story 1')?.contentSource).toBe('page');
	});

	it('never briefs nor posts a page that is not an article, when the feed text is none either', async () => {
		const template = '<!doctype html><html><body ng-controller="news.detailController"><h1>{{ctrl.title}}</h1><p>{{ctrl.body}}</p></body></html>';
		server.route('/tpl', { body: template, headers: { 'content-type': 'text/html' } });
		const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${server.origin}/</link>` +
			`<item><title>Template</title><link>${server.url('/tpl')}</link><guid>t1</guid><description>{{ctrl.summary}} {{ctrl.date}}</description></item>` +
			`<item><title>Story 1</title><link>${server.url('/a/g1')}</link><guid>g1</guid><description>Story 1. A summary.</description></item></channel></rss>`;
		server.route('/feed.xml', { body: feed });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 2, now: clock });
		const report = await runPollCycle(deps());
		expect(report.failed).toBe(0);
		expect(await deliveredTitles()).toEqual(['Story 1']);
		// /feed why can say so: refused for good, with the reason, no retry.
		const [refused] = await store.feeds.itemProblems('g', server.url('/tpl'));
		expect(refused).toMatchObject({ outcome: 'refused', retryAt: null, at: clock });
		expect(refused?.detail.length).toBeGreaterThan(0);
		// Seen, so not retried: the next poll has nothing new.
		clock += 10 * MINUTE;
		expect((await runPollCycle(deps())).newItems).toBe(0);
	});

	it('retries an item whose processing failed, even when the feed has not changed since', async () => {
		server.route('/feed.xml', { body: rss([item(1), item(0)]), headers: { etag: '"same"' } });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 2, now: clock });
		let calls = 0;
		const flaky = deps({
			handleItem: async (_feed, it) => {
				calls++;
				if (it.title === 'Story 1' && calls <= 2) throw new Error('page store failed');
				return 'stored';
			},
		});
		const first = await runPollCycle(flaky);
		expect(first.stored).toBe(1);
		// Recorded for /feed why: the error's code and message, and the next poll, when it is retried.
		const feedRow = (await store.feeds.getFeedByUrl(server.url('/feed.xml')))!;
		expect(await store.feeds.itemProblems('g', server.url('/a/g1'))).toEqual([
			{ feedId: feedRow.id, outcome: 'failed', detail: 'Error: page store failed', at: clock, retryAt: feedRow.nextPollAt },
		]);
		clock += 10 * MINUTE;
		const second = await runPollCycle(flaky);
		expect(await store.feeds.itemProblems('g', server.url('/a/g1'))).toEqual([]);
		// The server would answer 304 to the stored ETag; the failed item must still be processed.
		expect(second.newItems).toBe(1);
		expect(second.stored).toBe(1);
		clock += 10 * MINUTE;
		expect((await runPollCycle(flaky)).newItems).toBe(0);
	});

	it("stores a feed's new items in one transaction, and only the bad one fails when that transaction does", async () => {
		server.route('/feed.xml', { body: rss([item(3), item(2), item(1), item(0)]) });
		await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), backfill: 4, now: clock });
		const batches: number[] = [];
		const real = store.articles;
		const counting: Store = {
			...store,
			articles: {
				...real,
				ingestMany: async (inputs) => {
					batches.push(inputs.length);
					return real.ingestMany(inputs);
				},
				ingest: async (input) => {
					if (input.brief.title === 'Story 2') throw new Error('disk full');
					return real.ingest(input);
				},
			},
		};
		const rejectBatch = async (inputs: unknown[]): Promise<never> => {
			batches.push(inputs.length);
			throw new Error('disk full');
		};
		const failing: Store = { ...counting, articles: { ...counting.articles, ingestMany: rejectBatch } };

		const first = await runPollCycle(deps({ store: failing }));
		expect(batches).toEqual([4]);
		expect(first.stored).toBe(3);
		expect(await deliveredTitles()).toEqual(['Story 0', 'Story 1', 'Story 3']);

		clock += 10 * MINUTE;
		server.route('/feed.xml', { body: rss([item(5), item(4), item(3), item(2), item(1), item(0)]) });
		server.route('/a/g4', { body: page(4), headers: { 'content-type': 'text/html' } });
		server.route('/a/g5', { body: page(5), headers: { 'content-type': 'text/html' } });
		const second = await runPollCycle(deps({ store: { ...counting, articles: { ...counting.articles, ingest: real.ingest } } }));
		// Story 2 was left unseen, so it is retried with the two new items, in one batch.
		expect(batches).toEqual([4, 3]);
		expect(second.stored).toBe(3);
		expect(await deliveredTitles()).toEqual(['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);
	});

	it('refuses a feed on a private address unless private networks are allowed', async () => {
		const guarded = createPipelineFetch({
			timeoutMs: 5_000,
			maxFeedBytes: 1_000_000,
			maxPageBytes: 1_000_000,
			userAgent: 'briefbot-test',
			allowPrivateNetwork: false,
			concurrency: 2,
			perHostConcurrency: 2,
		});
		server.route('/feed.xml', { body: rss([item(0)]) });
		const { feed } = await store.feeds.addFeedTarget({ guildId: 'g', channelId: 'c', url: server.url('/feed.xml'), now: clock });
		await runPollCycle(deps({ fetchUrl: guarded.fetchUrl }));
		const state = (await store.feeds.getFeed(feed.id))!;
		expect(state.disabledReason).toMatch(/refused/);
		expect(server.hits('/feed.xml')).toHaveLength(0);
		await guarded.close();
	});
});
