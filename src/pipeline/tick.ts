/**
 * The scheduler's task: one tick of the bot's work, in order — pick up subscription changes made elsewhere, poll
 * the due feeds (or enqueue them for the workers), hand new deliveries on, record the outbox depth, and once a day
 * purge what is past retention. The scheduler only decides when; this decides what, with every I/O passed in.
 */
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { createProgress, type Progress } from '../shared/progress.js';
import { runPollCycle } from './poll-cycle.js';
import type { PipelineDeps } from './ports.js';

const DAY_MS = 86_400_000;
/** Subscriptions may change in another process (a shard, a worker); they are re-read this often. */
export const SUBSCRIPTION_REBUILD_MS = 60_000;
/** A first poll of this many feeds or more shows its progress. */
const PROGRESS_MIN_FEEDS = 50;

/** The metrics the tick records: prom-client counters and gauges fit, and tests pass plain objects. */
export interface TickMetrics {
	feedsPolled: { inc(value: number): void };
	feedFailures: { inc(value: number): void };
	briefsBuilt: { inc(value: number): void };
	deliveriesSent: { inc(value: number): void };
	queueDepth: { set(value: number): void };
	lastCycleSeconds: { set(value: number): void };
	lastCycleAt: { set(value: number): void };
}

export interface TickDeps {
	now: () => number;
	logger: Logger;
	metrics: TickMetrics;
	rebuildSubscriptions: () => Promise<void>;
	/** Polls the due feeds; null when another process does (scale-out), with `enqueueDue` instead. */
	pipeline: PipelineDeps | null;
	enqueueDue?: () => Promise<unknown>;
	/** Hands the new deliveries on: prints them (console) or wakes the delivery worker (Discord). Returns how many were sent. */
	deliver: () => Promise<number>;
	/** Runs after delivery, e.g. console mode's report of feeds that were just disabled. */
	afterDelivery?: () => Promise<unknown>;
	countPending: () => Promise<number>;
	purgeOlderThan: (cutoff: number) => Promise<number>;
	retentionDays: number;
}

export interface Tick {
	run(): Promise<void>;
	/** False after a tick that failed, until one succeeds; the health endpoint reports it. */
	readonly healthy: boolean;
}

export function createTick(deps: TickDeps): Tick {
	let lastPurge = 0;
	let lastRebuild = deps.now();
	let healthy = true;

	async function pollDueFeeds(pipeline: PipelineDeps): Promise<void> {
		let progress: Progress | null = null;
		const report = await runPollCycle(pipeline, {
			onStart: (due) => (progress = due >= PROGRESS_MIN_FEEDS ? createProgress('polling feeds', due) : null),
			onFeedDone: () => progress?.tick(),
		});
		(progress as Progress | null)?.done();
		deps.metrics.feedsPolled.inc(report.polled);
		deps.metrics.feedFailures.inc(report.failed);
		deps.metrics.briefsBuilt.inc(report.stored + report.duplicates);
		deps.metrics.lastCycleSeconds.set(report.durationMs / 1000);
		deps.metrics.lastCycleAt.set(deps.now() / 1000);
		if (report.polled > 0) deps.logger.debug({ ...report }, 'poll cycle');
	}

	return {
		async run() {
			try {
				if (deps.now() - lastRebuild > SUBSCRIPTION_REBUILD_MS) {
					lastRebuild = deps.now();
					await deps.rebuildSubscriptions();
				}
				if (deps.enqueueDue) await deps.enqueueDue();
				else if (deps.pipeline) await pollDueFeeds(deps.pipeline);
				deps.metrics.deliveriesSent.inc(await deps.deliver());
				await deps.afterDelivery?.();
				deps.metrics.queueDepth.set(await deps.countPending());
				if (deps.now() - lastPurge > DAY_MS) {
					lastPurge = deps.now();
					const purged = await deps.purgeOlderThan(deps.now() - deps.retentionDays * DAY_MS);
					if (purged > 0) deps.logger.info({ purged }, 'retention purge');
				}
				healthy = true;
			} catch (error) {
				healthy = false;
				deps.logger.error({ err: describeError(error) }, 'poll cycle failed');
			}
		},
		get healthy() {
			return healthy;
		},
	};
}
