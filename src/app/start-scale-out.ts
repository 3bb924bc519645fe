/**
 * Scale-out mode, chosen by a postgres:// DATABASE_URL: polls become pg-boss jobs shared by every process of the
 * deployment (one per feed per interval window, whoever enqueues it), and each process claims outbox rows under a
 * lease, so several processes or machines share the work with nothing done twice. See docs/adr/004-scale-out.md.
 */
import { randomUUID } from 'node:crypto';
import { pollFeed } from '../pipeline/poll-feed.js';
import type { PipelineDeps } from '../pipeline/ports.js';
import { createPgBossQueue } from '../queue/create-pgboss-queue.js';
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { createClaimingDeliveryStore } from '../store/postgres/claiming-deliveries.js';
import type { PostgresStore } from '../store/postgres/create-store.js';
import type { DeliveryStore } from '../store/types.js';

const POLL_CONCURRENCY = 8;
const DELIVERY_LEASE_MS = 60_000;
const MAX_ENQUEUE_PER_TICK = 10_000;

export interface ScaleOut {
	/** Enqueues a poll job for every due feed; the queue drops those already queued this interval. */
	enqueueDue(): Promise<number>;
	/** The outbox as this process sees it: rows leased to this worker only. */
	deliveries: DeliveryStore;
	stop(): Promise<void>;
}

export async function startScaleOut(deps: {
	databaseUrl: string;
	store: PostgresStore;
	pipeline: PipelineDeps;
	logger: Logger;
	onPolled: () => void;
}): Promise<ScaleOut> {
	const { store, pipeline, logger } = deps;
	const workerId = randomUUID();
	const queue = await createPgBossQueue(deps.databaseUrl, { logger });
	await queue.work(
		'poll-feed',
		async ({ feedId }) => {
			const feed = await store.feeds.getFeed(feedId);
			if (!feed || feed.disabledReason) return;
			try {
				await pollFeed(feed, pipeline);
			} catch (error) {
				logger.error({ feed: feed.url, err: describeError(error) }, 'feed poll job failed');
				throw error;
			}
			deps.onPolled();
		},
		{ concurrency: POLL_CONCURRENCY },
	);
	logger.info({ workerId }, 'scale-out worker started');
	return {
		async enqueueDue() {
			const due = await store.feeds.dueFeeds(pipeline.now(), MAX_ENQUEUE_PER_TICK);
			let queued = 0;
			for (const feed of due) if (await queue.enqueuePoll(feed.id, pipeline.intervalMs)) queued++;
			return queued;
		},
		deliveries: createClaimingDeliveryStore(store.deliveries, { workerId, leaseMs: DELIVERY_LEASE_MS }),
		stop: () => queue.stop({ timeoutMs: 10_000 }),
	};
}
