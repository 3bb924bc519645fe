import type { Brief } from '../../briefs/types.js';

export interface StoredArticle {
	id: number;
	/** The story this article belongs to: its own id, or the id of the first copy seen. */
	storyId: number;
	url: string | null;
	canonicalUrl: string | null;
	title: string;
	sourceName: string | null;
	language: string;
	publishedAt: number | null;
	createdAt: number;
}

export interface IngestInput {
	brief: Brief;
	/** The feed and item that brought it, when it came from a feed. */
	feedId: number | null;
	itemKey: string | null;
	/** Where it should be delivered: one outbox row per target. */
	targets: Array<{ guildId: string; channelId: string; targetId: number | null }>;
	now?: number;
	/**
	 * STORY_HOLD: a new story's channel deliveries wait `ms` before they are due, and a copy of the story ingested
	 * while they wait replaces the article they carry when its `rank` (how original it is) is higher. Absent or 0 ms:
	 * delivered at once, as before.
	 */
	hold?: { ms: number; rank: number };
}

export interface IngestResult {
	articleId: number;
	storyId: number;
	/** True when this article is a copy of a story already stored (same URL, or MinHash similarity). */
	duplicateOf: number | null;
	/** True when the exact same article (URL or item) was already ingested: nothing new was written. */
	alreadyIngested: boolean;
	deliveryIds: number[];
}

export interface ArticleStore {
	/**
	 * Stores article, brief, quotes, entities (merged with known ones), mentions and outbox rows in one
	 * transaction. Idempotent: the same brief twice gives one article and one delivery per target.
	 * A near-duplicate of a known story links to it and gets no new deliveries to targets already served.
	 */
	ingest(input: IngestInput): Promise<IngestResult>;
	/**
	 * Several ingests in one transaction, with the same results as calling ingest() on each in order: a poll cycle
	 * ingests a feed's new items with it, since one commit per batch is far cheaper than one per item.
	 */
	ingestMany(inputs: IngestInput[]): Promise<IngestResult[]>;
	getArticle(articleId: number): Promise<StoredArticle | null>;
	getBrief(articleId: number): Promise<Brief | null>;
	/** Sources that carried the same story, other than the article's own. */
	alsoReportedBy(articleId: number): Promise<string[]>;
	/** Recent briefs seen by a guild, newest first (for subscription previews). */
	recentBriefs(guildId: string, limit: number): Promise<Array<{ articleId: number; brief: Brief; createdAt: number }>>;
	/** Deletes articles older than the cutoff, with everything that hangs off them. Returns the count. */
	purgeOlderThan(cutoff: number): Promise<number>;
}
