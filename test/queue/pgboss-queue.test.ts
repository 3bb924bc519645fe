import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uniqueSchemaName } from '../../src/store/postgres/probe.js';
import type { JobQueue } from '../../src/queue/types.js';
import { available, dropSchema, openQueue, waitFor } from './helpers.js';

describe.skipIf(!available)('pg-boss job queue', () => {
	let schema: string;
	let queues: JobQueue[];

	beforeEach(() => {
		schema = uniqueSchemaName('briefbot_jobs_test');
		queues = [];
	});
	afterEach(async () => {
		for (const queue of queues) await queue.stop({ timeoutMs: 500 });
		await dropSchema(schema);
	});

	const open = async () => {
		const queue = await openQueue(schema);
		queues.push(queue);
		return queue;
	};

	it('shares 100 jobs between two workers, each job done exactly once', async () => {
		const a = await open();
		const b = await open();
		for (let id = 1; id <= 100; id++) expect(await a.enqueueDelivery(id)).toBe(true);
		const done: Array<{ worker: string; deliveryId: number }> = [];
		const handler = (worker: string) => async (payload: { deliveryId: number }) => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			done.push({ worker, deliveryId: payload.deliveryId });
		};
		await a.work('deliver', handler('a'), { concurrency: 3, idleMs: 50 });
		await b.work('deliver', handler('b'), { concurrency: 3, idleMs: 50 });
		expect(await waitFor(async () => (await a.counts('deliver')).completed === 100, 20_000)).toBe(true);
		const ids = done.map((d) => d.deliveryId).sort((x, y) => x - y);
		expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		expect(done.some((d) => d.worker === 'a')).toBe(true);
		expect(done.some((d) => d.worker === 'b')).toBe(true);
		expect(await a.counts('deliver')).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0 });
	});

	it('queues a feed poll once per interval window, whichever process asks', async () => {
		const a = await open();
		const b = await open();
		expect(await a.enqueuePoll(7, 21_600_000)).toBe(true);
		expect(await a.enqueuePoll(7, 21_600_000)).toBe(false);
		expect(await b.enqueuePoll(7, 21_600_000)).toBe(false);
		expect(await b.enqueuePoll(8, 21_600_000)).toBe(true);
		let polls = 0;
		await a.work('poll-feed', async () => void polls++, { idleMs: 50 });
		expect(await waitFor(async () => (await a.counts('poll-feed')).completed === 2, 10_000)).toBe(true);
		// Done, and still the same window: no second poll of the feed.
		expect(await b.enqueuePoll(7, 21_600_000)).toBe(false);
		expect(polls).toBe(2);
	});

	it('queues a delivery and an item brief once, however often they are enqueued', async () => {
		const a = await open();
		const b = await open();
		expect(await a.enqueueDelivery(42)).toBe(true);
		expect(await b.enqueueDelivery(42)).toBe(false);
		const item = { title: 'x', link: 'https://a.example/1' };
		expect(await a.enqueueBuild({ feedId: 1, itemKey: 'k1', item })).toBe(true);
		expect(await b.enqueueBuild({ feedId: 1, itemKey: 'k1', item })).toBe(false);
		expect(await b.enqueueBuild({ feedId: 2, itemKey: 'k1', item })).toBe(true);
		expect((await a.counts('deliver')).created).toBe(1);
		expect((await a.counts('build-brief')).created).toBe(2);
	});

	it('retries a job whose handler threw, with the attempt number', async () => {
		const a = await open();
		await a.enqueueDelivery(1);
		const attempts: number[] = [];
		await a.work(
			'deliver',
			async (_payload, job) => {
				attempts.push(job.retryCount);
				if (job.retryCount === 0) throw new Error('Discord said 500');
			},
			{ idleMs: 50 },
		);
		expect(await waitFor(async () => (await a.counts('deliver')).completed === 1, 10_000)).toBe(true);
		expect(attempts).toEqual([0, 1]);
	});

	it('hands the job of a worker stopped mid-job to another worker', async () => {
		const a = await open();
		const b = await open();
		await a.enqueuePoll(5, 60_000);
		let taken = false;
		await a.work(
			'poll-feed',
			async () => {
				taken = true;
				await new Promise(() => undefined);
			},
			{ idleMs: 50 },
		);
		expect(await waitFor(() => taken, 5_000)).toBe(true);
		await a.stop({ timeoutMs: 100 });
		const retried: Array<{ feedId: number; retryCount: number }> = [];
		await b.work('poll-feed', async (payload, job) => void retried.push({ feedId: payload.feedId, retryCount: job.retryCount }), {
			idleMs: 50,
		});
		expect(await waitFor(() => retried.length === 1, 10_000)).toBe(true);
		expect(retried).toEqual([{ feedId: 5, retryCount: 1 }]);
	});
});
