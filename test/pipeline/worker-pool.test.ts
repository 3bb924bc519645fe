/**
 * The worker pool with real worker threads: a job over budget is killed and reported as `over-budget`, a worker over
 * its heap cap as `over-memory`, and in both cases the pool goes on with the next job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, JobError, JobFailedError, type WorkerPool } from '../../src/pipeline/workers/worker-pool.js';

type Job = { kind: 'echo' | 'spin' | 'alloc' | 'throw'; value?: unknown };
const ENTRY = new URL('../fixtures/workers/test-worker.ts', import.meta.url);
let pool: WorkerPool<Job, unknown> | null = null;

afterEach(async () => {
	await pool?.close();
	pool = null;
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
	return promise.then(
		() => null,
		(error: unknown) => error,
	);
}

describe('the worker pool', () => {
	it('runs jobs in worker threads and returns their results', async () => {
		pool = createWorkerPool<Job, unknown>({ entry: ENTRY, size: 2, budgetMs: 20_000, maxHeapMb: 64 });
		const results = await Promise.all([1, 2, 3, 4, 5].map((value) => pool!.run({ kind: 'echo', value: { value } })));
		expect(results).toEqual([1, 2, 3, 4, 5].map((value) => ({ value })));
	});

	it('kills a job that runs past its budget, says over-budget, and goes on with the next job', async () => {
		pool = createWorkerPool<Job, unknown>({ entry: ENTRY, size: 1, budgetMs: 1_500, maxHeapMb: 64 });
		await pool.run({ kind: 'echo', value: 'warm' }); // the first job pays for loading the worker
		const spun = failure(pool.run({ kind: 'spin' }));
		const after = pool.run({ kind: 'echo', value: 'after' });
		const error = await spun;
		expect(error).toBeInstanceOf(JobFailedError);
		expect((error as JobFailedError).reason).toBe('over-budget');
		expect(await after).toBe('after');
		expect(pool.stats().replaced).toBe(1);
	});

	it('reports a worker over its heap cap as over-memory and replaces it', async () => {
		pool = createWorkerPool<Job, unknown>({ entry: ENTRY, size: 1, budgetMs: 25_000, maxHeapMb: 32 });
		const error = await failure(pool.run({ kind: 'alloc' }));
		expect((error as JobFailedError).reason).toBe('over-memory');
		expect(await pool.run({ kind: 'echo', value: 'still here' })).toBe('still here');
	});

	it('passes an error thrown by the job back by name, without killing the worker', async () => {
		pool = createWorkerPool<Job, unknown>({ entry: ENTRY, size: 1, budgetMs: 20_000, maxHeapMb: 64 });
		const error = await failure(pool.run({ kind: 'throw' }));
		expect(error).toBeInstanceOf(JobError);
		expect((error as Error).name).toBe('RangeError');
		expect(pool.stats().replaced).toBe(0);
	});

	it('refuses jobs once closed, and fails the waiting ones', async () => {
		pool = createWorkerPool<Job, unknown>({ entry: ENTRY, size: 1, budgetMs: 20_000, maxHeapMb: 64 });
		const waiting = failure(pool.run({ kind: 'spin' }));
		await pool.close();
		expect(((await waiting) as JobFailedError).reason).toBe('pool-closed');
		expect(((await failure(pool.run({ kind: 'echo' }))) as JobFailedError).reason).toBe('pool-closed');
	});
});
