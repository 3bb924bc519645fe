/**
 * Each hostile input (small versions) through the real worker pool: each one finishes inside its budget (it is
 * refused or briefed, never `over-budget`), since pre-parsing is linear; a job that does run over is killed and the
 * pool goes on. Budgets are generous for a loaded test machine: at full size the quadratic paths took minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleWork, type ArticleWork } from '../../src/pipeline/workers/article-work.js';
import { JobFailedError } from '../../src/pipeline/workers/worker-pool.js';
import { hostileInputs } from '../helpers/hostile-pages.js';

let work: ArticleWork;

beforeAll(async () => {
	work = createArticleWork({ workers: 1, budgetMs: 15_000, maxHeapMb: 256 });
	await work.ready();
}, 60_000);

afterAll(async () => {
	await work.close();
});

async function outcome(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'done';
	} catch (error) {
		return error instanceof JobFailedError ? error.reason : String(error);
	}
}

describe('hostile inputs in a worker', () => {
	it.each(hostileInputs(0.1).filter((h) => h.kind === 'page' && !h.gzip).map((h) => [h.name, h.body]))(
		'%s is read or refused within its budget',
		async (_name, body) => {
			const result = work.run({ kind: 'brief-page', html: body, url: 'https://hostile.example/', boilerplate: null, item: null });
			expect(await outcome(result)).toBe('done');
		},
		60_000,
	);

	it('refuses the entity-expansion feed with a reason, and reads the other hostile feeds', async () => {
		const feeds = hostileInputs(0.1).filter((h) => h.kind === 'feed');
		const results = await Promise.all(feeds.map((f) => work.run({ kind: 'parse-feed', body: f.body, baseUrl: 'https://hostile.example/' })));
		const byName = Object.fromEntries(feeds.map((f, i) => [f.name, results[i]]));
		expect(byName['entity-expansion-feed']).toEqual({ status: 'error', error: expect.stringMatching(/^refused: entity expansion/) });
		expect(byName['many-items-feed']?.status).toBe('ok');
		expect(byName['deep-feed']?.status).toBeDefined();
	}, 60_000);

	it('kills a job over its budget, reports over-budget, and the next job runs', async () => {
		const tight = createArticleWork({ workers: 1, budgetMs: 100, maxHeapMb: 256 });
		try {
			await tight.ready();
			const big = `<html><body><article>${'<p>The council approved the budget on Tuesday, said the mayor.</p>'.repeat(20_000)}</article></body></html>`;
			expect(await outcome(tight.run({ kind: 'brief-page', html: big, url: 'https://x.example/', boilerplate: null, item: null }))).toBe('over-budget');
			expect((await tight.run({ kind: 'parse-feed', body: '<rss version="2.0"><channel><title>t</title></channel></rss>', baseUrl: 'https://x.example/' })).status).toBe('ok');
		} finally {
			await tight.close();
		}
	}, 90_000);
});
