import type { Article } from '../articles/types.js';
import { splitSentences } from '../articles/sentences.js';
import { BRIEF_SCHEMA_VERSION, type Brief } from './types.js';
import { extractEntities } from './entities.js';
import { doubtfulSpans } from './junk-spans.js';
import { extractQuotes } from './quotes.js';
import { summarize } from './summarize.js';
import { extractTopics } from './topics.js';

// Past this many characters, a "article" is a dump: the brief reads its beginning only, so that time stays bounded.
// Offsets still refer to the whole text, since the analysed part is a prefix of it.
export const MAX_ANALYSED_CHARS = 300_000;

/** The brief of a cleaned article: everything the article has, plus summary, quotes, entities and topics. */
export function buildBrief(article: Article): Brief {
	const language = article.language && article.language !== 'und' ? article.language : 'en';
	const analysed = article.text.length > MAX_ANALYSED_CHARS ? article.text.slice(0, MAX_ANALYSED_CHARS) : article.text;
	const sentences = splitSentences(analysed, language);
	const entities = extractEntities(analysed, language, { doubtful: doubtfulSpans(article) });
	const quotes = extractQuotes(analysed, language, entities);
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
		topics: extractTopics(entities, analysed, language),
	};
}
