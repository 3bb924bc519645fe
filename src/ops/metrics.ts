/**
 * Prometheus metrics and a health endpoint, on a port of their own (HTTP_PORT). Off unless configured.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
	registry: Registry;
	feedsPolled: Counter;
	feedFailures: Counter;
	briefsBuilt: Counter;
	deliveriesSent: Counter;
	deliveriesFailed: Counter;
	queueDepth: Gauge;
	lastCycleSeconds: Gauge;
	lastCycleAt: Gauge;
	/** Language-model requests by outcome (`ok`, `error`), tokens by kind (`prompt`, `completion`), fallbacks by reason. */
	llmRequests: Counter<'outcome'>;
	llmTokens: Counter<'kind'>;
	llmLatencySeconds: Histogram;
	llmFallbacks: Counter<'reason'>;
}

export function createMetrics(): Metrics {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry });
	const counter = (name: string, help: string) => new Counter({ name, help, registers: [registry] });
	const gauge = (name: string, help: string) => new Gauge({ name, help, registers: [registry] });
	return {
		registry,
		feedsPolled: counter('briefbot_feeds_polled_total', 'Feed polls attempted'),
		feedFailures: counter('briefbot_feed_failures_total', 'Feed polls that failed'),
		briefsBuilt: counter('briefbot_briefs_built_total', 'Briefs built and stored'),
		deliveriesSent: counter('briefbot_deliveries_sent_total', 'Messages delivered'),
		deliveriesFailed: counter('briefbot_deliveries_failed_total', 'Deliveries that failed for good'),
		queueDepth: gauge('briefbot_delivery_queue_depth', 'Pending deliveries in the outbox'),
		lastCycleSeconds: gauge('briefbot_last_cycle_seconds', 'Duration of the last poll cycle'),
		lastCycleAt: gauge('briefbot_last_cycle_timestamp_seconds', 'When the last poll cycle ended'),
		llmRequests: new Counter({ name: 'briefbot_llm_requests_total', help: 'Language-model requests', labelNames: ['outcome'], registers: [registry] }),
		llmTokens: new Counter({ name: 'briefbot_llm_tokens_total', help: 'Language-model tokens used', labelNames: ['kind'], registers: [registry] }),
		llmLatencySeconds: new Histogram({
			name: 'briefbot_llm_request_seconds',
			help: 'Language-model request latency',
			buckets: [0.25, 0.5, 1, 2, 4, 8, 16, 32],
			registers: [registry],
		}),
		llmFallbacks: new Counter({
			name: 'briefbot_llm_fallbacks_total',
			help: 'Briefs posted without the model (budget, error, deadline, malformed, unchecked)',
			labelNames: ['reason'],
			registers: [registry],
		}),
	};
}

export interface OpsServer {
	port: number;
	close(): Promise<void>;
}

/** `/healthz` answers 200 while `healthy()` is true, 503 otherwise; `/metrics` is the Prometheus text format. */
export async function startOpsServer(metrics: Metrics, port: number, healthy: () => boolean): Promise<OpsServer> {
	const server: Server = createServer((req, res) => {
		if (req.url === '/healthz') {
			const ok = healthy();
			res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ok' : 'unhealthy');
			return;
		}
		if (req.url === '/metrics') {
			metrics.registry.metrics().then(
				(text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
				() => res.writeHead(500).end(),
			);
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
	return {
		port: (server.address() as AddressInfo).port,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
