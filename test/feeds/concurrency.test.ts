import { describe, expect, it } from 'vitest';
import { createConcurrencyLimiter } from '../../src/feeds/concurrency.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createConcurrencyLimiter', () => {
	it('never exceeds the per-host limit and serves the host again as slots free up', async () => {
		const limiter = createConcurrencyLimiter(10, 2);
		const releases: Array<() => void> = [];
		const pending = [1, 2, 3, 4].map(() => limiter.acquire('a.example').then((release) => releases.push(release)));
		await tick();
		expect(releases).toHaveLength(2);
		expect(limiter.waiting).toBe(2);
		releases[0]?.();
		await tick();
		expect(releases).toHaveLength(3);
		releases[1]?.();
		releases[2]?.();
		await Promise.all(pending);
		expect(releases).toHaveLength(4);
	});

	it('lets other hosts through while one host is at its limit', async () => {
		const limiter = createConcurrencyLimiter(3, 1);
		const order: string[] = [];
		const first = await limiter.acquire('slow.example');
		void limiter.acquire('slow.example').then(() => order.push('slow-2'));
		await limiter.acquire('fast.example').then(() => order.push('fast'));
		expect(order).toEqual(['fast']);
		first();
		await tick();
		expect(order).toEqual(['fast', 'slow-2']);
	});

	it('never exceeds the global limit', async () => {
		const limiter = createConcurrencyLimiter(2, 5);
		let granted = 0;
		for (const host of ['a', 'b', 'c', 'd']) void limiter.acquire(host).then(() => granted++);
		await tick();
		expect(granted).toBe(2);
		expect(limiter.active).toBe(2);
	});

	it('ignores a second release of the same slot', async () => {
		const limiter = createConcurrencyLimiter(1, 1);
		const release = await limiter.acquire('a');
		release();
		release();
		expect(limiter.active).toBe(0);
	});
});
