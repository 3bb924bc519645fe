/**
 * The job-queue port: work shared between processes and machines. Three kinds of job, each idempotent on
 * its own (the store dedupes items, ingest and deliveries), so a job run twice after a crash does no harm;
 * the queue keeps that rare. @see docs/adr/004-scale-out.md
 */

export const JOB_KINDS = ['poll-feed', 'build-brief', 'deliver'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobPayloads {
	'poll-feed': { feedId: number };
	/** One new feed item to fetch, extract, brief and ingest; `item` is the FeedItem as JSON. */
	'build-brief': { feedId: number; itemKey: string; item: Record<string, unknown> };
	deliver: { deliveryId: number };
}

export interface JobContext {
	id: string;
	kind: JobKind;
	/** 0 on the first run, then 1, 2, ... when the job is retried (after a failure or a dead worker). */
	retryCount: number;
}

export type JobHandler<K extends JobKind> = (payload: JobPayloads[K], job: JobContext) => Promise<void>;

export interface WorkOptions {
	/** Jobs of this kind run at once in this process. Default 1. */
	concurrency?: number;
	/** Wait between polls of an empty queue. Default 500 ms. */
	idleMs?: number;
}

export interface JobQueue {
	/**
	 * Queues a poll of the feed, once per interval window: a second call for the same feed in the same
	 * window is dropped (false), whichever process makes it, and even after the first poll completed.
	 */
	enqueuePoll(feedId: number, intervalMs: number): Promise<boolean>;
	/** Queues the brief of one item, once per (feed, item key) while the job is kept. */
	enqueueBuild(payload: JobPayloads['build-brief']): Promise<boolean>;
	/** Queues one outbox row, once per delivery id while the job is kept. */
	enqueueDelivery(deliveryId: number): Promise<boolean>;
	/**
	 * Runs `handler` for each job of `kind`. A handler that resolves completes the job; one that throws fails
	 * it, and the job is retried (with backoff) until the retry limit. A job whose worker dies is retried by
	 * another worker once its expiration passes.
	 */
	work<K extends JobKind>(kind: K, handler: JobHandler<K>, options?: WorkOptions): Promise<void>;
	/** Job counts per state, for metrics, tests and benches. */
	counts(kind: JobKind): Promise<Record<'created' | 'retry' | 'active' | 'completed' | 'failed', number>>;
	/**
	 * Stops fetching, waits up to `timeoutMs` for running jobs, then fails those still running so that
	 * another worker retries them, and closes the connections.
	 */
	stop(options?: { timeoutMs?: number }): Promise<void>;
}
