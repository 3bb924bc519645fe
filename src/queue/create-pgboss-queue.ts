import PgBoss from 'pg-boss';
import { AppError, describeError } from '../shared/errors.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import { deterministicJobId } from './job-id.js';
import { JOB_KINDS, type JobKind, type JobPayloads, type JobQueue } from './types.js';
import { WorkerSlots } from './worker-slots.js';

export interface PgBossQueueOptions {
	/** Schema of pg-boss's tables, apart from the store's. Default `briefbot_jobs`. */
	schema?: string;
	logger?: Logger;
	/**
	 * How long a job may stay active. A worker that dies holds its job this long, then the job is retried by
	 * another worker. Default 300 s: a feed poll with its article fetches fits well within it.
	 */
	expireInSeconds?: number;
	/** Retries after a failure or an expiration. Default 5, with exponential backoff from `retryDelaySeconds`. */
	retryLimit?: number;
	retryDelaySeconds?: number;
	/** How often some process looks for expired jobs. Default 30 s. */
	maintenanceIntervalSeconds?: number;
	maxConnections?: number;
}

const DEFAULTS = {
	schema: 'briefbot_jobs',
	expireInSeconds: 300,
	retryLimit: 5,
	retryDelaySeconds: 5,
	maintenanceIntervalSeconds: 30,
	maxConnections: 10,
	stopTimeoutMs: 10_000,
	idleMs: 500,
};

/** pg-boss refuses a singleton window longer than its archive interval (12 h by default). */
const MAX_WINDOW_SECONDS = 43_200;

/** pg-boss itself failed (connection, migration). */
export class QueueError extends AppError {
	override name = 'QueueError';
}

/**
 * The job queue on pg-boss 10, in the same Postgres as the store. Starting it installs or migrates pg-boss's
 * schema and creates the three queues; every process of a deployment calls it with the same options.
 * @see docs/adr/004-scale-out.md
 */
export async function createPgBossQueue(url: string, options: PgBossQueueOptions = {}): Promise<JobQueue> {
	const config = { ...DEFAULTS, ...options };
	const logger = options.logger ?? silentLogger;
	const boss = new PgBoss({
		connectionString: url,
		schema: config.schema,
		max: config.maxConnections,
		supervise: true,
		schedule: false,
		migrate: true,
		maintenanceIntervalSeconds: config.maintenanceIntervalSeconds,
	});
	boss.on('error', (error) => logger.warn({ err: describeError(error) }, 'pg-boss error'));
	try {
		await boss.start();
		for (const kind of JOB_KINDS) {
			await boss.createQueue(kind, {
				name: kind,
				policy: 'standard',
				retryLimit: config.retryLimit,
				retryDelay: config.retryDelaySeconds,
				retryBackoff: true,
				expireInSeconds: config.expireInSeconds,
			});
		}
	} catch (error) {
		await boss.stop({ graceful: false }).catch(() => undefined);
		throw new QueueError('cannot start the pg-boss job queue', { cause: error });
	}

	const slots: WorkerSlots[] = [];
	let stopped = false;

	const send = async (kind: JobKind, data: object, sendOptions: PgBoss.SendOptions): Promise<boolean> => {
		try {
			return (await boss.send(kind, data, sendOptions)) !== null;
		} catch (error) {
			throw new QueueError(`cannot enqueue a ${kind} job`, { cause: error });
		}
	};

	return {
		enqueuePoll(feedId, intervalMs) {
			// singleton_on = the start of the current window: pg-boss's unique index drops a second job in it.
			return send(
				'poll-feed',
				{ feedId },
				{
					singletonKey: `feed:${feedId}`,
					singletonSeconds: Math.min(MAX_WINDOW_SECONDS, Math.max(1, Math.round(intervalMs / 1_000))),
				},
			);
		},

		enqueueBuild(payload) {
			return send('build-brief', payload, { id: deterministicJobId('build-brief', `${payload.feedId}:${payload.itemKey}`) });
		},

		enqueueDelivery(deliveryId) {
			return send('deliver', { deliveryId }, { id: deterministicJobId('deliver', String(deliveryId)) });
		},

		async work(kind, handler, workOptions = {}) {
			if (stopped) throw new QueueError('the queue is stopped');
			const worker = new WorkerSlots({
				boss,
				kind,
				concurrency: Math.max(1, Math.floor(workOptions.concurrency ?? 1)),
				idleMs: workOptions.idleMs ?? DEFAULTS.idleMs,
				logger,
				run: (data, job) => handler(data as JobPayloads[typeof kind], job),
			});
			slots.push(worker);
			worker.start();
		},

		async counts(kind) {
			const rows = await boss
				.getDb()
				.executeSql(`SELECT state, count(*)::int AS n FROM ${config.schema}.job WHERE name = $1 GROUP BY state`, [kind]);
			const counts = { created: 0, retry: 0, active: 0, completed: 0, failed: 0 };
			for (const row of rows.rows as Array<{ state: keyof typeof counts; n: number }>) {
				if (row.state in counts) counts[row.state] = row.n;
			}
			return counts;
		},

		async stop({ timeoutMs = DEFAULTS.stopTimeoutMs } = {}) {
			if (stopped) return;
			stopped = true;
			const running = await Promise.all(slots.map(async (s) => ({ kind: s.kind, ids: await s.stop(timeoutMs) })));
			for (const { kind, ids } of running) {
				// Failed, not abandoned: the retry goes to another worker now instead of after the expiration.
				for (const id of ids) {
					await boss.fail(kind, id, { message: 'worker stopped while the job ran' }).catch(() => undefined);
				}
			}
			await boss.stop({ graceful: false, close: true, wait: true });
		},
	};
}
