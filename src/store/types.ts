/**
 * The store's ports. Every method is async so that SQLite (sync underneath) and Postgres share one contract;
 * the contract suite in test/store/contract/ runs against each implementation.
 * Times are milliseconds since the epoch. Guild ids, channel ids and user ids are Discord snowflakes as strings.
 * Console mode uses the guild id "console".
 */
import type { Brief, EntityType } from '../briefs/types.js';

// ---------- feeds ----------

export interface FeedRecord {
	id: number;
	url: string;
	/** The URL after redirects, from the last successful fetch. */
	finalUrl: string | null;
	title: string | null;
	etag: string | null;
	lastModified: string | null;
	/** Hash of the last body parsed: an unchanged body is not parsed again. */
	bodyHash: string | null;
	consecutiveFailures: number;
	lastError: string | null;
	lastErrorAt: number | null;
	/** Set when the feed was disabled (too many failures, gone); the feed is then never due. */
	disabledReason: string | null;
	nextPollAt: number;
	lastPolledAt: number | null;
	/** True once the first successful poll recorded the existing items as seen. */
	initialized: boolean;
	/** How many of the newest items to post when the feed is first polled. */
	backfill: number;
	createdAt: number;
}

export interface FeedTarget {
	id: number;
	feedId: number;
	guildId: string;
	channelId: string;
	/** Set when Discord refused the channel for good (missing access, unknown channel). */
	disabledReason: string | null;
	createdAt: number;
}

export interface SeenItem {
	key: string;
	linkKey: string | null;
	contentHash: string;
}

export interface FeedFetchSuccess {
	finalUrl: string;
	title: string | null;
	etag: string | null;
	lastModified: string | null;
	bodyHash: string | null;
	nextPollAt: number;
	polledAt: number;
}

export interface FeedStore {
	/** Adds the feed if unknown (by URL) and makes the guild's channel follow it. Idempotent. */
	addFeedTarget(input: { guildId: string; url: string; channelId: string; backfill?: number; now?: number }): Promise<{
		feed: FeedRecord;
		target: FeedTarget;
		created: boolean;
	}>;
	/** Removes the guild's targets for a feed (all channels, or one). Returns how many were removed. */
	removeFeedTarget(input: { guildId: string; feedId: number; channelId?: string }): Promise<number>;
	listGuildFeeds(guildId: string): Promise<Array<FeedRecord & { targets: FeedTarget[] }>>;
	getFeed(feedId: number): Promise<FeedRecord | null>;
	getFeedByUrl(url: string): Promise<FeedRecord | null>;
	/** Enabled feeds with at least one enabled target whose nextPollAt <= now, oldest first. */
	dueFeeds(now: number, limit: number): Promise<FeedRecord[]>;
	targetsForFeed(feedId: number): Promise<FeedTarget[]>;
	recordFetchSuccess(feedId: number, result: FeedFetchSuccess): Promise<void>;
	/** 304 or unchanged body: only the schedule moves. */
	recordNotModified(feedId: number, nextPollAt: number, polledAt: number): Promise<void>;
	recordFetchFailure(
		feedId: number,
		failure: { error: string; at: number; nextPollAt: number; disable?: string | null },
	): Promise<FeedRecord>;
	setFeedEnabled(feedId: number, enabled: boolean): Promise<void>;
	disableTarget(targetId: number, reason: string): Promise<void>;
	/**
	 * Records items as seen and returns those that are new: an item is not new when its key, its linkKey
	 * or its contentHash was already seen for this feed. Atomic, so a crash never half-records a batch.
	 */
	filterNewItems(feedId: number, items: SeenItem[]): Promise<SeenItem[]>;
	/**
	 * Read-only: the items not seen yet (same rule as filterNewItems). The pipeline checks with this, ingests,
	 * and only then marks items seen, so a crash in between re-processes (ingest is idempotent) instead of losing.
	 */
	unseenItems(feedId: number, items: SeenItem[]): Promise<SeenItem[]>;
	/** Marks items seen without returning them (first poll of a feed, and after ingest). */
	markItemsSeen(feedId: number, items: SeenItem[]): Promise<void>;
	/** Unmarks an item so that the next poll retries it (processing failed before it was stored). */
	forgetItem(feedId: number, key: string): Promise<void>;
	markInitialized(feedId: number): Promise<void>;
	recentFeedErrors(guildId: string, limit: number): Promise<Array<{ feedId: number; url: string; error: string; at: number }>>;
}

// ---------- articles, briefs, mentions ----------

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
	 * Several ingests in one transaction, with the same results as calling ingest() on each in order. Optional:
	 * a poll cycle that has many new items uses it when present, since one commit per batch is far cheaper.
	 */
	ingestMany?(inputs: IngestInput[]): Promise<IngestResult[]>;
	getArticle(articleId: number): Promise<StoredArticle | null>;
	getBrief(articleId: number): Promise<Brief | null>;
	/** Sources that carried the same story, other than the article's own. */
	alsoReportedBy(articleId: number): Promise<string[]>;
	/** Recent briefs seen by a guild, newest first (for subscription previews). */
	recentBriefs(guildId: string, limit: number): Promise<Array<{ articleId: number; brief: Brief; createdAt: number }>>;
	/** Deletes articles older than the cutoff, with everything that hangs off them. Returns the count. */
	purgeOlderThan(cutoff: number): Promise<number>;
}

export interface QuoteHit {
	quoteId: number;
	text: string;
	speaker: string | null;
	speakerEntityId: number | null;
	articleId: number;
	articleTitle: string;
	articleUrl: string | null;
	publishedAt: number | null;
	createdAt: number;
}

export interface EntitySummary {
	id: number;
	name: string;
	type: EntityType;
	aliases: string[];
	mentionCount: number;
}

export interface EntityCard extends EntitySummary {
	roles: Array<{ role: string; articleId: number; articleTitle: string; articleUrl: string | null }>;
	firstSeen: number;
	lastSeen: number;
	latestArticles: Array<{ articleId: number; title: string; url: string | null; publishedAt: number | null }>;
	topQuotes: QuoteHit[];
	related: Array<{ id: number; name: string; type: EntityType; count: number }>;
}

export interface QuoteQuery {
	guildId: string;
	speakerEntityId?: number;
	/** Free text; always treated as plain search terms, never as FTS syntax. */
	about?: string;
	since?: number;
	limit: number;
	offset?: number;
}

/** What /who and /quote read. Every query is scoped to what the guild's feeds delivered. */
export interface MentionStore {
	searchQuotes(query: QuoteQuery): Promise<{ hits: QuoteHit[]; total: number }>;
	/** Prefix search over names and aliases, accent- and case-insensitive. */
	autocompleteEntities(guildId: string, prefix: string, limit: number): Promise<EntitySummary[]>;
	/** Exact match on name or alias (normalised), else null. */
	findEntity(guildId: string, name: string): Promise<EntitySummary | null>;
	/** The closest names to an unknown one. */
	closestEntities(guildId: string, name: string, limit: number): Promise<EntitySummary[]>;
	entityCard(guildId: string, entityId: number): Promise<EntityCard | null>;
	/**
	 * The summary of one entity the guild has seen, else null: what an autocomplete pick (`e:<id>`) resolves to.
	 * Optional until every store implements it; commands fall back to `entityCard`, which does far more work.
	 */
	getEntity?(guildId: string, entityId: number): Promise<EntitySummary | null>;
}

// ---------- subscriptions ----------

export type SubscriptionTopic =
	| { kind: 'entity'; entityId: number; label: string }
	| { kind: 'keywords'; query: string; label: string };

export interface Subscription {
	id: number;
	guildId: string;
	userId: string;
	topic: SubscriptionTopic;
	delivery: 'dm' | 'here';
	/** The channel of `/subscribe ... here`, used for mention delivery. */
	channelId: string | null;
	paused: string | null;
	createdAt: number;
}

export interface SubscriptionStore {
	/**
	 * With `maxPerUser`, the count and the insert happen in one transaction, so concurrent calls cannot pass the cap:
	 * over it, LimitExceededError (shared/errors) and nothing is stored.
	 */
	add(input: Omit<Subscription, 'id' | 'createdAt' | 'paused'> & { now?: number; maxPerUser?: number }): Promise<Subscription>;
	remove(guildId: string, userId: string, subscriptionId: number): Promise<boolean>;
	listForUser(guildId: string, userId: string): Promise<Subscription[]>;
	/** Every active subscription, for rebuilding the in-memory reverse index. */
	listAll(): Promise<Subscription[]>;
	setPaused(subscriptionId: number, reason: string | null): Promise<void>;
	setDelivery(subscriptionId: number, delivery: 'dm' | 'here'): Promise<void>;
	/** Records one notification per (user, article); false when it was already recorded. */
	claimNotification(input: { guildId: string; userId: string; articleId: number; at: number }): Promise<boolean>;
	/** Notifications sent to the user since `since` (rate limit). */
	countNotificationsSince(guildId: string, userId: string, since: number): Promise<number>;
	/**
	 * Keeps a match that came beyond the user's rate limit for their next digest. Idempotent per
	 * (guild, user, article). Optional until every store implements it; without it such matches are dropped.
	 */
	addToDigest?(input: { guildId: string; userId: string; articleId: number; subscriptionId: number; at: number }): Promise<void>;
	/**
	 * Removes and returns the pending digest items, grouped per (guild, user), articles oldest first.
	 * Only items collected at or before `until` are taken.
	 */
	takeDigests?(until: number): Promise<Array<{ guildId: string; userId: string; articleIds: number[] }>>;
}

// ---------- deliveries (outbox) ----------

export interface Delivery {
	id: number;
	articleId: number;
	guildId: string;
	channelId: string;
	targetId: number | null;
	/** DM deliveries carry the user; channel posts may carry users to mention. */
	kind: 'channel' | 'dm';
	userId: string | null;
	mentionUserIds: string[];
	/** Sent as the message nonce with enforce_nonce, so a resend after a crash is not a second message. */
	nonce: string;
	status: 'pending' | 'sent' | 'failed';
	attempts: number;
	nextAttemptAt: number;
	lastError: string | null;
	messageId: string | null;
	createdAt: number;
}

export interface DeliveryStore {
	/** Pending deliveries whose nextAttemptAt <= now, in creation order (which is order per channel). */
	pending(now: number, limit: number): Promise<Delivery[]>;
	enqueue(input: {
		articleId: number;
		guildId: string;
		channelId: string;
		targetId?: number | null;
		kind: 'channel' | 'dm';
		userId?: string | null;
		mentionUserIds?: string[];
		now?: number;
	}): Promise<Delivery>;
	addMentions(deliveryId: number, userIds: string[]): Promise<void>;
	/** Every delivery of an article, in creation order (subscription planning reads the channel posts). */
	listForArticle(articleId: number): Promise<Delivery[]>;
	markSent(deliveryId: number, messageId: string, at: number): Promise<void>;
	markRetry(deliveryId: number, error: string, nextAttemptAt: number): Promise<void>;
	markFailed(deliveryId: number, error: string): Promise<void>;
	countPending(): Promise<number>;
}

// ---------- per-source boilerplate ----------

export interface BoilerplateStore {
	/** Line fingerprints of a domain with how many of its recent articles contained them, and the article count. */
	load(domain: string): Promise<{ articles: number; lines: Map<string, number> }>;
	/** Adds one article's distinct line fingerprints; keeps at most `maxLines` per domain. */
	record(domain: string, fingerprints: string[], maxLines?: number): Promise<void>;
}

/** Everything, for the composition root. */
export interface Store {
	feeds: FeedStore;
	articles: ArticleStore;
	mentions: MentionStore;
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	boilerplate: BoilerplateStore;
	/** SQLite's integrity_check, or the Postgres equivalent: "ok" when healthy. */
	checkIntegrity(): Promise<string>;
	close(): Promise<void>;
}
