/**
 * On-demand work for commands: check a URL as a feed, preview a feed's newest item, brief any article.
 * Nothing here stores or posts anything. The shapes match `CommandServices` in commands/index.ts. Failures carry only
 * a code that commands translate for the user; the English sentence and the details are logged here, never returned.
 */
import type { Brief } from '../briefs/types.js';
import type { FeedItem } from '../feeds/types.js';
import { describeError } from '../shared/errors.js';
import { failure, fetchFailureCode, forCommands, type Failure, type ServiceFailure } from '../shared/failure-codes.js';
import { articleWorkOf } from './article-work-of.js';
import { briefFromUrl, type BriefFromUrlDeps } from './brief-from-url.js';
import { buildItemBrief } from './build-item-brief.js';
import type { FetchOutcome } from './ports.js';
import { JobFailedError } from './workers/worker-pool.js';

export function createPipelineServices(deps: BriefFromUrlDeps) {
	function logged(url: string, result: Failure): Failure {
		deps.logger.info({ url, code: result.code, detail: result.detail }, 'on-demand request failed');
		return result;
	}

	async function readFeed(url: string): Promise<{ status: 'ok'; title: string | null; items: FeedItem[]; finalUrl: string; icon: string | null } | Failure> {
		const checked = checkUrl(url);
		if (checked) return logged(url, checked);
		const fetched = await deps.fetchUrl(url, { kind: 'feed' });
		if (fetched.status !== 'ok') return logged(url, explainFetch(fetched));
		try {
			const parsed = await articleWorkOf(deps).run({ kind: 'parse-feed', body: fetched.body, baseUrl: fetched.finalUrl });
			if (parsed.status === 'error') {
				return logged(url, failure(parsed.error.startsWith('refused:') ? 'feed-refused' : 'not-a-feed', parsed.error));
			}
			return { status: 'ok', title: parsed.feed.title || null, items: parsed.feed.items, finalUrl: fetched.finalUrl, icon: parsed.feed.icon ?? null };
		} catch (error) {
			if (error instanceof JobFailedError && (error.reason === 'over-budget' || error.reason === 'over-memory')) {
				return logged(url, failure(error.reason, error.message));
			}
			throw error;
		}
	}

	return {
		async checkFeed(url: string) {
			const feed = await readFeed(url);
			if (feed.status === 'error') return forCommands(feed);
			return { status: 'ok' as const, title: feed.title, itemCount: feed.items.length, finalUrl: feed.finalUrl, iconUrl: feed.icon };
		},

		async previewFeed(url: string): Promise<{ status: 'ok'; brief: Brief } | ServiceFailure> {
			const feed = await readFeed(url);
			if (feed.status === 'error') return forCommands(feed);
			const newest = [...feed.items].sort((a, b) => dateOf(b) - dateOf(a))[0];
			if (!newest) return forCommands(failure('feed-empty', 'no items'));
			try {
				const built = await buildItemBrief(newest, deps);
				if (built.status === 'refused') {
					const code = built.reason === 'over-memory' || built.reason === 'over-budget' ? built.reason : 'not-an-article';
					return forCommands(logged(url, failure(code, built.reason)));
				}
				return { status: 'ok', brief: built.brief };
			} catch (error) {
				deps.logger.error({ url, err: describeError(error) }, 'preview failed');
				return forCommands(failure('internal', describeError(error)));
			}
		},

		async briefUrl(url: string): Promise<{ status: 'ok'; brief: Brief } | ServiceFailure> {
			const result = await briefFromUrl(url, deps);
			if (result.status === 'error') return forCommands(logged(url, result));
			return { status: 'ok', brief: result.brief };
		},
	};
}

export type PipelineServices = ReturnType<typeof createPipelineServices>;

function checkUrl(url: string): Failure | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return failure('invalid-url', url.slice(0, 200));
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return failure('unsupported-scheme', parsed.protocol);
	return null;
}

/** The failure for each way a fetch fails: a code for the user, the fetcher's message for the log. */
export function explainFetch(outcome: Exclude<FetchOutcome, { status: 'ok' }>): Failure {
	if (outcome.status === 'not-modified') return failure('no-content', 'not modified');
	return failure(fetchFailureCode(outcome.kind, outcome.message), `${outcome.kind}: ${outcome.message}`, outcome.httpStatus);
}

function dateOf(item: FeedItem): number {
	const t = Date.parse(item.published ?? item.updated ?? '');
	return Number.isNaN(t) ? 0 : t;
}
