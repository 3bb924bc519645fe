/**
 * Drains the store's outbox into Discord. Per channel, one send at a time in outbox order; several
 * channels at once, bounded. Rate limits are left to discord.js REST, which queues per bucket.
 * The outbox row is the source of truth: a row stays pending until Discord returned a message id,
 * and its nonce makes any resend land on the same message (see docs/adr/003-delivery.md).
 */
import type { APIMessage, Client } from 'discord.js';
import type { ArticleStore, Delivery, DeliveryRoute, DeliveryStore, FeedStore, TargetSettings } from '../store/types.js';
import { exponentialDelay, jitterUpperHalf } from '../shared/backoff.js';
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { classifySendError } from './classify-send-error.js';
import { renderBrief, type BriefMessagePayload, type RenderBriefOptions } from './render-brief.js';
import { sendRouted } from './routed-send.js';
import { renderForTarget } from './feed-admin/render-format.js';
import type { Brief } from '../briefs/types.js';
import type { BriefRendition } from './brief-rendition.js';

export interface RetryPolicy {
	baseDelayMs: number;
	maxDelayMs: number;
	/** Attempts after which a row that keeps failing is marked failed. */
	maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000, maxAttempts: 12 };

export interface DeliveryWorkerOptions {
	deliveries: DeliveryStore;
	articles: Pick<ArticleStore, 'getBrief' | 'alsoReportedBy'>;
	client: Client;
	logger: Logger;
	render?: (brief: Brief, options: RenderBriefOptions) => BriefMessagePayload;
	/** The settings of a feed target (format, pings, locale), so each guild gets the feed as it chose. */
	targetSettings?: (targetId: number) => Promise<TargetSettings | null | undefined>;
	/** How a feed target is posted to (forum, webhook); absent or null: a plain bot message in the channel. */
	targetRoute?: (targetId: number) => Promise<DeliveryRoute | null>;
	/** The target's webhook was deleted in Discord; `markWebhookGone(feeds)` records it. */
	onWebhookGone?: (targetId: number, webhookId: string) => Promise<void>;
	/** The channel refused the bot for good; `disableTargetOnFailure(feeds)` disables the target. */
	onPermanentFailure?: (delivery: Delivery, reason: string) => Promise<void>;
	/** The user closed their DMs; the subscriptions side may pause or switch their delivery. */
	onDmClosed?: (delivery: Delivery, reason: string) => Promise<void>;
	now?: () => number;
	/** Rows read per pass. */
	batchSize?: number;
	/** Channels sent to at the same time. */
	channelConcurrency?: number;
	retry?: Partial<RetryPolicy>;
	/** How long `start()` waits between passes when the outbox is empty. */
	idleMs?: number;
	/**
	 * How long Discord is trusted to remember a nonce. A row that may have been sent longer ago than this
	 * (it predates this process, or an earlier attempt failed) is first looked up in the channel's history.
	 */
	nonceTrustMs?: number;
	/** Jitter source for backoff; tests pass `() => 0.5`. */
	random?: () => number;
	/**
	 * The brief as the row's guild reads it (translation, abstract), or null for the brief as is. Expected to
	 * resolve within its own deadline and never to throw; a throw still posts the brief as is.
	 */
	localize?: (brief: Brief, delivery: Delivery) => Promise<BriefRendition | null>;
	/** Starts `localize`'s work for a row ahead of its turn, so that a channel's rows wait on the model together. */
	prefetch?: (brief: Brief, delivery: Delivery) => void;
}

export interface DeliveryRunStats {
	sent: number;
	retried: number;
	failed: number;
	/** Rows left for later because an earlier row of their channel is waiting for a retry. */
	deferred: number;
}

export interface DeliveryWorker {
	runOnce(): Promise<DeliveryRunStats>;
	/** Drains continuously until `stop()`. */
	start(): void;
	/** Stops after the pass in flight; resolves when it has finished. */
	stop(): Promise<void>;
	/** Ends the idle wait early (call after new rows were enqueued). */
	wake(): void;
}

/** The usual `onPermanentFailure`: disable the feed target, so /feed list shows the reason. */
export function disableTargetOnFailure(feeds: Pick<FeedStore, 'disableTarget'>): (delivery: Delivery, reason: string) => Promise<void> {
	return async (delivery, reason) => {
		if (delivery.targetId !== null) await feeds.disableTarget(delivery.targetId, reason);
	};
}

/** The usual `onWebhookGone`: the target posts as the bot from now on, and /feed list says its webhook is gone. */
export function markWebhookGone(feeds: Pick<FeedStore, 'markWebhookGone'>, now: () => number = Date.now): (targetId: number, webhookId: string) => Promise<void> {
	return (targetId, webhookId) => feeds.markWebhookGone(targetId, webhookId, now());
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
	const { deliveries, articles, client, logger } = options;
	const render = options.render ?? renderBrief;
	const now = options.now ?? Date.now;
	const batchSize = options.batchSize ?? 200;
	const concurrency = options.channelConcurrency ?? 16;
	const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
	const random = options.random ?? Math.random;
	const dmChannels = new Map<string, string>();
	// Channels whose head row waits for a retry: later rows must not overtake it. In memory only; after a
	// restart the worst case is one message out of order, never a lost or doubled one.
	const blockedUntil = new Map<string, number>();
	const startedAt = now();
	const nonceTrustMs = options.nonceTrustMs ?? 2 * 60_000;
	let history = new Map<string, Promise<APIMessage[]>>();

	let pass: Promise<DeliveryRunStats> | null = null;

	/** One pass over the due rows; a call during a pass shares it, so no row is ever sent twice at once. */
	function runOnce(): Promise<DeliveryRunStats> {
		pass ??= runPass().finally(() => {
			pass = null;
		});
		return pass;
	}

	async function runPass(): Promise<DeliveryRunStats> {
		const stats: DeliveryRunStats = { sent: 0, retried: 0, failed: 0, deferred: 0 };
		history = new Map();
		const at = now();
		const rows = await deliveries.pending(at, batchSize);
		if (options.prefetch) for (const row of rows) void prefetchRow(row);
		const groups = groupByChannel(rows);
		const queue = [...groups.entries()];
		const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
			for (let next = queue.shift(); next; next = queue.shift()) await drainChannel(next[0], next[1], stats);
		});
		await Promise.all(workers);
		return stats;
	}

	async function drainChannel(key: string, rows: Delivery[], stats: DeliveryRunStats): Promise<void> {
		// While blocked, the row being retried is not due, so it is not among `rows`: everything here is later.
		if ((blockedUntil.get(key) ?? 0) > now()) {
			stats.deferred += rows.length;
			return;
		}
		blockedUntil.delete(key);
		for (const [index, delivery] of rows.entries()) {
			const outcome = await deliverOne(delivery);
			if (typeof outcome === 'number') {
				stats.retried++;
				stats.deferred += rows.length - index - 1;
				blockedUntil.set(key, outcome);
				return;
			}
			stats[outcome]++;
		}
	}

	async function prefetchRow(row: Delivery): Promise<void> {
		try {
			const brief = await articles.getBrief(row.articleId);
			if (brief) options.prefetch?.(brief, row);
		} catch {
			// Only a head start: the row's own turn reads the brief again and reports any error.
		}
	}

	/** 'sent', 'failed', or the time of the next attempt when the row will be retried. */
	async function deliverOne(delivery: Delivery): Promise<'sent' | 'failed' | number> {
		let payload: BriefMessagePayload;
		let brief: Brief | null;
		let route: DeliveryRoute | null = null;
		try {
			brief = await articles.getBrief(delivery.articleId);
			if (!brief) {
				await deliveries.markFailed(delivery.id, `article ${delivery.articleId} no longer exists`);
				return 'failed';
			}
			const alsoReportedBy = await articles.alsoReportedBy(delivery.articleId);
			const rendition = options.localize ? await options.localize(brief, delivery).catch(() => null) : null;
			const renderOptions = { alsoReportedBy, mentionUserIds: delivery.kind === 'channel' ? delivery.mentionUserIds : [], rendition };
			const settings = delivery.targetId !== null ? await options.targetSettings?.(delivery.targetId) : null;
			route = delivery.targetId !== null && delivery.kind === 'channel' ? ((await options.targetRoute?.(delivery.targetId)) ?? null) : null;
			payload = settings ? renderForTarget(brief, settings, delivery.guildId, renderOptions, render) : render(brief, renderOptions);
		} catch (error) {
			logger.error({ deliveryId: delivery.id, error: describeError(error) }, 'could not build the delivery');
			return retryLater(delivery, `render: ${describeError(error)}`);
		}
		try {
			const deps = { client, dmChannels, logger, history, onWebhookGone: options.onWebhookGone ?? (async () => {}) };
			const post = { title: brief.title, topics: brief.topics };
			const sent = await sendRouted(deps, delivery, payload, { route, post, tried: wasTried(delivery), beyondNonce: mayHaveBeenSent(delivery) });
			if (sent.found) logger.info({ deliveryId: delivery.id, messageId: sent.message.id }, 'found the message sent before; not posting again');
			await deliveries.markSent(delivery.id, sent.message.id, now());
			return 'sent';
		} catch (error) {
			return handleSendError(delivery, error);
		}
	}

	function wasTried(delivery: Delivery): boolean {
		return delivery.attempts > 0 || delivery.createdAt < startedAt;
	}

	function mayHaveBeenSent(delivery: Delivery): boolean {
		return wasTried(delivery) && now() - delivery.createdAt > nonceTrustMs;
	}

	async function handleSendError(delivery: Delivery, error: unknown): Promise<'failed' | number> {
		const { kind, reason } = classifySendError(error);
		// A cached DM channel may be the reason (closed, deleted): open a fresh one next time.
		if (delivery.kind === 'dm' && delivery.userId) dmChannels.delete(delivery.userId);
		const context = { deliveryId: delivery.id, channelId: delivery.channelId, kind, reason };
		if (kind === 'retry') {
			logger.warn(context, 'delivery failed; will retry');
			return retryLater(delivery, reason);
		}
		logger.error(context, 'delivery failed for good');
		await deliveries.markFailed(delivery.id, reason);
		try {
			if (kind === 'channel-gone' && delivery.kind === 'channel') await options.onPermanentFailure?.(delivery, reason);
			if (kind === 'dm-closed' || (kind === 'channel-gone' && delivery.kind === 'dm')) await options.onDmClosed?.(delivery, reason);
		} catch (callbackError) {
			logger.error({ deliveryId: delivery.id, error: describeError(callbackError) }, 'failure callback failed');
		}
		return 'failed';
	}

	async function retryLater(delivery: Delivery, reason: string): Promise<'failed' | number> {
		if (delivery.attempts + 1 >= policy.maxAttempts) {
			await deliveries.markFailed(delivery.id, `gave up after ${delivery.attempts + 1} attempts: ${reason}`);
			return 'failed';
		}
		const at = nextAttemptAt(delivery);
		await deliveries.markRetry(delivery.id, reason, at);
		return at;
	}

	function nextAttemptAt(delivery: Delivery): number {
		const delay = jitterUpperHalf(exponentialDelay(delivery.attempts, policy.baseDelayMs, policy.maxDelayMs), random);
		return now() + Math.round(delay);
	}

	let running = false;
	let loop: Promise<void> | null = null;
	let wakeUp: (() => void) | null = null;

	async function runLoop(): Promise<void> {
		while (running) {
			let stats: DeliveryRunStats = { sent: 0, retried: 0, failed: 0, deferred: 0 };
			try {
				stats = await runOnce();
			} catch (error) {
				logger.error({ error: describeError(error) }, 'delivery pass failed');
			}
			const busy = stats.sent + stats.retried + stats.failed > 0;
			if (running && !busy) await sleep(options.idleMs ?? 1_000);
		}
	}

	function sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(done, ms);
			function done(): void {
				clearTimeout(timer);
				wakeUp = null;
				resolve();
			}
			wakeUp = done;
		});
	}

	return {
		runOnce,
		start() {
			if (running) return;
			running = true;
			loop = runLoop();
		},
		async stop() {
			running = false;
			wakeUp?.();
			await loop;
			loop = null;
		},
		wake() {
			wakeUp?.();
		},
	};
}

function groupByChannel(rows: Delivery[]): Map<string, Delivery[]> {
	const groups = new Map<string, Delivery[]>();
	for (const row of rows) {
		const key = row.kind === 'dm' ? `dm:${row.userId ?? row.channelId}` : row.channelId;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return groups;
}
