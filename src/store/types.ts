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
	/**
	 * Set by dueFeeds only: the shortest poll interval its active targets asked for (null: none asked), and whether
	 * some active target asked nothing, in which case the configured interval also applies.
	 */
	intervalMs?: number | null;
	intervalHasDefault?: boolean;
}

export interface FeedTarget {
	id: number;
	feedId: number;
	guildId: string;
	channelId: string;
	/** Set when Discord refused the channel for good (missing access, unknown channel). */
	disabledReason: string | null;
	createdAt: number;
	/** Per-guild settings of /feed (migration 8); absent means the defaults. */
	settings?: TargetSettings;
}

export type FeedFormat = 'full' | 'compact' | 'headline';

/** A role or user mentioned when a brief of the feed matches `filter` (always, when null). */
export interface FeedPing {
	kind: 'role' | 'user';
	id: string;
	filter: string | null;
}

export interface TargetSettings {
	/** The guild's name for the feed, shown instead of the feed's own title. */
	label: string | null;
	/** A filter expression (src/filters/); briefs it rejects are not delivered to this target. */
	filter: string | null;
	/** Set while an admin paused the feed for this guild: nothing is delivered, items pass by as seen. */
	pausedAt: number | null;
	format: FeedFormat;
	/** The guild's wish for this feed's poll interval; the feed is polled at the shortest wish of its targets. */
	intervalMs: number | null;
	pings: FeedPing[];
	/** The guild's locale when the feed was added, for the labels of the formats. */
	locale: string | null;
}

/** What /feed filter, pause, rename, interval, format and ping change: only the fields given. */
export type TargetPatch = Partial<Omit<TargetSettings, 'locale'>>;

/** Per-guild caps, enforced in the store's own transaction so that two concurrent commands cannot both pass. */
export interface GuildFeedLimits {
	maxFeeds?: number;
	maxFilters?: number;
}

/** What the store knows of one article URL, seen from one guild (/feed why). Only the guild's feeds and posts. */
export interface UrlExplanation {
	/** The guild's feeds whose items carried this link, with when it was first recorded. */
	seen: Array<{ feedId: number; feedTitle: string | null; feedUrl: string; seenAt: number; feedCreatedAt: number }>;
	article: {
		id: number;
		title: string;
		createdAt: number;
		feedId: number | null;
		/** The first copy of the story when this article is a later one (same story as which post). */
		firstCopy: { id: number; title: string; createdAt: number } | null;
	} | null;
	/** The guild's channel posts of the story, whichever copy was posted. */
	deliveries: Array<{ articleId: number; channelId: string; status: Delivery['status']; messageId: string | null; lastError: string | null; attempts: number }>;
	skips: Array<{ channelId: string; reason: TargetSkip['reason']; detail: string | null; at: number }>;
}

/** Why a stored article was not delivered to one of its feed's targets (for /feed why). */
export interface TargetSkip {
	targetId: number;
	/** `filtered`: the filter's deciding clause is in `detail`; `paused`: the target was paused. */
	reason: 'filtered' | 'paused';
	detail: string | null;
}

/** What a target posts into (#18): a channel or thread takes messages, a forum gets one post (thread) per article. */
export type TargetKind = 'channel' | 'thread' | 'forum';

/** A webhook the bot created for a target. The token is a secret: never logged, shown, or exported. */
export interface TargetWebhook {
	id: string;
	token: string;
	/** The source's icon, posted as the webhook's avatar; null when unknown. */
	avatarUrl: string | null;
}

/** How a target is delivered to, for /feed list: its kind and its webhook's state (none, working, deleted). */
export interface TargetRoute {
	targetId: number;
	kind: TargetKind;
	webhook: 'active' | 'gone' | null;
}

/** What the delivery worker needs to reach a target beyond its channel id. */
export interface DeliveryRoute {
	kind: TargetKind;
	webhook: TargetWebhook | null;
	/** The guild's name for the feed, else the feed's title: a webhook posts under it. */
	sourceName: string | null;
}

/**
 * A feed item that was not briefed, recorded when it happened (/feed why): `refused` pages are seen for good,
 * `failed` ones stay unseen and are retried at the feed's next poll (`retryAt`).
 */
export interface ItemProblem {
	feedId: number;
	outcome: 'refused' | 'failed';
	/** The refusal reason, or the failure's code and message, one line. */
	detail: string;
	at: number;
	retryAt: number | null;
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
	addFeedTarget(input: {
		guildId: string;
		url: string;
		channelId: string;
		backfill?: number;
		now?: number;
		/** Enforced in the same transaction: LimitError when the guild already follows `maxFeeds` other feeds. */
		limits?: GuildFeedLimits;
		locale?: string | null;
	}): Promise<{
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
	/**
	 * Applies a patch to every target of the guild for the feed. Returns how many targets changed (0: the guild does
	 * not follow it). Throws LimitError when a new filter would exceed `limits.maxFilters`.
	 */
	updateGuildFeed(input: { guildId: string; feedId: number; patch: TargetPatch; limits?: GuildFeedLimits }): Promise<number>;
	/** Moves the guild's targets of the feed to another channel (merging them into one). Returns how many moved. */
	moveGuildFeed(input: { guildId: string; feedId: number; channelId: string }): Promise<number>;
	/** Records why an article was kept from some targets (filter, pause); replaces earlier records of the pair. */
	recordSkips(articleId: number, skips: TargetSkip[], at: number): Promise<void>;
	/** Everything the guild may know about why the article at `url` was or was not posted. */
	explainUrl(guildId: string, url: string): Promise<UrlExplanation>;
	/** One target with its settings (format, pings) for the delivery worker, else null. */
	getTarget(targetId: number): Promise<FeedTarget | null>;
	/** Sets the kind of the guild's targets of the feed (in `channelId` only, when given). Returns how many changed. */
	setTargetKind(input: { guildId: string; feedId: number; channelId?: string; kind: TargetKind }): Promise<number>;
	/** Gives one of the guild's targets a webhook to post through, or none (null). Returns how many changed (0 or 1). */
	setWebhook(input: { guildId: string; targetId: number; webhook: TargetWebhook | null }): Promise<number>;
	/** Discord deleted the webhook: the target goes back to posting as the bot, and /feed list says so. */
	markWebhookGone(targetId: number, webhookId: string, at: number): Promise<void>;
	/** Kind and webhook of one target, for the delivery worker; null when the target is gone. */
	deliveryRoute(targetId: number): Promise<DeliveryRoute | null>;
	/** Kind and webhook state of each of the guild's targets (/feed list); never the token. */
	targetRoutes(guildId: string): Promise<TargetRoute[]>;
	/** Records why items were not briefed (replacing earlier records of the same link in the feed). */
	recordItemProblems(feedId: number, problems: Array<{ linkKey: string; outcome: ItemProblem['outcome']; detail: string; retryAt: number | null }>, at: number): Promise<void>;
	/** What was recorded for the article at `url` in the guild's feeds, newest first. */
	itemProblems(guildId: string, url: string): Promise<ItemProblem[]>;
	/** The newest stored briefs that came from the feed, newest first (filter preview). */
	recentFeedBriefs(feedId: number, limit: number): Promise<Array<{ articleId: number; brief: Brief; createdAt: number }>>;
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
	/** Every mention in the guild's articles (a name said five times in one article counts five); `mentionCount` counts articles. */
	mentionTotal: number;
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
	guildSettings: GuildSettingsStore;
	/** SQLite's integrity_check, or the Postgres equivalent: "ok" when healthy. */
	checkIntegrity(): Promise<string>;
	close(): Promise<void>;
}

// ---------- per-guild settings ----------

/** How a guild reads its briefs (`/settings`); a guild never set reads each article as it is. */
export interface GuildSettings {
	guildId: string;
	/** `en`, `fr`, `de`, `es`, or `original` (each article in its own language). */
	language: string;
	summary: 'extractive' | 'abstractive';
	updatedAt: number;
}

export interface GuildSettingsStore {
	/** The guild's settings, or null when it never set any. */
	get(guildId: string): Promise<GuildSettings | null>;
	/** Changes the given settings and keeps the others; returns the result. */
	update(guildId: string, change: Partial<Pick<GuildSettings, 'language' | 'summary'>>, now?: number): Promise<GuildSettings>;
}
