/**
 * The CPU-heavy work of the bot as messages: parse a feed, brief a page, brief a feed item's own content. Inputs
 * and results are plain data (structured-clone safe), so the same function runs in a worker thread or in-process.
 */
import { fingerprintsOf, type BoilerplateStats } from '../../articles/boilerplate.js';
import { processHtml, processText } from '../../articles/process.js';
import { refuseArticle, type Refusal } from '../../articles/refuse.js';
import type { Article } from '../../articles/types.js';
import { buildBrief } from '../../briefs/build-brief.js';
import type { Brief } from '../../briefs/types.js';
import { parseFeed, type ParseFeedResult } from '../../feeds/parse-feed.js';
import type { FeedItem } from '../../feeds/types.js';

/** What a brief may borrow from the feed item when the page lacks it. */
export type ItemMeta = Pick<FeedItem, 'title' | 'link' | 'published' | 'updated' | 'author'>;

export type ArticleJob =
	| { kind: 'parse-feed'; body: string; baseUrl: string }
	| { kind: 'brief-page'; html: string; url: string; boilerplate: BoilerplateStats | null; item: ItemMeta | null }
	| { kind: 'brief-item'; item: FeedItem };

export interface PageBrief {
	brief: Brief;
	/** Length of the cleaned text, for the caller's minimum-text rule. */
	textLength: number;
	paragraphs: number;
	/** Line fingerprints for the per-site boilerplate store (empty when the page had no text). */
	fingerprints: string[];
	/** Set when the page is no article to brief (template, script shell, listing, paywall stub, error page, too short). */
	refusal: Refusal | null;
}

/** A feed item's own content as a brief, or why it is no article (markup or an error page in the feed's text). */
export type ItemJobResult = { status: 'ok'; brief: Brief } | { status: 'refused'; refusal: Refusal };

/** A page with fewer words is no article to brief; the feed's own summary may be shorter (it is only a fallback). */
const MIN_PAGE_WORDS = 60;

export type ArticleJobResult<J extends ArticleJob> = J extends { kind: 'parse-feed' }
	? ParseFeedResult
	: J extends { kind: 'brief-page' }
		? PageBrief
		: ItemJobResult;

const LOOKS_LIKE_HTML = /<(p|div|br|span|a|article|section|h[1-6]|ul|li|img|figure|blockquote)\b/i;

export function runArticleJob(job: ArticleJob): ParseFeedResult | PageBrief | ItemJobResult {
	switch (job.kind) {
		case 'parse-feed':
			return parseFeed(job.body, { baseUrl: job.baseUrl });
		case 'brief-page': {
			const article = processHtml(job.html, { url: job.url, ...(job.boilerplate ? { boilerplate: job.boilerplate } : {}) });
			return {
				brief: { ...finish(article, job.item), contentSource: 'page' },
				textLength: article.text.length,
				paragraphs: article.paragraphs.length,
				fingerprints: article.paragraphs.length > 0 ? fingerprintsOf(article) : [],
				refusal: article.paragraphs.length > 0 ? refuseArticle(article, { minWords: MIN_PAGE_WORDS, html: job.html }) : null,
			};
		}
		case 'brief-item': {
			const article = articleFromFeed(job.item);
			// The feed's text is a summary and may be short; markup or an error page in it is still no article.
			const refusal = refuseArticle(article, { minWords: 0 });
			if (refusal) return { status: 'refused', refusal };
			return { status: 'ok', brief: { ...finish(article, job.item), contentSource: 'feed' } };
		}
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

function finish(article: Article, item: ItemMeta | null): Brief {
	if (!item) return buildBrief(article);
	return buildBrief({
		...article,
		title: article.title || item.title,
		url: article.url ?? item.link,
		publishedAt: article.publishedAt ?? item.published ?? item.updated,
		byline: article.byline ?? item.author,
	});
}
