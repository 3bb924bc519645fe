/** Why a piece of text was removed from an article. Documented in docs/removal-reasons.md. */
export const REMOVAL_REASONS = [
	'syndication',
	'title-repeat',
	'duplicate',
	'promo',
	'newsletter',
	'share',
	'read-more',
	'credit',
	'caption',
	'cookie',
	'price-widget',
	'disclaimer',
	'source',
	'site-template',
	'byline',
	'chrome',
	/** A line the learned line classifier judged to be junk (models/cleaning/README.md). */
	'junk-line',
	/** Input that has no readable text: binary data, undecodable bytes, markup without a body. */
	'unreadable',
	/** The part of an oversized page beyond the size the extractor reads. */
	'oversize',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export interface Removed {
	text: string;
	reason: RemovalReason;
}

export interface Paragraph {
	text: string;
	kind: 'heading' | 'paragraph';
}

export interface OriginalSource {
	/** Host without `www.` (e.g. `cryptopolitan.com`), or the site's name when there is no URL. */
	name: string;
	url: string | null;
}

/** A cleaned article: what the briefs module reads. */
export interface Article {
	title: string;
	url: string | null;
	canonicalUrl: string | null;
	originalSource: OriginalSource | null;
	/** The republishers seen in the junk ("BitcoinEthereumNews.com", "MEXC"); empty when none. */
	republishedVia: string[];
	siteName: string | null;
	/** ISO 639-1 code (en, fr, de, es, ...), or "und". */
	language: string;
	publishedAt: string | null;
	byline: string | null;
	paragraphs: Paragraph[];
	/** The paragraphs joined by blank lines; offsets in briefs refer to this string. */
	text: string;
	removed: Removed[];
	/** MinHash signature of the body's word 5-shingles (near-duplicate detection). */
	minhash: number[];
}
