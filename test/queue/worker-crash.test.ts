import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { uniqueSchemaName } from '../../src/store/postgres/probe.js';
import type { JobQueue } from '../../src/queue/types.js';
import { available, dropSchema, openQueue, url, waitFor } from './helpers.js';

const WORKER = fileURLToPath(new URL('../fixtures/queue/hanging-worker.ts', import.meta.url));

describe.skipIf(!available)('a worker process killed mid-job', () => {
	const schema = uniqueSchemaName('briefbot_jobs_test');
	let child: ChildProcess | null = null;
	let queue: JobQueue | null = null;

	afterEach(async () => {
		if (child && child.exitCode === null) child.kill('SIGKILL');
		await queue?.stop({ timeoutMs: 500 });
		await dropSchema(schema);
	});

	it('has its job retried by another worker once the job expires', async () => {
		queue = await openQueue(schema);
		expect(await queue.enqueuePoll(11, 60_000)).toBe(true);

		child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, schema], { stdio: ['ignore', 'pipe', 'inherit'] });
		let output = '';
		child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		expect(await waitFor(() => output.includes('"took"'), 20_000)).toBe(true);
		const taken = JSON.parse(output.split('\n').find((line) => line.includes('"took"'))!) as { took: string; feedId: number };
		expect(taken.feedId).toBe(11);

		child.kill('SIGKILL');
		await new Promise((resolve) => child!.once('exit', resolve));
		expect((await queue.counts('poll-feed')).active).toBe(1);

		const retried: Array<{ id: string; feedId: number; retryCount: number }> = [];
		await queue.work(
			'poll-feed',
			async (payload, job) => void retried.push({ id: job.id, feedId: payload.feedId, retryCount: job.retryCount }),
			{ idleMs: 50 },
		);
		expect(await waitFor(() => retried.length > 0, 20_000)).toBe(true);
		expect(retried).toEqual([{ id: taken.took, feedId: 11, retryCount: 1 }]);
		expect(await waitFor(async () => (await queue!.counts('poll-feed')).completed === 1, 5_000)).toBe(true);
	});
});
