/**
 * One feed item to one brief: fetch the page, extract and clean it, and fall back to the feed's own content
 * when the page cannot be had or has no usable text. The brief records which source it came from.
 */
import { fingerprintsOf } from '../articles/boilerplate.js';
// Loaded with this module (the article stage), for the poll to rank each copy of a story for STORY_HOLD.
export { copyRank } from '../articles/copy-rank.js';
import { processHtml, processText } from '../articles/process.js';
import { refuseArticle } from '../articles/refuse.js';
import type { Article } from '../articles/types.js';
import { buildBrief } from '../briefs/build-brief.js';
import { withSpeakerThreshold } from '../briefs/speakers/threshold.js';
import type { Brief } from '../briefs/types.js';
import type { FeedItem } from '../feeds/types.js';
import { ArticleRefusedError, describeError } from '../shared/errors.js';
import type { PipelineDeps } from './ports.js';

/** A page whose cleaned text is shorter than this is treated as unusable (paywall, consent wall, script-only). */
const MIN_PAGE_TEXT = 280;
/** A page with fewer words is no article to brief; the feed's own summary may be shorter (it is only a fallback). */
const MIN_PAGE_WORDS = 60;
const LOOKS_LIKE_HTML = /<(p|div|br|span|a|article|section|h[1-6]|ul|li|img|figure|blockquote)\b/i;

export interface ItemBrief {
	brief: Brief;
	/** `page` when the article page was read; `feed` when the brief comes from the feed's own content. */
	origin: 'page' | 'feed';
	fallbackReason: string | null;
}

type BriefDeps = Pick<PipelineDeps, 'fetchUrl' | 'logger' | 'store' | 'speakerMinConfidence'>;

export async function buildItemBrief(item: FeedItem, deps: BriefDeps): Promise<ItemBrief> {
	let fallbackReason: string | null = null;
	if (item.link && /^https?:\/\//i.test(item.link)) {
		const page = await readPage(item.link, deps);
		if (page.status === 'ok' && page.article.text.length >= Math.min(MIN_PAGE_TEXT, feedTextLength(item) + 1)) {
			const brief = { ...finish(page.article, item, deps.speakerMinConfidence), contentSource: 'page' as const };
			return { brief, origin: 'page', fallbackReason: null };
		}
		fallbackReason = page.status === 'ok' ? 'the page had no usable article text' : page.reason;
	} else {
		fallbackReason = 'the item has no link';
	}
	const fromFeed = articleFromFeed(item);
	// The feed's text is a summary and may be short; markup or an error page in it is still no article.
	const refusal = refuseArticle(fromFeed, { minWords: 0 });
	if (refusal) {
		throw new ArticleRefusedError(refusal.reason, `not briefed: the page and the feed text are not an article (${refusal.detail}; ${fallbackReason})`);
	}
	const brief = { ...finish(fromFeed, item, deps.speakerMinConfidence), contentSource: 'feed' as const, contentNote: fallbackReason };
	return { brief, origin: 'feed', fallbackReason };
}

async function readPage(
	url: string,
	deps: BriefDeps,
): Promise<{ status: 'ok'; article: Article } | { status: 'error'; reason: string }> {
	const fetched = await deps.fetchUrl(url, { kind: 'page' });
	if (fetched.status !== 'ok') {
		return { status: 'error', reason: fetched.status === 'error' ? fetched.message : 'the page was not returned' };
	}
	const domain = hostOf(fetched.finalUrl);
	try {
		const boilerplate = domain ? await deps.store.boilerplate.load(domain) : undefined;
		const article = processHtml(fetched.body, { url: fetched.finalUrl, ...(boilerplate ? { boilerplate } : {}) });
		if (domain && article.paragraphs.length > 0) {
			await deps.store.boilerplate.record(domain, fingerprintsOf(article));
		}
		const refusal = refuseArticle(article, { minWords: MIN_PAGE_WORDS, html: fetched.body });
		if (refusal) return { status: 'error', reason: `the page is not an article (${refusal.reason}: ${refusal.detail})` };
		return { status: 'ok', article };
	} catch (error) {
		deps.logger.warn({ url, err: describeError(error) }, 'article extraction failed');
		return { status: 'error', reason: 'the page could not be read' };
	}
}

function articleFromFeed(item: FeedItem): Article {
	const content = item.content && item.content.length > item.description.length ? item.content : item.description;
	const options = { url: item.link, title: item.title || null };
	return LOOKS_LIKE_HTML.test(content) ? processHtml(wrapFragment(item.title, content), options) : processText(content, options);
}

/** Feed content is a fragment; give it a document and the item's title so extraction sees a whole page. */
function wrapFragment(title: string, html: string): string {
	const safeTitle = title.replace(/[<>&]/g, ' ');
	return `<!doctype html><html><head><title>${safeTitle}</title></head><body><article>${html}</article></body></html>`;
}

function finish(article: Article, item: FeedItem, speakerMinConfidence: number | undefined): Brief {
	const withMeta: Article = {
		...article,
		title: article.title || item.title,
		url: article.url ?? item.link,
		publishedAt: article.publishedAt ?? item.published ?? item.updated,
		byline: article.byline ?? item.author,
	};
	// Stored briefs hold only speakers above the threshold, so the embed, /quote and /who never show the others.
	return withSpeakerThreshold(buildBrief(withMeta), speakerMinConfidence);
}

function feedTextLength(item: FeedItem): number {
	return (item.content ?? item.description).replace(/<[^>]+>/g, '').trim().length;
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
	} catch {
		return null;
	}
}
