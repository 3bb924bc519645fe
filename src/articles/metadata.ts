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
	tagName?: string;
	getAttribute(name: string): string | null;
	textContent: string | null;
}

interface HeadFacts {
	tags: Map<string, string>;
	/** `rel` value → first href. */
	links: Map<string, string>;
	title: string | null;
	time: string | null;
}

/**
 * Meta tags, links, the title and the first `<time datetime>` in one walk: each querySelector in linkedom walks the
 * whole document again, and this ran six of them per page.
 */
function readHeadFacts(document: MetaDocument): HeadFacts {
	const facts: HeadFacts = { tags: new Map(), links: new Map(), title: null, time: null };
	for (const element of document.querySelectorAll('meta,link,title,time')) {
		const tag = (element.tagName ?? '').toUpperCase();
		if (tag === 'META') {
			const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').trim().toLowerCase();
			const content = element.getAttribute('content')?.trim();
			if (key && content && !facts.tags.has(key)) facts.tags.set(key, content);
		} else if (tag === 'LINK') {
			const href = element.getAttribute('href');
			for (const rel of (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u)) {
				if (rel && href && !facts.links.has(rel)) facts.links.set(rel, href);
			}
		} else if (tag === 'TITLE') facts.title ??= element.textContent;
		else if (tag === 'TIME') facts.time ??= element.getAttribute('datetime');
	}
	return facts;
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
	const { tags, links, title, time } = readHeadFacts(document);
	const ld = readJsonLd(jsonLdBlocks);
	const siteName = firstOf(tags.get('og:site_name'), tags.get('application-name'), ld?.publisher);
	const canonicalHref = links.get('canonical');
	const htmlTitle = trimSiteSuffix(firstOf(title), siteName);
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
				time,
			),
		),
		byline: author && !/^https?:\/\//u.test(author) ? author : null,
		basedOn: absoluteUrl(ld?.isBasedOn ?? null, pageUrl),
		syndicationSource: absoluteUrl(
			firstOf(
				tags.get('syndication-source'),
				tags.get('original-source'),
				links.get('original-source'),
				links.get('syndication-source'),
			),
			pageUrl,
		),
		sourceOrganization: ld?.sourceOrganization
			? { name: ld.sourceOrganization.name, url: absoluteUrl(ld.sourceOrganization.url, pageUrl) }
			: null,
	};
}
