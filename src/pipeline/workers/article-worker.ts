/**
 * Worker-thread entry: answers each ArticleJob message with `{ ok, result }` or `{ ok: false, name, message }`.
 * The article stage (extraction, language detection, brief building, ~90 MB of modules and tables) loads here,
 * on the worker's first job, never on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from './article-jobs.js';

const jobs = import('./article-jobs.js');

parentPort?.on('message', (job: ArticleJob) => {
	void jobs.then(
		({ runArticleJob }) => {
			try {
				parentPort?.postMessage({ ok: true, result: runArticleJob(job) });
			} catch (error) {
				const e = error instanceof Error ? error : new Error(String(error));
				parentPort?.postMessage({ ok: false, name: e.name, message: e.message });
			}
		},
		(error: unknown) => parentPort?.postMessage({ ok: false, name: 'LoadError', message: String(error) }),
	);
});
