/**
 * From the XML tree of an RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 or CDF document to the normalised feed,
 * following the Universal Feed Parser's choices of which element fills which field.
 */
import { parseFeedDate } from './feed-dates.js';
import { atomIcon, rssIcon } from './feed-icon.js';
import type { RawFeed, RawItem } from './raw-feed.js';
import { attr, child, childrenNamed, elements, hasElementChildren, innerXml, nameOf, textContent, type XmlElement } from './xml-tree.js';

type Format = RawFeed['format'];

/** The format of a parsed document, or null when it is no feed. */
export function detectFormat(root: XmlElement): Format | 'cdf' | null {
	const name = nameOf(root).toLowerCase();
	if (name === 'atom:feed' || name === 'feed') return 'atom';
	if (name === 'rdf:rdf') return 'rdf';
	if (name === 'rss') return 'rss';
	if (name === 'channel') return 'cdf';
	if (child(root, 'channel') || child(root, 'item')) return 'rss';
	if (child(root, 'atom:entry', 'entry')) return 'atom';
	return null;
}

export function mapXmlFeed(root: XmlElement, baseUrl?: string): RawFeed | null {
	const format = detectFormat(root);
	if (format === 'atom') return mapAtom(root, baseUrl);
	if (format === 'cdf') return mapCdf(root, baseUrl);
	if (format === 'rss' || format === 'rdf') return mapRss(root, format, baseUrl);
	return null;
}

/** Text of an element as feedparser returns it: markup inside is serialised, base64 is decoded, xhtml unwrapped. */
export function readText(node: XmlElement | undefined): string | null {
	if (!node) return null;
	const type = (attr(node, 'type') ?? '').toLowerCase();
	if ((attr(node, 'mode') ?? '').toLowerCase() === 'base64' || isBinaryMediaType(type)) {
		return Buffer.from(textContent(node).replace(/\s+/g, ''), 'base64').toString('utf8').trim();
	}
	if (type === 'xhtml') {
		const kids = elements(node);
		const div = kids.length === 1 && /(^|:)div$/i.test(kids[0]?.['#name'] ?? '') ? kids[0] : undefined;
		return innerXml(div ?? node).trim();
	}
	if (hasElementChildren(node)) return innerXml(node).trim();
	return textContent(node).trim();
}

/** RFC 4287 §4.1.3.3: a media type that is neither text nor XML means the content is base64. */
function isBinaryMediaType(type: string): boolean {
	return type.includes('/') && !type.startsWith('text/') && !type.endsWith('+xml') && !type.endsWith('/xml');
}

function firstText(node: XmlElement, ...names: string[]): string | null {
	for (const name of names) {
		for (const candidate of childrenNamed(node, name)) {
			const text = readText(candidate);
			if (text) return text;
		}
	}
	return null;
}

function firstDate(node: XmlElement, ...names: string[]): string | null {
	for (const name of names) {
		for (const candidate of childrenNamed(node, name)) {
			const date = parseFeedDate(textContent(candidate));
			if (date) return date;
		}
	}
	return null;
}

/** Resolves a relative link; absolute links are returned untouched (feedparser does not normalise them). */
export function resolveLink(link: string | null, base: string | null | undefined): string | null {
	if (!link) return null;
	const trimmed = link.trim();
	if (!trimmed) return null;
	if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || !base) return trimmed;
	try {
		return new URL(trimmed, base).toString();
	} catch {
		return trimmed;
	}
}

/** Atom links: an explicit rel="alternate", then a link without rel (alternate by default), then any other. */
function atomLink(node: XmlElement): string | null {
	const links = childrenNamed(node, 'atom:link').concat(node['#cn']?.startsWith('atom:') ? [] : childrenNamed(node, 'link'));
	let implicit: string | null = null;
	let fallback: string | null = null;
	for (const link of links) {
		// Some generators write the URL as the element's text instead of `href`.
		const href = (attr(link, 'href') ?? textContent(link)).trim();
		if (!href) continue;
		const rel = attr(link, 'rel')?.toLowerCase();
		if (rel === 'alternate') return resolveLink(href, xmlBase(link, null));
		if (rel === undefined) implicit ??= resolveLink(href, xmlBase(link, null));
		else if (!fallback && rel !== 'self' && rel !== 'enclosure' && rel !== 'hub' && rel !== 'edit') fallback = href;
	}
	return implicit ?? fallback;
}

/** The base URI for an element: its xml:base resolved against the inherited base. */
function xmlBase(node: XmlElement, inherited: string | null | undefined): string | null {
	const declared = node.$?.['xml:base'];
	if (!declared) return inherited ?? null;
	return resolveLink(declared, inherited) ?? inherited ?? null;
}

function author(node: XmlElement): string | null {
	const atomAuthor = child(node, 'atom:author');
	if (atomAuthor) {
		const name = firstText(atomAuthor, 'atom:name', 'name');
		if (name) return name;
	}
	return firstText(node, 'dc:creator', 'author', 'itunes:author', 'dc:author');
}

function mapAtom(root: XmlElement, baseUrl?: string): RawFeed {
	const rootBase = xmlBase(root, baseUrl);
	const link = resolveLink(atomLink(root), rootBase);
	const base = rootBase ?? link ?? baseUrl;
	return {
		format: 'atom',
		title: firstText(root, 'atom:title', 'title') ?? '',
		link,
		id: firstText(root, 'atom:id', 'id'),
		description: firstText(root, 'atom:subtitle', 'atom:tagline', 'atom:info', 'subtitle') ?? '',
		updated: firstDate(root, 'atom:updated', 'atom:modified', 'dc:date'),
		published: firstDate(root, 'atom:published', 'atom:issued', 'atom:created'),
		items: childrenNamed(root, 'atom:entry').concat(childrenNamed(root, 'entry')).map((entry) => mapAtomEntry(entry, base)),
		icon: atomIcon(root, base),
	};
}

function mapAtomEntry(entry: XmlElement, inherited: string | null | undefined): RawItem {
	const content = firstText(entry, 'atom:content', 'content:encoded');
	return {
		id: firstText(entry, 'atom:id', 'id'),
		title: firstText(entry, 'atom:title', 'title', 'dc:title') ?? '',
		link: resolveLink(atomLink(entry), xmlBase(entry, inherited)),
		description: firstText(entry, 'atom:summary', 'summary', 'dc:description') ?? content ?? '',
		content,
		author: author(entry),
		published: firstDate(entry, 'atom:published', 'atom:issued', 'atom:created', 'dcterms:issued'),
		updated: firstDate(entry, 'atom:updated', 'atom:modified', 'dc:date', 'dcterms:modified'),
	};
}

function mapRss(root: XmlElement, format: 'rss' | 'rdf', baseUrl?: string): RawFeed {
	const channel = child(root, 'channel') ?? root;
	const link = resolveLink(firstText(channel, 'link') ?? atomLink(channel), baseUrl);
	const base = link ?? baseUrl;
	const items = childrenNamed(channel, 'item');
	if (channel !== root) items.push(...childrenNamed(root, 'item'));
	return {
		format,
		title: firstText(channel, 'title', 'dc:title', 'itunes:title', 'atom:title') ?? '',
		link,
		id: firstText(channel, 'atom:id'),
		description:
			firstText(channel, 'description', 'dc:description', 'itunes:summary', 'itunes:subtitle', 'atom:subtitle') ?? '',
		updated: firstDate(channel, 'lastBuildDate', 'dc:date', 'dcterms:modified', 'atom:updated'),
		published: firstDate(channel, 'pubDate', 'dcterms:issued', 'dcterms:created'),
		items: items.map((item) => mapRssItem(item, base)),
		icon: rssIcon(root, channel, base),
	};
}

function mapRssItem(item: XmlElement, base: string | null | undefined): RawItem {
	const guidNode = child(item, 'guid');
	const guid = guidNode ? readText(guidNode) : null;
	const guidIsLink =
		guid !== null && (attr(guidNode as XmlElement, 'isPermaLink') ?? 'true').toLowerCase() !== 'false' && /^https?:\/\//i.test(guid);
	const content = firstText(item, 'content:encoded', 'atom:content', 'xhtml:body', 'body');
	const link = firstText(item, 'link') ?? atomLink(item) ?? (guidIsLink ? guid : null) ?? attr(item, 'about') ?? null;
	return {
		id: guid ?? attr(item, 'about') ?? firstText(item, 'atom:id') ?? null,
		title: firstText(item, 'title', 'dc:title', 'media:title', 'atom:title', 'itunes:title') ?? '',
		link: resolveLink(link, base),
		description:
			firstText(item, 'description', 'dc:description', 'itunes:summary', 'atom:summary', 'summary', 'itunes:subtitle') ??
			content ??
			'',
		content,
		author: author(item),
		published: firstDate(item, 'pubDate', 'dcterms:issued', 'dcterms:created', 'atom:published', 'issued'),
		updated: firstDate(item, 'dc:date', 'dcterms:modified', 'atom:updated', 'lastBuildDate'),
	};
}

/** Microsoft's Channel Definition Format: links and dates are attributes, the description is `abstract`. */
function mapCdf(root: XmlElement, baseUrl?: string): RawFeed {
	const link = resolveLink(attr(root, 'href') ?? null, baseUrl);
	return {
		format: 'rss',
		title: firstText(root, 'title') ?? '',
		link,
		id: null,
		description: firstText(root, 'abstract') ?? '',
		updated: parseFeedDate(attr(root, 'lastmod')),
		published: null,
		items: childrenNamed(root, 'item').map((item) => ({
			id: null,
			title: firstText(item, 'title') ?? '',
			link: resolveLink(attr(item, 'href') ?? null, link ?? baseUrl),
			description: firstText(item, 'abstract') ?? '',
			content: null,
			author: null,
			published: null,
			updated: parseFeedDate(attr(item, 'lastmod')),
		})),
	};
}
