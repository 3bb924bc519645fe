/**
 * On-demand work for commands: check a URL as a feed, preview a feed's newest item, brief any article.
 * Nothing here stores or posts anything. The shapes match `CommandServices` in commands/index.ts.
 */
import { processHtml } from '../articles/process.js';
import { refuseArticle } from '../articles/refuse.js';
import { buildBrief } from '../briefs/build-brief.js';
import { withSpeakerThreshold } from '../briefs/speakers/threshold.js';
import type { Brief } from '../briefs/types.js';
import { parseFeed } from '../feeds/parse-feed.js';
import type { FeedItem } from '../feeds/types.js';
import { describeError } from '../shared/errors.js';
import { buildItemBrief } from './build-item-brief.js';
import type { FetchOutcome, PipelineDeps } from './ports.js';

type ServiceDeps = Pick<PipelineDeps, 'fetchUrl' | 'logger' | 'store' | 'speakerMinConfidence'>;
type Failure = { status: 'error'; message: string };

export function createPipelineServices(deps: ServiceDeps) {
	async function readFeed(url: string): Promise<{ status: 'ok'; title: string | null; items: FeedItem[]; finalUrl: string } | Failure> {
		const checked = checkUrl(url);
		if (checked) return checked;
		const fetched = await deps.fetchUrl(url, { kind: 'feed' });
		if (fetched.status !== 'ok') return { status: 'error', message: explainFetch(fetched) };
		const parsed = parseFeed(fetched.body, { baseUrl: fetched.finalUrl });
		if (parsed.status === 'error') {
			return { status: 'error', message: 'This URL does not serve a feed (RSS, Atom or JSON Feed).' };
		}
		return { status: 'ok', title: parsed.feed.title || null, items: parsed.feed.items, finalUrl: fetched.finalUrl };
	}

	return {
		async checkFeed(url: string) {
			const feed = await readFeed(url);
			if (feed.status === 'error') return feed;
			return { status: 'ok' as const, title: feed.title, itemCount: feed.items.length, finalUrl: feed.finalUrl };
		},

		async previewFeed(url: string): Promise<{ status: 'ok'; brief: Brief } | Failure> {
			const feed = await readFeed(url);
			if (feed.status === 'error') return feed;
			const newest = [...feed.items].sort((a, b) => dateOf(b) - dateOf(a))[0];
			if (!newest) return { status: 'error', message: 'This feed has no items yet.' };
			try {
				return { status: 'ok', brief: (await buildItemBrief(newest, deps)).brief };
			} catch (error) {
				deps.logger.error({ url, err: describeError(error) }, 'preview failed');
				return { status: 'error', message: 'The newest item could not be read.' };
			}
		},

		async briefUrl(url: string): Promise<{ status: 'ok'; brief: Brief } | Failure> {
			const checked = checkUrl(url);
			if (checked) return checked;
			const fetched = await deps.fetchUrl(url, { kind: 'page' });
			if (fetched.status !== 'ok') return { status: 'error', message: explainFetch(fetched) };
			try {
				const article = processHtml(fetched.body, { url: fetched.finalUrl });
				if (article.paragraphs.length === 0) return { status: 'error', message: 'No article text was found at this URL.' };
				const refusal = refuseArticle(article, { minWords: 60, html: fetched.body });
				if (refusal) return { status: 'error', message: `This page is not an article (${refusal.reason}: ${refusal.detail}).` };
				return { status: 'ok', brief: { ...withSpeakerThreshold(buildBrief(article), deps.speakerMinConfidence), contentSource: 'page' } };
			} catch (error) {
				deps.logger.error({ url, err: describeError(error) }, 'brief failed');
				return { status: 'error', message: 'The page could not be read.' };
			}
		},
	};
}

export type PipelineServices = ReturnType<typeof createPipelineServices>;

function checkUrl(url: string): Failure | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { status: 'error', message: 'This is not a valid URL.' };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return { status: 'error', message: 'Only http and https URLs can be followed.' };
	}
	return null;
}

/** A sentence a Discord user can act on, for each way a fetch fails. */
export function explainFetch(outcome: Exclude<FetchOutcome, { status: 'ok' }>): string {
	if (outcome.status === 'not-modified') return 'The server sent no content.';
	switch (outcome.kind) {
		case 'blocked':
			return 'This address is private or local, and the bot does not fetch those.';
		case 'timeout':
			return 'The server did not answer in time.';
		case 'too-large':
			return 'The response is too large.';
		case 'redirect-loop':
		case 'too-many-redirects':
			return 'The URL redirects too many times.';
		case 'http-error':
			return `The server answered with HTTP ${outcome.httpStatus ?? 'an error'}.`;
		default:
			return `The URL could not be fetched (${outcome.message}).`;
	}
}

function dateOf(item: FeedItem): number {
	const t = Date.parse(item.published ?? item.updated ?? '');
	return Number.isNaN(t) ? 0 : t;
}
