/**
 * The CPU-heavy work of the bot as messages: parse a feed, brief a page, brief a feed item's own content. Inputs
 * and results are plain data (structured-clone safe), so the same function runs in a worker thread or in-process.
 */
import { fingerprintsOf, type BoilerplateStats } from '../../articles/boilerplate.js';
import { processHtml, processText } from '../../articles/process.js';
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
}

export type ArticleJobResult<J extends ArticleJob> = J extends { kind: 'parse-feed' }
	? ParseFeedResult
	: J extends { kind: 'brief-page' }
		? PageBrief
		: Brief;

const LOOKS_LIKE_HTML = /<(p|div|br|span|a|article|section|h[1-6]|ul|li|img|figure|blockquote)\b/i;

export function runArticleJob(job: ArticleJob): ParseFeedResult | PageBrief | Brief {
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
			};
		}
		case 'brief-item':
			return { ...finish(articleFromFeed(job.item), job.item), contentSource: 'feed' };
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
