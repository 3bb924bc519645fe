/** The scheduler with the real node-cron, on fake timers: node-cron's own noOverlap does the skipping. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, tickExpression } from '../../src/scheduler/schedule.js';

const EVERY_SECOND = '* * * * * *';

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
	vi.setSystemTime(Date.UTC(2026, 11, 7, 12, 0, 0, 100));
});

afterEach(() => {
	vi.useRealTimers();
});

describe('startScheduler', () => {
	it('runs the task on each tick', async () => {
		const task = vi.fn(async () => undefined);
		const scheduler = startScheduler({ intervalMs: 300_000, task, expression: EVERY_SECOND });
		await vi.advanceTimersByTimeAsync(3_000);
		await scheduler.stop();
		expect(task).toHaveBeenCalledTimes(3);
		expect(scheduler.skippedTicks).toBe(0);
	});

	it('skips ticks while the previous run is still going, and counts them', async () => {
		let finish: () => void = () => undefined;
		const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const scheduler = startScheduler({ intervalMs: 300_000, task, expression: EVERY_SECOND });
		await vi.advanceTimersByTimeAsync(3_000);
		expect(task).toHaveBeenCalledTimes(1);
		expect(scheduler.skippedTicks).toBe(2);
		finish();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task).toHaveBeenCalledTimes(2);
		finish();
		await scheduler.stop();
	});

	it('keeps ticking after a failed run, and logs the failure', async () => {
		const task = vi.fn(async () => {
			throw new Error('database locked');
		});
		const errors: unknown[] = [];
		const logger = { error: (obj: unknown) => errors.push(obj), debug: () => undefined } as never;
		const scheduler = startScheduler({ intervalMs: 300_000, task, expression: EVERY_SECOND, logger });
		await vi.advanceTimersByTimeAsync(2_000);
		await scheduler.stop();
		expect(task).toHaveBeenCalledTimes(2);
		expect(errors).toEqual([{ err: 'Error: database locked' }, { err: 'Error: database locked' }]);
	});

	it('runs at once when asked, and ticks only once that first run is done', async () => {
		let finish: () => void = () => undefined;
		const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const scheduler = startScheduler({ intervalMs: 300_000, task, expression: EVERY_SECOND, runImmediately: true });
		expect(task).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(3_000);
		expect(task).toHaveBeenCalledTimes(1);
		finish();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task).toHaveBeenCalledTimes(2);
		finish();
		await scheduler.stop();
	});

	it('waits for the running task when stopped, and runs nothing after', async () => {
		let done = false;
		const task = vi.fn(async () => {
			await new Promise((resolve) => setTimeout(resolve, 1_500));
			done = true;
		});
		const scheduler = startScheduler({ intervalMs: 300_000, task, expression: EVERY_SECOND });
		await vi.advanceTimersByTimeAsync(1_000);
		expect(task).toHaveBeenCalledTimes(1);
		const stopping = scheduler.stop();
		await vi.advanceTimersByTimeAsync(2_000);
		await stopping;
		expect(done).toBe(true);
		await vi.advanceTimersByTimeAsync(5_000);
		expect(task).toHaveBeenCalledTimes(1);
	});
});

describe('tickExpression', () => {
	it('ticks every 5 seconds for minute intervals and faster for short ones', () => {
		expect(tickExpression(300_000)).toBe('*/5 * * * * *');
		expect(tickExpression(10_000)).toBe('* * * * * *');
		expect(tickExpression(30_000)).toBe('*/3 * * * * *');
	});
});
