/** A feed as read from its document, before item identity is computed. Internal to src/feeds. */
export interface RawItem {
	id: string | null;
	title: string;
	link: string | null;
	description: string;
	content: string | null;
	author: string | null;
	published: string | null;
	updated: string | null;
}

export interface RawFeed {
	format: 'rss' | 'atom' | 'rdf' | 'json';
	title: string;
	link: string | null;
	id: string | null;
	description: string;
	updated: string | null;
	published: string | null;
	items: RawItem[];
	/** The feed's own icon (absolute http(s) URL), when it names one. */
	icon?: string | null;
}
