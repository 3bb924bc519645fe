/**
 * The ArticleWork a pipeline call uses: the one passed in (the bot's worker pool), or, for callers that pass none
 * (tests of other stages, small tools), one shared in-process runner that loads the article stage on first use.
 */
import { inProcessArticleWork, type ArticleWork } from './workers/article-work.js';

let fallback: ArticleWork | null = null;

export function articleWorkOf(deps: { articleWork?: ArticleWork | undefined }): ArticleWork {
	if (deps.articleWork) return deps.articleWork;
	fallback ??= inProcessArticleWork();
	return fallback;
}
