import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, startOpsServer, type OpsServer } from '../../src/ops/metrics.js';

let server: OpsServer | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

describe('the ops server', () => {
	it('serves Prometheus metrics and a health check that follows the bot', async () => {
		const metrics = createMetrics();
		let healthy = true;
		server = await startOpsServer(metrics, 0, () => healthy);
		metrics.feedsPolled.inc(7);
		metrics.queueDepth.set(3);
		const base = `http://127.0.0.1:${server.port}`;
		const text = await (await fetch(`${base}/metrics`)).text();
		expect(text).toMatch(/briefbot_feeds_polled_total 7/);
		expect(text).toMatch(/briefbot_delivery_queue_depth 3/);
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
		healthy = false;
		expect((await fetch(`${base}/healthz`)).status).toBe(503);
		expect((await fetch(`${base}/nope`)).status).toBe(404);
	});
});
