/**
 * The bot's own fetcher and article workers for CLI commands that take a URL: the same configuration as the bot
 * (ALLOW_PRIVATE_NETWORK, FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, USER_AGENT, ARTICLE_BUDGET_MS), the same SSRF guard and
 * charset decoding, and `briefFromUrl` itself. Without a store, no per-site boilerplate is learnt.
 */
import { loadConfig } from '../config/env.js';
import type { BriefFromUrlDeps } from '../pipeline/brief-from-url.js';
import { createConfiguredFetch } from '../app/create-fetcher.js';
import { createArticleWork } from '../pipeline/workers/article-work.js';
import { silentLogger } from '../shared/logger.js';

export async function withCliPipeline<T>(work: (deps: BriefFromUrlDeps) => Promise<T>, options: { workers?: number } = {}): Promise<T> {
	const config = loadConfig(process.env);
	const fetcher = createConfiguredFetch(config);
	const articleWork = createArticleWork({
		workers: options.workers ?? Math.min(1, config.ARTICLE_WORKERS),
		budgetMs: config.ARTICLE_BUDGET_MS,
		maxHeapMb: config.ARTICLE_WORKER_HEAP_MB,
	});
	const noBoilerplate = { load: async () => ({ articles: 0, lines: new Map<string, number>() }), record: async () => {} };
	try {
		return await work({ fetchUrl: fetcher.fetchUrl, logger: silentLogger, store: { boilerplate: noBoilerplate }, articleWork });
	} finally {
		await fetcher.close();
		await articleWork.close();
	}
}
