/**
 * One feed item to one brief: the page through briefFromUrl, and the feed's own content when the page cannot be had
 * or has no usable text. The brief records which source it came from. An item whose feed content, too, is over its
 * budget is refused with the reason, so that it is recorded and not retried forever.
 */
import { withSpeakerThreshold } from '../briefs/speakers/threshold.js';
import type { Brief } from '../briefs/types.js';
import type { FeedItem } from '../feeds/types.js';
import { describeError } from '../shared/errors.js';
import { articleWorkOf } from './article-work-of.js';
import { briefFromUrl, type BriefFromUrlDeps } from './brief-from-url.js';
import { JobFailedError } from './workers/worker-pool.js';

export type ItemBrief =
	| {
			status: 'ok';
			brief: Brief;
			/** `page` when the article page was read; `feed` when the brief comes from the feed's own content. */
			origin: 'page' | 'feed';
			fallbackReason: string | null;
	  }
	| { status: 'refused'; reason: string };

export async function buildItemBrief(item: FeedItem, deps: BriefFromUrlDeps): Promise<ItemBrief> {
	let fallbackReason: string;
	if (item.link && /^https?:\/\//i.test(item.link)) {
		const page = await briefFromUrl(item.link, deps, { item, fallbackTextLength: feedTextLength(item) });
		if (page.status === 'ok') return { status: 'ok', brief: page.brief, origin: 'page', fallbackReason: null };
		fallbackReason = page.code === 'http-error' || page.code === 'no-text' || page.code === 'not-an-article' ? page.message : page.code;
	} else {
		fallbackReason = 'the item has no link';
	}
	try {
		const fromFeed = await articleWorkOf(deps).run({ kind: 'brief-item', item });
		if (fromFeed.status === 'refused') {
			deps.logger.info({ item: item.link ?? item.key, reason: fromFeed.refusal.reason, detail: fromFeed.refusal.detail, fallbackReason }, 'not an article: not briefed');
			return { status: 'refused', reason: fromFeed.refusal.reason };
		}
		const brief = withSpeakerThreshold(fromFeed.brief, deps.speakerMinConfidence);
		return { status: 'ok', brief: { ...brief, contentNote: fallbackReason }, origin: 'feed', fallbackReason };
	} catch (error) {
		if (error instanceof JobFailedError && (error.reason === 'over-budget' || error.reason === 'over-memory')) {
			deps.logger.warn({ item: item.link ?? item.key, err: describeError(error) }, 'feed item refused');
			return { status: 'refused', reason: error.reason };
		}
		throw error;
	}
}

function feedTextLength(item: FeedItem): number {
	// `[^<>]` keeps this linear on a run of unclosed `<`.
	return (item.content ?? item.description).replace(/<[^<>]*>/g, '').trim().length;
}
