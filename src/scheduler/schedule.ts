/**
 * The poll tick. node-cron fires every few seconds and, with its own `noOverlap`, skips a tick while the previous
 * run is still going, so the pipeline (not the clock) decides which feeds are due, and a slow cycle never piles up
 * behind itself. What this file adds is only what node-cron does not do: waiting for the running task on stop,
 * and a first run right away.
 */
import cron from 'node-cron';
import type { Logger } from '../shared/logger.js';
import { describeError } from '../shared/errors.js';

export interface SchedulerOptions {
	/** The poll interval; the tick runs often enough that a due feed waits at most a few seconds. */
	intervalMs: number;
	task: () => Promise<void>;
	/** A cron expression with seconds; derived from intervalMs when absent. */
	expression?: string;
	logger?: Logger;
	/** Run the task once right away; ticks start when that first run is done. */
	runImmediately?: boolean;
}

export interface Scheduler {
	/** Stops ticking and waits for the running task, if any, to finish. */
	stop(): Promise<void>;
	/** How many ticks node-cron skipped because the task was still running. */
	readonly skippedTicks: number;
}

/** A seconds-field expression: every 5 s for intervals of a minute or more, every second below. */
export function tickExpression(intervalMs: number): string {
	if (intervalMs >= 60_000) return '*/5 * * * * *';
	const seconds = Math.max(1, Math.min(5, Math.floor(intervalMs / 10_000)));
	return seconds === 1 ? '* * * * * *' : `*/${seconds} * * * * *`;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
	let running: Promise<void> | null = null;
	let stopped = false;
	let skipped = 0;

	const run = (): Promise<void> => {
		const current: Promise<void> = options
			.task()
			.catch((error: unknown) => {
				// One failed cycle must not stop the next ones.
				options.logger?.error({ err: describeError(error) }, 'scheduled task failed');
			})
			.finally(() => {
				if (running === current) running = null;
			});
		running = current;
		return current;
	};

	// A skipped tick is the normal case when a cycle outlasts the tick, so node-cron's warnings are debug lines.
	const quiet = {
		info: (message: string) => options.logger?.debug(message),
		warn: (message: string) => options.logger?.debug(message),
		error: (message: string | Error) => options.logger?.error({ err: describeError(message) }, 'scheduler error'),
		debug: (message: string | Error) => options.logger?.debug(String(message)),
	};
	const job = cron.createTask(options.expression ?? tickExpression(options.intervalMs), () => run(), { noOverlap: true, logger: quiet });
	job.on('execution:overlap', () => {
		skipped++;
	});

	if (options.runImmediately) {
		void run().then(() => {
			if (!stopped) void job.start();
		});
	} else {
		void job.start();
	}

	return {
		async stop() {
			stopped = true;
			await job.destroy();
			if (running) await running;
		},
		get skippedTicks() {
			return skipped;
		},
	};
}
