import type { Config } from '../config/env.js';
import { createPipelineFetch } from '../pipeline/fetch-adapter.js';

/** The pipeline's fetcher with the configured limits: one mapping of config to fetcher for the bot and the CLI. */
export function createConfiguredFetch(config: Config, allowHosts: string[] = []): ReturnType<typeof createPipelineFetch> {
	return createPipelineFetch({
		timeoutMs: config.FETCH_TIMEOUT_MS,
		maxFeedBytes: config.MAX_FEED_BYTES,
		maxPageBytes: config.MAX_PAGE_BYTES,
		userAgent: config.USER_AGENT,
		allowPrivateNetwork: config.ALLOW_PRIVATE_NETWORK,
		concurrency: config.FETCH_CONCURRENCY,
		perHostConcurrency: config.FETCH_PER_HOST_CONCURRENCY,
		allowHosts,
	});
}
