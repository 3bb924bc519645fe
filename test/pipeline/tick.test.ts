import { describe, expect, it } from 'vitest';
import { createTick, SUBSCRIPTION_REBUILD_MS, type TickDeps, type TickMetrics } from '../../src/pipeline/tick.js';
import { silentLogger } from '../../src/shared/logger.js';

const DAY = 86_400_000;

function world(overrides: Partial<TickDeps> = {}) {
	let clock = 10 * DAY;
	const calls: string[] = [];
	const figures: Record<string, number> = {};
	const metric = (name: string) => ({
		inc: (v: number) => void (figures[name] = (figures[name] ?? 0) + v),
		set: (v: number) => void (figures[name] = v),
	});
	const metrics = Object.fromEntries(
		['feedsPolled', 'feedFailures', 'briefsBuilt', 'deliveriesSent', 'queueDepth', 'lastCycleSeconds', 'lastCycleAt'].map((n) => [n, metric(n)]),
	) as unknown as TickMetrics;
	const deps: TickDeps = {
		now: () => clock,
		logger: silentLogger,
		metrics,
		rebuildSubscriptions: async () => void calls.push('rebuild'),
		pipeline: null,
		enqueueDue: async () => void calls.push('poll'),
		deliver: async () => {
			calls.push('deliver');
			return 2;
		},
		afterDelivery: async () => void calls.push('after'),
		countPending: async () => {
			calls.push('count');
			return 7;
		},
		purgeOlderThan: async (cutoff) => {
			calls.push(`purge<${(clock - cutoff) / DAY}d`);
			return 0;
		},
		retentionDays: 30,
		...overrides,
	};
	return { tick: createTick(deps), calls, figures, advance: (ms: number) => void (clock += ms) };
}

describe('the tick', () => {
	it('polls, delivers, counts the outbox, then purges past retention once a day', async () => {
		const w = world();
		await w.tick.run();
		expect(w.calls).toEqual(['poll', 'deliver', 'after', 'count', 'purge<30d']);
		expect(w.figures).toMatchObject({ deliveriesSent: 2, queueDepth: 7 });
		w.calls.length = 0;
		w.advance(DAY / 2);
		await w.tick.run();
		expect(w.calls).toEqual(['rebuild', 'poll', 'deliver', 'after', 'count']);
		w.calls.length = 0;
		w.advance(DAY);
		await w.tick.run();
		expect(w.calls).toContain('purge<30d');
	});

	it('re-reads subscriptions only once the rebuild interval has passed', async () => {
		const w = world();
		await w.tick.run();
		w.advance(SUBSCRIPTION_REBUILD_MS / 2);
		await w.tick.run();
		expect(w.calls.filter((c) => c === 'rebuild')).toHaveLength(0);
		w.advance(SUBSCRIPTION_REBUILD_MS);
		await w.tick.run();
		expect(w.calls.filter((c) => c === 'rebuild')).toHaveLength(1);
	});

	it('reports unhealthy after a failed tick and healthy again after a good one', async () => {
		let fail = true;
		const w = world({
			enqueueDue: async () => {
				if (fail) throw new Error('database locked');
			},
		});
		await w.tick.run();
		expect(w.tick.healthy).toBe(false);
		expect(w.calls).not.toContain('deliver');
		fail = false;
		await w.tick.run();
		expect(w.tick.healthy).toBe(true);
	});
});
