/**
 * Feed text (RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0, CDF, JSON Feed 1.0/1.1) to a normalised feed.
 * Strict parse first; on failure a repair pass, then a tag-balancing pass, then item-by-item salvage,
 * so that damage in one place costs at most the items it touches.
 */
import { looksLikeHtml } from './discover-feeds.js';
import { dedupeItems, disambiguateIdentity, toFeedItem } from './feed-item.js';
import { looksLikeJson, parseJsonFeed } from './json-feed.js';
import { detectFormat, mapXmlFeed } from './map-xml-feed.js';
import type { RawFeed } from './raw-feed.js';
import type { ParsedFeed } from './types.js';
import { balanceTags, balanceTagsDetailed, EntityExpansionError, expandDoctypeEntities, repairXml } from './xml-repair.js';
import { parseXml } from './xml-tree.js';

export interface ParseFeedOptions {
	/** Where the document came from; relative links resolve against the feed's link, then this. */
	baseUrl?: string;
	/** Drop later items whose key repeats an earlier one (default true). */
	dedupe?: boolean;
}

export type ParseFeedResult = { status: 'ok'; feed: ParsedFeed } | { status: 'error'; error: string };

/**
 * Never throws: a document over a cap (entity expansion) or one that exhausts the engine (`RangeError` from a string
 * or stack limit) is an error result with its reason, like any unreadable feed.
 */
export function parseFeed(source: string, options: ParseFeedOptions = {}): ParseFeedResult {
	try {
		return parseFeedUnguarded(source, options);
	} catch (error) {
		if (error instanceof EntityExpansionError) return { status: 'error', error: `refused: ${error.message}` };
		if (error instanceof RangeError) return { status: 'error', error: `refused: the document exceeds an engine limit (${error.message})` };
		throw error;
	}
}

function parseFeedUnguarded(source: string, options: ParseFeedOptions): ParseFeedResult {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	if (!text.trim()) return { status: 'error', error: 'empty document' };
	if (looksLikeJson(text)) {
		const json = parseJsonFeed(text, options.baseUrl);
		return json.status === 'ok' ? finish(json.feed, false, options) : json;
	}
	const strict = tryXml(expandDoctypeEntities(text), options.baseUrl);
	if (strict.feed) return finish(strict.feed, false, options);
	if (looksLikeHtml(text)) return { status: 'error', error: 'an HTML page, not a feed (see discoverFeedLinks)' };

	const repaired = repairXml(text);
	const attempt = tryXml(repaired, options.baseUrl);
	if (attempt.feed) return finish(attempt.feed, true, options);

	// Completing a cut-off file or dropping a stray closing tag is safe; guessing where an unclosed feed element
	// ends is not (it can swallow the item's other fields), so then items that parse on their own come first.
	const balanced = balanceTagsDetailed(repaired);
	if (balanced.guessedClosures === 0) {
		const attemptBalanced = tryXml(balanced.text, options.baseUrl);
		if (attemptBalanced.feed) return finish(attemptBalanced.feed, true, options);
	}
	const salvaged = salvageItems(repaired, options.baseUrl);
	if (salvaged && salvaged.items.length > 0) return finish(salvaged, true, options);
	if (balanced.guessedClosures > 0) {
		const guessed = tryXml(balanced.text, options.baseUrl);
		if (guessed.feed) return finish(guessed.feed, true, options);
	}
	if (salvaged) return finish(salvaged, true, options);
	return { status: 'error', error: strict.error ?? 'not a feed' };
}

function finish(raw: RawFeed, recovered: boolean, options: ParseFeedOptions): ParseFeedResult {
	const items = raw.items.map(toFeedItem);
	return {
		status: 'ok',
		feed: {
			format: raw.format,
			title: raw.title,
			link: raw.link,
			id: raw.id,
			description: raw.description,
			updated: raw.updated,
			published: raw.published,
			items: options.dedupe === false ? items : disambiguateIdentity(dedupeItems(items)),
			recovered,
			...(raw.icon ? { icon: raw.icon } : {}),
		},
	};
}

function tryXml(xml: string, baseUrl: string | undefined): { feed?: RawFeed; error?: string } {
	const tree = parseXml(xml);
	if (tree.status === 'error') return { error: tree.error };
	const feed = mapXmlFeed(tree.root, baseUrl);
	return feed ? { feed } : { error: `not a feed (root element <${tree.root['#name']}>)` };
}

const ITEM_CHUNK = /<((?:[\w-]+:)?(?:item|entry))\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Last resort for documents the passes above could not fix: keeps the feed header and every item that parses on
 * its own, dropping only the broken ones.
 */
function salvageItems(xml: string, baseUrl: string | undefined): RawFeed | null {
	const first = xml.search(/<(?:[\w-]+:)?(?:item|entry)\b/i);
	if (first < 0) return null;
	const header = xml.slice(0, first);
	const kept: string[] = [];
	for (const match of xml.slice(first).matchAll(ITEM_CHUNK)) {
		const chunk = match[0];
		if (parseXml(chunk).status === 'ok') kept.push(chunk);
		else {
			const fixed = balanceTagsDetailed(chunk);
			if (fixed.guessedClosures === 0 && parseXml(fixed.text).status === 'ok') kept.push(fixed.text);
		}
	}
	const rebuilt = tryXml(balanceTags(header + kept.join('\n')), baseUrl);
	if (rebuilt.feed) return rebuilt.feed;
	// The header itself is beyond repair: keep the items under a synthetic root of the same format.
	const tree = parseXml(`<rss><channel>${kept.join('\n')}</channel></rss>`);
	if (tree.status !== 'ok' || !detectFormat(tree.root)) return null;
	const feed = mapXmlFeed(tree.root, baseUrl);
	return feed && feed.items.length ? feed : null;
}
