import type { Article } from '../articles/types.js';
import { splitSentences } from '../articles/sentences.js';
import { BRIEF_SCHEMA_VERSION, type Brief } from './types.js';
import { extractEntities } from './entities.js';
import { extractQuotes } from './quotes.js';
import { summarize } from './summarize.js';
import { extractTopics } from './topics.js';

/** The brief of a cleaned article: everything the article has, plus summary, quotes, entities and topics. */
export function buildBrief(article: Article): Brief {
	const language = article.language && article.language !== 'und' ? article.language : 'en';
	const sentences = splitSentences(article.text, language);
	const entities = extractEntities(article.text, language);
	const quotes = extractQuotes(article.text, language, entities);
	return {
		schemaVersion: BRIEF_SCHEMA_VERSION,
		title: article.title,
		url: article.url,
		canonicalUrl: article.canonicalUrl,
		originalSource: article.originalSource,
		republishedVia: article.republishedVia ?? [],
		siteName: article.siteName ?? null,
		language: article.language,
		publishedAt: article.publishedAt,
		byline: article.byline,
		paragraphs: article.paragraphs,
		text: article.text,
		removed: article.removed,
		minhash: article.minhash ?? [],
		summary: summarize(article, sentences),
		quotes,
		entities,
		topics: extractTopics(entities, article.text, language),
	};
}
