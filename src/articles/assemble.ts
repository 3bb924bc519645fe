import type { BoilerplateStats } from './boilerplate.js';
import { cleanBlocks } from './clean.js';
import { detectLanguage } from './language.js';
import { minhashSignature } from './minhash.js';
import { resolveOriginalSource, resolveRepublishers } from './source.js';
import { statedOrigins } from './source-scan.js';
import type { Block } from './text-blocks.js';
import type { Article, Removed } from './types.js';

/** What the page or feed said about the article before cleaning. */
export interface ArticleMetadata {
	title: string | null;
	url: string | null;
	canonicalUrl: string | null;
	siteName: string | null;
	language: string | null;
	publishedAt: string | null;
	byline: string | null;
	basedOn: string | null;
	/** A `syndication-source` / `original-source` meta tag or link: the page the publisher says it copied. */
	syndicationSource?: string | null;
	/** JSON-LD `sourceOrganization` or a `copyrightHolder` other than the publisher. */
	sourceOrganization?: { name: string | null; url: string | null } | null;
}

export const EMPTY_METADATA: ArticleMetadata = {
	title: null,
	url: null,
	canonicalUrl: null,
	siteName: null,
	language: null,
	publishedAt: null,
	byline: null,
	basedOn: null,
};

export interface AssembleOptions {
	plainText: boolean;
	boilerplate?: BoilerplateStats;
	/** Pieces dropped before cleaning (page chrome, captions), already with their reason. */
	removedBefore?: Removed[];
	/** Run the learned line classifier after the rules (default true). */
	lineModel?: boolean;
}

/** Cleans the blocks and puts the Article together with its metadata, language and MinHash. */
export function assembleArticle(blocks: readonly Block[], meta: ArticleMetadata, options: AssembleOptions): Article {
	const cleaned = cleanBlocks(blocks, {
		title: meta.title,
		plainText: options.plainText,
		lineModel: options.lineModel ?? true,
		...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
	});
	const hints = {
		statements: statedOrigins(cleaned.removed, cleaned.paragraphs),
		sourceLines: cleaned.sourceLines,
		basedOn: meta.basedOn,
		syndicationSource: meta.syndicationSource ?? null,
		sourceOrganization: meta.sourceOrganization ?? null,
		blurbSites: cleaned.blurbSites,
		canonicalUrl: meta.canonicalUrl,
		pageUrl: meta.url,
		siteName: meta.siteName,
		disclaimerNames: cleaned.disclaimerNames,
	};
	const originalSource = resolveOriginalSource(hints);
	const text = cleaned.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
	const language = detectLanguage([cleaned.title ?? '', text].join('\n'));
	return {
		title: cleaned.title ?? '',
		url: meta.url,
		canonicalUrl: meta.canonicalUrl,
		originalSource,
		republishedVia: resolveRepublishers(hints, originalSource),
		siteName: meta.siteName,
		language: language === 'und' && meta.language ? meta.language : language,
		publishedAt: meta.publishedAt,
		byline: meta.byline,
		paragraphs: cleaned.paragraphs,
		text,
		removed: [...(options.removedBefore ?? []), ...cleaned.removed],
		minhash: minhashSignature(text),
	};
}

/** An article with nothing in it and the reason why, for input that cannot be read. */
export function emptyArticle(meta: ArticleMetadata, removed: Removed[]): Article {
	return assembleArticle([], meta, { plainText: true, removedBefore: removed });
}
