import type { Brief } from '../../briefs/types.js';
import type { Delivery } from './delivery-store.js';

/** Feeds, the guild channels that follow them, and the items already seen (the poll cycle and /feed). */
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
	 * Read-only: the items not seen yet: an item is not new when its key, its linkKey or its contentHash was already
	 * seen for this feed, and two copies in one batch count once. The pipeline checks with this, ingests,
	 * and only then marks items seen, so a crash in between re-processes (ingest is idempotent) instead of losing.
	 */
	unseenItems(feedId: number, items: SeenItem[]): Promise<SeenItem[]>;
	/** Marks items seen without returning them (first poll of a feed, and after ingest). */
	markItemsSeen(feedId: number, items: SeenItem[]): Promise<void>;
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
