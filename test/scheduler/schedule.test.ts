import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, tickExpression, type ScheduleFn } from '../../src/scheduler/schedule.js';

function manualSchedule() {
	let tick: (() => void) | null = null;
	let stopped = false;
	const expressions: string[] = [];
	const schedule: ScheduleFn = (expression, fn) => {
		expressions.push(expression);
		tick = fn;
		return { stop: () => void (stopped = true) };
	};
	return { schedule, fire: () => tick?.(), expressions, isStopped: () => stopped };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('startScheduler', () => {
	it('runs the task on each tick', async () => {
		const clock = manualSchedule();
		const task = vi.fn(async () => undefined);
		const scheduler = startScheduler({ intervalMs: 300_000, task, schedule: clock.schedule });
		clock.fire();
		await new Promise((resolve) => setImmediate(resolve));
		clock.fire();
		await scheduler.stop();
		expect(task).toHaveBeenCalledTimes(2);
		expect(clock.expressions).toEqual(['*/5 * * * * *']);
	});

	it('skips ticks while the previous run is still going', async () => {
		const clock = manualSchedule();
		let finish: () => void = () => undefined;
		const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
		const scheduler = startScheduler({ intervalMs: 300_000, task, schedule: clock.schedule });
		clock.fire();
		clock.fire();
		clock.fire();
		expect(task).toHaveBeenCalledTimes(1);
		expect(scheduler.skippedTicks).toBe(2);
		finish();
		await new Promise((resolve) => setImmediate(resolve));
		clock.fire();
		expect(task).toHaveBeenCalledTimes(2);
		finish();
		await scheduler.stop();
	});

	it('keeps ticking after a failed run', async () => {
		const clock = manualSchedule();
		const task = vi.fn(async () => {
			throw new Error('database locked');
		});
		const scheduler = startScheduler({ intervalMs: 300_000, task, schedule: clock.schedule });
		clock.fire();
		await new Promise((resolve) => setImmediate(resolve));
		clock.fire();
		await scheduler.stop();
		expect(task).toHaveBeenCalledTimes(2);
	});

	it('waits for the running task when stopped, and runs nothing after', async () => {
		const clock = manualSchedule();
		let done = false;
		const task = vi.fn(async () => {
			await new Promise((resolve) => setTimeout(resolve, 20));
			done = true;
		});
		const scheduler = startScheduler({ intervalMs: 300_000, task, schedule: clock.schedule });
		clock.fire();
		await scheduler.stop();
		expect(done).toBe(true);
		expect(clock.isStopped()).toBe(true);
		clock.fire();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('ticks with node-cron by default', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
		const task = vi.fn(async () => undefined);
		const scheduler = startScheduler({ intervalMs: 5_000, task, expression: '* * * * * *' });
		await vi.advanceTimersByTimeAsync(3_500);
		await scheduler.stop();
		expect(task.mock.calls.length).toBeGreaterThanOrEqual(2);
	});
});

describe('tickExpression', () => {
	it('ticks every 5 seconds for minute intervals and faster for short ones', () => {
		expect(tickExpression(300_000)).toBe('*/5 * * * * *');
		expect(tickExpression(10_000)).toBe('* * * * * *');
		expect(tickExpression(30_000)).toBe('*/3 * * * * *');
	});
});
