/**
 * The one way a URL becomes a brief, shared by `/brief url:`, `/feed preview`, the CLI and the poll: fetch with the
 * bot's fetcher (SSRF guard, timeout, size cap, charset and BOM decoding), read the page in a worker with a budget,
 * apply the site's boilerplate and the minimum-text rule, and learn the site's boilerplate from the result.
 */
import type { ItemMeta } from './workers/article-jobs.js';
import { JobFailedError } from './workers/worker-pool.js';
import { withSpeakerThreshold } from '../briefs/speakers/threshold.js';
import type { Brief } from '../briefs/types.js';
import { describeError } from '../shared/errors.js';
import { failure, fetchFailureCode, type Failure } from '../shared/failure-codes.js';
import type { PipelineDeps } from './ports.js';
import { articleWorkOf } from './article-work-of.js';

/** A page whose cleaned text is shorter than this is treated as unusable (paywall, consent wall, script-only). */
export const MIN_PAGE_TEXT = 280;

export type BriefFromUrlDeps = Pick<PipelineDeps, 'fetchUrl' | 'logger' | 'articleWork' | 'speakerMinConfidence'> & {
	store: Pick<PipelineDeps['store'], 'boilerplate'>;
};

export interface BriefFromUrlOptions {
	/** The feed item the page belongs to: its title, date and author fill what the page lacks. */
	item?: ItemMeta;
	/**
	 * Length of the text the caller could use instead (a feed item's own content). A page shorter than
	 * MIN_PAGE_TEXT is still taken when it is longer than that; with nothing else (0), any text is taken.
	 */
	fallbackTextLength?: number;
}

export type BriefFromUrlResult = { status: 'ok'; brief: Brief; finalUrl: string } | Failure;

export async function briefFromUrl(url: string, deps: BriefFromUrlDeps, options: BriefFromUrlOptions = {}): Promise<BriefFromUrlResult> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return failure('invalid-url', `not a URL: ${url.slice(0, 200)}`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return failure('unsupported-scheme', parsed.protocol);
	const fetched = await deps.fetchUrl(url, { kind: 'page' });
	if (fetched.status === 'not-modified') return failure('no-content', 'not modified');
	if (fetched.status === 'error') {
		return failure(fetchFailureCode(fetched.kind, fetched.message), `${fetched.kind}: ${fetched.message}`, fetched.httpStatus);
	}
	const domain = hostOf(fetched.finalUrl);
	try {
		const boilerplate = domain ? await deps.store.boilerplate.load(domain) : undefined;
		const page = await articleWorkOf(deps).run({
			kind: 'brief-page',
			html: fetched.body,
			url: fetched.finalUrl,
			boilerplate: boilerplate ?? null,
			item: options.item ?? null,
		});
		if (domain && page.fingerprints.length > 0) await deps.store.boilerplate.record(domain, page.fingerprints);
		const minimum = Math.min(MIN_PAGE_TEXT, (options.fallbackTextLength ?? 0) + 1);
		if (page.paragraphs === 0 || page.textLength < minimum) {
			return failure('no-text', `${page.textLength} characters of text (minimum ${minimum})`);
		}
		if (page.refusal) return failure('not-an-article', `${page.refusal.reason}: ${page.refusal.detail}`);
		// Stored and shown briefs hold only speakers above the threshold: a quote in the wrong mouth is worse than none.
		return { status: 'ok', brief: withSpeakerThreshold(page.brief, deps.speakerMinConfidence), finalUrl: fetched.finalUrl };
	} catch (error) {
		deps.logger.warn({ url, err: describeError(error) }, 'reading the page failed');
		if (error instanceof JobFailedError && (error.reason === 'over-budget' || error.reason === 'over-memory')) {
			return failure(error.reason, error.message);
		}
		return failure('internal', describeError(error));
	}
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
	} catch {
		return null;
	}
}
