/**
 * The ArticleWork port: the pipeline's CPU-heavy steps, run either in a worker pool with a budget per job (the bot,
 * the CLI) or in-process (small tools, tests of the stages themselves). Both load the article stage lazily.
 */
import type { Logger } from '../../shared/logger.js';
import type { ArticleJob, ArticleJobResult } from './article-jobs.js';
import { createWorkerPool, JobFailedError, type WorkerPool } from './worker-pool.js';

export interface ArticleWork {
	run<J extends ArticleJob>(job: J): Promise<ArticleJobResult<J>>;
	/** Resolves once the article stage is loaded (workers started), so a benchmark measures work, not start-up. */
	ready(): Promise<void>;
	close(): Promise<void>;
}

export interface ArticleWorkOptions {
	/** Worker threads; 0 runs the jobs in-process, without a budget. */
	workers: number;
	budgetMs: number;
	maxHeapMb: number;
	logger?: Logger;
}

const ENTRY_NAME = import.meta.url.endsWith('.ts') ? './article-worker.ts' : './article-worker.js';

export function createArticleWork(options: ArticleWorkOptions): ArticleWork {
	if (options.workers <= 0) return inProcessArticleWork();
	// Started on the first job: a process that never reads an article (a gateway-only shard) never starts workers.
	let pool: WorkerPool<ArticleJob, unknown> | null = null;
	let closed = false;
	const started = () =>
		(pool ??= createWorkerPool<ArticleJob, unknown>({
			entry: new URL(ENTRY_NAME, import.meta.url),
			size: options.workers,
			budgetMs: options.budgetMs,
			maxHeapMb: options.maxHeapMb,
			...(options.logger ? { logger: options.logger } : {}),
		}));
	return {
		run: <J extends ArticleJob>(job: J) =>
			closed ? Promise.reject(new JobFailedError('pool-closed', 'the worker pool is closed')) : (started().run(job) as Promise<ArticleJobResult<J>>),
		ready: () => started().ready(),
		close: async () => {
			closed = true;
			await pool?.close();
		},
	};
}

/** The jobs on the calling thread: no budget, so only for trusted input and tests. */
export function inProcessArticleWork(): ArticleWork {
	let stage: Promise<typeof import('./article-jobs.js')> | null = null;
	const load = () => (stage ??= import('./article-jobs.js'));
	return {
		async run<J extends ArticleJob>(job: J) {
			return (await load()).runArticleJob(job) as ArticleJobResult<J>;
		},
		ready: async () => void (await load()),
		close: async () => {},
	};
}
