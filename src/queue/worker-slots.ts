import { setMaxListeners } from 'node:events';
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
 * N fetch-run-complete loops on one queue. pg-boss's own work() waits its polling interval (0.5 s at least)
 * after every batch, busy or not; these loops fetch the next job at once while there is work, and only wait
 * when the queue is empty. fetch() claims with FOR UPDATE SKIP LOCKED, so no two loops (in any process)
 * ever hold the same job.
 */
export class WorkerSlots {
	readonly #deps: SlotsDeps;
	readonly #stop = new AbortController();
	readonly #inFlight = new Set<string>();
	#loops: Array<Promise<void>> = [];

	constructor(deps: SlotsDeps) {
		this.#deps = deps;
		// Every idle slot waits on this one signal: a listener each, by design.
		setMaxListeners(0, this.#stop.signal);
	}

	get kind(): JobKind {
		return this.#deps.kind;
	}

	start(): void {
		this.#loops = Array.from({ length: this.#deps.concurrency }, () => this.#loop());
	}

	/** Stops fetching; waits up to `timeoutMs` for running jobs; returns the ids of those still running. */
	async stop(timeoutMs: number): Promise<string[]> {
		this.#stop.abort();
		const done = Promise.all(this.#loops).then(() => 'done' as const);
		const late = sleep(timeoutMs, 'late' as const, { ref: false });
		await Promise.race([done, late]);
		return [...this.#inFlight];
	}

	async #loop(): Promise<void> {
		const { boss, kind, idleMs, logger } = this.#deps;
		const signal = this.#stop.signal;
		while (!signal.aborted) {
			let job: PgBoss.JobWithMetadata<unknown> | undefined;
			try {
				[job] = await boss.fetch<unknown>(kind, { batchSize: 1, includeMetadata: true });
			} catch (error) {
				logger.warn({ kind, err: describeError(error) }, 'queue fetch failed');
			}
			if (!job) {
				await sleep(idleMs, undefined, { signal }).catch(() => undefined);
				continue;
			}
			await this.#runOne(job);
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
