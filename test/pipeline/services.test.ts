/**
 * The on-demand services on real HTTP servers and the real worker pool: failures come back as codes whose text
 * carries no internals, and the brief comes from the same briefFromUrl as the poll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineFetch } from '../../src/pipeline/fetch-adapter.js';
import { createPipelineServices } from '../../src/pipeline/services.js';
import { createArticleWork, type ArticleWork } from '../../src/pipeline/workers/article-work.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import type { Store } from '../../src/store/types.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';
import { hostileInputs } from '../helpers/hostile-pages.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of storms, and the first ferries left at dawn with three hundred passengers on board.</p><p>Dock workers had cleared the fallen cranes over the weekend, the port authority said, and the fuel depot was inspected on Sunday night.</p><p>Fishing boats that sheltered upriver returned in the afternoon, though several skippers reported damaged nets and lost traps.</p><p>The town council will meet on Thursday to discuss repairs to the sea wall, which was breached in two places during the worst night.</p></article></body></html>`;
let server: TestServer;
let store: Store;
let work: ArticleWork;
let fetcher: ReturnType<typeof createPipelineFetch>;
let services: ReturnType<typeof createPipelineServices>;

beforeAll(async () => {
	server = await startTestServer();
	server.route('/article.html', { body: PAGE, headers: { 'content-type': 'text/html' } });
	const bomb = hostileInputs(0.1).find((h) => h.name === 'entity-expansion-feed');
	server.route('/bomb.xml', { body: bomb?.body ?? '', headers: { 'content-type': 'application/rss+xml' } });
	store = createSqliteStore(':memory:');
	work = createArticleWork({ workers: 1, budgetMs: 20_000, maxHeapMb: 256 });
	fetcher = createPipelineFetch({
		timeoutMs: 5_000,
		maxFeedBytes: 5_000_000,
		maxPageBytes: 5_000_000,
		userAgent: 'briefbot-test',
		allowPrivateNetwork: true,
		concurrency: 4,
		perHostConcurrency: 4,
	});
	services = createPipelineServices({ store, fetchUrl: fetcher.fetchUrl, logger: silentLogger, articleWork: work });
}, 60_000);

afterAll(async () => {
	await fetcher.close();
	await work.close();
	await store.close();
	await server.close();
});

describe('on-demand services', () => {
	it('briefs a page through the worker pool', async () => {
		const result = await services.briefUrl(server.url('/article.html'));
		expect(result.status === 'ok' && result.brief.title).toBe('Harbour reopens');
	}, 60_000);

	it('answers a 404 with a code for the command to translate, and no sentence or detail of its own', async () => {
		const result = await services.briefUrl(server.url('/missing.html'));
		expect(result).toEqual({ status: 'error', code: 'http-error', httpStatus: 404 });
	});

	it('answers an unresolvable name with the dns code', async () => {
		const result = await services.briefUrl('http://no-such-host.invalid/article');
		expect(result).toMatchObject({ status: 'error', code: expect.stringMatching(/^(dns|network)$/) });
		expect(Object.keys(result).sort()).toEqual(['code', 'status']);
	});

	it('refuses an entity-expansion feed with its own code', async () => {
		const result = await services.checkFeed(server.url('/bomb.xml'));
		expect(result).toMatchObject({ status: 'error', code: 'feed-refused' });
	}, 60_000);
});
