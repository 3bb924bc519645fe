import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { JobContext, JobKind } from './types.js';

export interface SlotsDeps {
	boss: PgBoss;
	kind: JobKind;
	concurrency: number;
	idleMs: number;
	logger: Logger;
	run: (data: unknown, job: JobContext) => Promise<void>;
}

/**
 * Up to `concurrency` jobs of one queue at a time, fed by one fetch loop. pg-boss's own work() waits its
 * polling interval (0.5 s at least) after every batch, busy or not; this loop fetches as many jobs as there
 * are free slots as soon as one frees, and waits only when the queue is empty. One fetch for several jobs
 * also spares Postgres: concurrent fetchers all contend for the same first rows. fetch() claims with
 * FOR UPDATE SKIP LOCKED, so no two processes ever hold the same job.
 */
export class WorkerSlots {
	readonly #deps: SlotsDeps;
	readonly #stop = new AbortController();
	readonly #inFlight = new Set<string>();
	readonly #running = new Set<Promise<void>>();
	#slotFreed: (() => void) | null = null;
	#loop: Promise<void> = Promise.resolve();

	constructor(deps: SlotsDeps) {
		this.#deps = deps;
	}

	get kind(): JobKind {
		return this.#deps.kind;
	}

	start(): void {
		this.#loop = this.#fetchLoop();
	}

	/** Stops fetching; waits up to `timeoutMs` for running jobs; returns the ids of those still running. */
	async stop(timeoutMs: number): Promise<string[]> {
		this.#stop.abort();
		this.#slotFreed?.();
		const done = this.#loop.then(() => Promise.all(this.#running)).then(() => 'done' as const);
		await Promise.race([done, sleep(timeoutMs, 'late' as const, { ref: false })]);
		return [...this.#inFlight];
	}

	async #fetchLoop(): Promise<void> {
		const { boss, kind, concurrency, idleMs, logger } = this.#deps;
		const signal = this.#stop.signal;
		while (!signal.aborted) {
			const free = concurrency - this.#running.size;
			if (free <= 0) {
				await new Promise<void>((resolve) => (this.#slotFreed = resolve));
				continue;
			}
			let jobs: PgBoss.JobWithMetadata<unknown>[] = [];
			try {
				jobs = await boss.fetch<unknown>(kind, { batchSize: free, includeMetadata: true });
			} catch (error) {
				logger.warn({ kind, err: describeError(error) }, 'queue fetch failed');
			}
			if (jobs.length === 0) {
				await sleep(idleMs, undefined, { signal }).catch(() => undefined);
				continue;
			}
			for (const job of jobs) {
				const running: Promise<void> = this.#runOne(job).finally(() => {
					this.#running.delete(running);
					this.#slotFreed?.();
					this.#slotFreed = null;
				});
				this.#running.add(running);
			}
		}
	}

	async #runOne(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
		const { boss, kind, logger, run } = this.#deps;
		this.#inFlight.add(job.id);
		try {
			await run(job.data, { id: job.id, kind, retryCount: job.retryCount });
			// 0 rows: the job expired while it ran and was handed to another worker; the handlers are idempotent.
			await boss.complete(kind, job.id);
		} catch (error) {
			logger.warn({ kind, jobId: job.id, retryCount: job.retryCount, err: describeError(error) }, 'job failed');
			await boss.fail(kind, job.id, { message: describeError(error) }).catch((failError: unknown) => {
				logger.error({ kind, jobId: job.id, err: describeError(failError) }, 'could not record a job failure');
			});
		} finally {
			this.#inFlight.delete(job.id);
		}
	}
}
