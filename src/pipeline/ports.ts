/**
 * What the pipeline needs from the outside world, as functions (I/O passed in, defaults wired in main.ts).
 */
import type { Brief } from '../briefs/types.js';
import type { Logger } from '../shared/logger.js';
import type { FeedItem } from '../feeds/types.js';
import type { FeedRecord, FeedTarget, IngestResult, Store } from '../store/types.js';
import type { ArticleWork } from './workers/article-work.js';

/** The fetcher's answer, reduced to what the pipeline acts on. */
export type FetchOutcome =
	| {
			status: 'ok';
			body: string;
			finalUrl: string;
			etag: string | null;
			lastModified: string | null;
			bodyHash: string;
			contentType: string | null;
	  }
	| { status: 'not-modified'; retryAfterMs?: number }
	| {
			status: 'error';
			/** http-error, timeout, too-large, blocked, network-error, redirect-loop, ... */
			kind: string;
			message: string;
			httpStatus?: number;
			retryAfterMs?: number;
			/** A failure that retrying will not fix (410 Gone, a refused private address). */
			permanent?: boolean;
	  };

export interface FetchOptions {
	kind: 'feed' | 'page';
	etag?: string | null;
	lastModified?: string | null;
	previousBodyHash?: string | null;
}

export type FetchUrl = (url: string, options: FetchOptions) => Promise<FetchOutcome>;

/** Called after a new article was stored with deliveries, e.g. to notify subscribers. */
export type OnIngested = (event: {
	brief: Brief;
	result: IngestResult;
	targets: FeedTarget[];
}) => Promise<void>;

export interface PipelineDeps {
	store: Pick<Store, 'feeds' | 'articles' | 'boilerplate'>;
	fetchUrl: FetchUrl;
	logger: Logger;
	now: () => number;
	intervalMs: number;
	/** The floor of per-feed intervals set with /feed interval (FEED_MIN_INTERVAL). */
	minIntervalMs?: number;
	maxFailures: number;
	/** Speakers below this confidence are dropped before a brief is stored or shown (`SPEAKER_MIN_CONFIDENCE`). */
	speakerMinConfidence?: number;
	/** STORY_HOLD in ms: a new story waits this long for a more original copy before it is posted (0 = off). */
	storyHoldMs?: number;
	/** Feeds polled at once; page fetches are further limited per host by the fetcher. */
	feedConcurrency?: number;
	onIngested?: OnIngested;
	/**
	 * Replaces the article stage (page fetch, extraction, brief, ingest) for one new item. The feed-engine
	 * benchmark uses it to measure polling alone; the bot never sets it.
	 */
	handleItem?: (feed: FeedRecord, item: FeedItem) => Promise<'stored' | 'duplicate' | 'known'>;
	/**
	 * Where feed parsing and article work run: the bot passes its worker pool (a budget per job); without it the
	 * work runs in-process, unbounded, which only tests and small tools should do.
	 */
	articleWork?: ArticleWork;
	/** Called once per new item with what became of it: briefed (from the page or the feed) or refused, and why. */
	onItemDone?: (event: { feedUrl: string; link: string | null; outcome: 'briefed' | 'refused'; origin: 'page' | 'feed' | null; reason: string | null }) => void;
	/** Called when an item was taken from the feed, before its brief exists (console mode prints it). */
	onNewItem?: (event: { feedUrl: string; title: string; link: string | null }) => void;
}
