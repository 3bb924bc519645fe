import type { ArticleMetadata } from './assemble.js';
import { readJsonLd } from './json-ld.js';
import { normalizeLanguageTag } from './language.js';
import { collapseWhitespace } from './pieces.js';

/** The small part of the DOM the metadata reader needs (linkedom's Document satisfies it). */
export interface MetaDocument {
	querySelectorAll(selector: string): Iterable<MetaElement>;
	querySelector(selector: string): MetaElement | null;
	documentElement: MetaElement | null;
	title?: string;
}
export interface MetaElement {
	getAttribute(name: string): string | null;
	textContent: string | null;
}

function readMetaTags(document: MetaDocument): Map<string, string> {
	const tags = new Map<string, string>();
	for (const meta of document.querySelectorAll('meta')) {
		const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
			.trim()
			.toLowerCase();
		const content = meta.getAttribute('content')?.trim();
		if (key && content && !tags.has(key)) tags.set(key, content);
	}
	return tags;
}

/** ISO 8601 when the date parses; the raw value is worth less than nothing to callers that sort by it. */
export function toIsoDate(value: string | null | undefined): string | null {
	if (!value) return null;
	const time = Date.parse(value.trim());
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
	if (!href) return null;
	try {
		return new URL(href.trim(), base ?? undefined).toString();
	} catch {
		return null;
	}
}

function firstOf(...values: Array<string | null | undefined>): string | null {
	for (const value of values) {
		const text = value ? collapseWhitespace(value) : '';
		if (text) return text;
	}
	return null;
}

/** A `<title>` without its " | Site name" tail. */
function trimSiteSuffix(title: string | null, siteName: string | null): string | null {
	if (!title) return null;
	const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+/u);
	if (parts.length < 2) return title;
	const last = (parts[parts.length - 1] ?? '').toLowerCase();
	if (siteName && last === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
	const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
	return longest.split(/\s+/u).length >= 4 ? longest : title;
}

/** Title, dates, author, canonical link, site name, language and `isBasedOn` from meta tags, Open Graph and JSON-LD. */
export function readMetadata(document: MetaDocument, jsonLdBlocks: readonly string[], pageUrl: string | null): ArticleMetadata {
	const tags = readMetaTags(document);
	const ld = readJsonLd(jsonLdBlocks);
	const siteName = firstOf(tags.get('og:site_name'), tags.get('application-name'), ld?.publisher);
	const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
	const htmlTitle = trimSiteSuffix(firstOf(document.querySelector('title')?.textContent), siteName);
	const author = firstOf(ld?.author, tags.get('author'), tags.get('article:author'), tags.get('dc.creator'));
	return {
		title: firstOf(tags.get('og:title'), tags.get('twitter:title'), ld?.headline, htmlTitle),
		url: pageUrl,
		canonicalUrl: absoluteUrl(canonicalHref ?? tags.get('og:url') ?? null, pageUrl),
		siteName,
		language: normalizeLanguageTag(
			document.documentElement?.getAttribute('lang') ?? tags.get('og:locale') ?? tags.get('content-language') ?? ld?.inLanguage,
		),
		publishedAt: toIsoDate(
			firstOf(
				tags.get('article:published_time'),
				ld?.datePublished,
				tags.get('datepublished'),
				tags.get('pubdate'),
				tags.get('date'),
				tags.get('dc.date'),
				document.querySelector('time[datetime]')?.getAttribute('datetime'),
			),
		),
		byline: author && !/^https?:\/\//u.test(author) ? author : null,
		basedOn: absoluteUrl(ld?.isBasedOn ?? null, pageUrl),
		syndicationSource: absoluteUrl(
			firstOf(
				tags.get('syndication-source'),
				tags.get('original-source'),
				document.querySelector('link[rel="original-source"]')?.getAttribute('href'),
				document.querySelector('link[rel="syndication-source"]')?.getAttribute('href'),
			),
			pageUrl,
		),
		sourceOrganization: ld?.sourceOrganization
			? { name: ld.sourceOrganization.name, url: absoluteUrl(ld.sourceOrganization.url, pageUrl) }
			: null,
	};
}
