/**
 * Worker-thread entry: answers each ArticleJob message with `{ ok, result }` or `{ ok: false, name, message }`.
 * The article stage (extraction, language detection, brief building, ~90 MB of modules and tables) loads here,
 * on the worker's first job, never on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleJob } from './article-jobs.js';

// A short page through the whole stage: language detection, lexicons and patterns build their tables on first use.
const WARM_UP =
	'<html><head><title>Warm-up</title></head><body><article><p>The council approved the budget on Tuesday, said Anna ' +
	'Berg, the mayor. "We will build the bridge," she said.</p><p>Le conseil a voté le budget mardi, a déclaré la maire.</p>' +
	'</article></body></html>';

const jobs = import('./article-jobs.js');
// Loading and warming up are not part of any job's budget: the pool sends jobs only after `ready`.
void jobs.then(
	({ runArticleJob }) => {
		try {
			runArticleJob({ kind: 'brief-page', html: WARM_UP, url: 'https://warm-up.invalid/', boilerplate: null, item: null });
		} finally {
			parentPort?.postMessage({ ready: true });
		}
	},
	() => parentPort?.postMessage({ ready: true }), // the load error is then answered to each job
);

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
