/**
 * A small pool of worker threads, each job with a wall-clock budget and each worker with a heap cap
 * (docs/adr/008-article-workers.md says why this is ours and not piscina). A job over budget has its worker
 * terminated (V8 stops even a busy loop) and replaced; a worker that dies (heap cap, crash) fails only its job.
 * Jobs wait in a FIFO queue; the queue is bounded so a flood of items cannot grow memory without limit. A worker
 * takes jobs once it has posted `{ ready: true }`, so module loading is never charged to a job's budget.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { workerScript } from './worker-script.js';

/** A job the pool gave up on; `reason` is what the item is recorded with. */
export class JobFailedError extends AppError {
	override name = 'JobFailedError';
	constructor(
		readonly reason: 'over-budget' | 'over-memory' | 'worker-crashed' | 'pool-closed' | 'queue-full',
		message: string,
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}

/** An error the job itself threw inside the worker (its name and message; the stack stays in the worker). */
export class JobError extends AppError {
	override name = 'JobError';
}

export interface WorkerPoolOptions {
	/** The module the workers run (`.ts` under tsx/vitest, `.js` when built). */
	entry: URL;
	size: number;
	budgetMs: number;
	maxHeapMb: number;
	maxQueued?: number;
	logger?: Logger;
}

interface Pending {
	job: unknown;
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
}

interface Slot {
	worker: Worker;
	/** False until the worker says it has loaded its modules: loading is not charged to the first job's budget. */
	ready: boolean;
	busy: Pending | null;
	timer: NodeJS.Timeout | null;
}

type Reply = { ready: true } | { ok: true; result: unknown } | { ok: false; name: string; message: string };

export interface WorkerPool<Job, Result> {
	run(job: Job): Promise<Result>;
	close(): Promise<void>;
	stats(): { workers: number; busy: number; queued: number; replaced: number };
	/** Resolves when every current worker has loaded its modules (benchmarks wait for it before measuring). */
	ready(): Promise<void>;
}

export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
	const queue: Pending[] = [];
	const slots: Slot[] = [];
	const maxQueued = options.maxQueued ?? 10_000;
	let closed = false;
	let replaced = 0;

	function spawn(): Slot {
		const { script, evaluate } = workerScript(options.entry);
		const worker = new Worker(script, {
			eval: evaluate,
			resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb, maxYoungGenerationSizeMb: Math.min(32, options.maxHeapMb) },
			stdout: false,
			stderr: false,
		});
		worker.unref();
		const slot: Slot = { worker, ready: false, busy: null, timer: null };
		worker.on('message', (reply: Reply) => {
			if ('ready' in reply) {
				slot.ready = true;
				return next(slot);
			}
			const pending = finish(slot);
			if (!pending) return;
			if (reply.ok) pending.resolve(reply.result);
			else pending.reject(Object.assign(new JobError(reply.message), { name: reply.name }));
			next(slot);
		});
		worker.on('error', (error: Error & { code?: string }) => {
			const overMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
			replace(slot, new JobFailedError(overMemory ? 'over-memory' : 'worker-crashed', `the worker failed: ${error.message}`, { cause: error }));
		});
		worker.on('exit', () => {
			if (slots.includes(slot)) replace(slot, new JobFailedError('worker-crashed', 'the worker exited'));
		});
		return slot;
	}

	function finish(slot: Slot): Pending | null {
		if (slot.timer) clearTimeout(slot.timer);
		slot.timer = null;
		const pending = slot.busy;
		slot.busy = null;
		return pending;
	}

	/** Drops a worker (its job, if any, fails with `error`) and starts a fresh one in its place. */
	function replace(slot: Slot, error: JobFailedError): void {
		const index = slots.indexOf(slot);
		if (index < 0) return;
		const pending = finish(slot);
		slots.splice(index, 1);
		void slot.worker.terminate();
		if (pending) {
			options.logger?.warn({ reason: error.reason }, 'article worker replaced');
			pending.reject(error);
		}
		if (closed) return;
		replaced++;
		const fresh = spawn();
		slots.push(fresh);
		next(fresh);
	}

	function next(slot: Slot): void {
		if (!slot.ready || slot.busy || closed) return;
		const pending = queue.shift();
		if (!pending) return;
		slot.busy = pending;
		slot.timer = setTimeout(() => {
			replace(slot, new JobFailedError('over-budget', `the job ran past its budget of ${options.budgetMs} ms`));
		}, options.budgetMs);
		slot.worker.postMessage(pending.job);
	}

	for (let i = 0; i < Math.max(1, options.size); i++) slots.push(spawn());

	return {
		run(job) {
			if (closed) return Promise.reject(new JobFailedError('pool-closed', 'the worker pool is closed'));
			if (queue.length >= maxQueued) return Promise.reject(new JobFailedError('queue-full', 'too many jobs are waiting'));
			return new Promise<Result>((resolve, reject) => {
				queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
				const idle = slots.find((s) => s.ready && !s.busy);
				if (idle) next(idle);
			});
		},
		async close() {
			closed = true;
			for (const pending of queue.splice(0)) pending.reject(new JobFailedError('pool-closed', 'the worker pool is closed'));
			const all = slots.splice(0);
			for (const slot of all) finish(slot)?.reject(new JobFailedError('pool-closed', 'the worker pool is closed'));
			await Promise.all(all.map((s) => s.worker.terminate()));
		},
		stats: () => ({ workers: slots.length, busy: slots.filter((s) => s.busy).length, queued: queue.length, replaced }),
		ready: () => Promise.all(slots.map((s) => (s.ready ? null : new Promise((resolve) => s.worker.once('message', resolve))))).then(() => undefined),
	};
}
