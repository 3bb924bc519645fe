/** One entry of a feed, normalised whatever the format (RSS 0.9x/1.0/2.0, Atom, JSON Feed). */
export interface FeedItem {
	/** Stable identity: guid/id; else the normalised link; else a hash of title, date and content. */
	key: string;
	/** The normalised link, used to recognise an item whose guid changed. Null when the item has none. */
	linkKey: string | null;
	/** Hash of the normalised title + content, used to recognise an item whose guid and link changed. */
	contentHash: string;
	id: string | null;
	title: string;
	link: string | null;
	description: string;
	/** Full HTML content when the feed carries it (content:encoded, Atom content, JSON content_html). */
	content: string | null;
	author: string | null;
	/** ISO 8601, or null when absent or unparseable. */
	published: string | null;
	updated: string | null;
}

export interface ParsedFeed {
	format: 'rss' | 'atom' | 'rdf' | 'json';
	title: string;
	link: string | null;
	/** Atom's feed id (or JSON Feed's feed_url), when the document has one. */
	id?: string | null;
	description: string;
	updated: string | null;
	/** ISO 8601 publication date of the feed itself (RSS pubDate, Atom published), when present. */
	published?: string | null;
	items: FeedItem[];
	/** True when the recovery pass had to repair the document. */
	recovered: boolean;
	/** The feed's own icon (RSS image, Atom icon/logo, JSON Feed icon), absolute http(s); absent when none. */
	icon?: string;
}
