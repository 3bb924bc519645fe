import { createPipelineFetch } from '../../src/pipeline/fetch-adapter.js';

/** The pipeline's real fetcher as pipeline tests use it: 127.0.0.1 allowed (their servers), 1 MB bodies, 5 s. */
export function testFetch(concurrency = 8): ReturnType<typeof createPipelineFetch> {
	return createPipelineFetch({
		timeoutMs: 5_000,
		maxFeedBytes: 1_000_000,
		maxPageBytes: 1_000_000,
		userAgent: 'briefbot-test',
		allowPrivateNetwork: true,
		concurrency,
		perHostConcurrency: concurrency,
	});
}
