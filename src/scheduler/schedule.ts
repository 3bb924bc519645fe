/**
 * The poll tick. node-cron fires every few seconds and runs the task unless the previous run is still going,
 * so the pipeline (not the clock) decides which feeds are due, and a slow cycle never piles up behind itself.
 */
import cron from 'node-cron';
import type { Logger } from '../shared/logger.js';
import { describeError } from '../shared/errors.js';

/** The part of node-cron the scheduler uses; tests inject their own. */
export type ScheduleFn = (expression: string, tick: () => void) => { stop(): void | Promise<void> };

export interface SchedulerOptions {
	/** The poll interval; the tick runs often enough that a due feed waits at most a few seconds. */
	intervalMs: number;
	task: () => Promise<void>;
	/** A cron expression with seconds; derived from intervalMs when absent. */
	expression?: string;
	schedule?: ScheduleFn;
	logger?: Logger;
	/** Run the task once right away instead of waiting for the first tick. */
	runImmediately?: boolean;
}

export interface Scheduler {
	/** Stops ticking and waits for the running task, if any, to finish. */
	stop(): Promise<void>;
	/** How many ticks were skipped because the task was still running. */
	readonly skippedTicks: number;
}

const defaultSchedule: ScheduleFn = (expression, tick) => cron.schedule(expression, tick, { noOverlap: false });

/** A seconds-field expression: every 5 s for intervals of a minute or more, every second below. */
export function tickExpression(intervalMs: number): string {
	if (intervalMs >= 60_000) return '*/5 * * * * *';
	const seconds = Math.max(1, Math.min(5, Math.floor(intervalMs / 10_000)));
	return seconds === 1 ? '* * * * * *' : `*/${seconds} * * * * *`;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
	const schedule = options.schedule ?? defaultSchedule;
	let running: Promise<void> | null = null;
	let stopped = false;
	let skipped = 0;

	const tick = (): void => {
		if (stopped) return;
		if (running) {
			skipped++;
			return;
		}
		running = options
			.task()
			.catch((error: unknown) => {
				// One failed cycle must not stop the next ones.
				options.logger?.error({ err: describeError(error) }, 'scheduled task failed');
			})
			.finally(() => {
				running = null;
			});
	};

	const handle = schedule(options.expression ?? tickExpression(options.intervalMs), tick);
	if (options.runImmediately) tick();

	return {
		async stop() {
			stopped = true;
			await handle.stop();
			if (running) await running;
		},
		get skippedTicks() {
			return skipped;
		},
	};
}
