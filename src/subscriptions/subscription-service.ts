/**
 * The subscriptions side as main.ts wires it: one object holding the current matcher, rebuilt from the store
 * when subscriptions change (`CommandServices.subscriptionsChanged`), called after each ingest to notify
 * subscribers, by the delivery worker when a DM is refused, and on a timer to send digests.
 */
import type { Brief } from '../briefs/types.js';
import type { Logger } from '../shared/logger.js';
import type { ArticleStore, Delivery, DeliveryStore, SubscriptionStore } from '../store/types.js';
import { flushDigests, type SendDigest } from './flush-digests.js';
import { handleDmClosed, type DmClosedResult } from './handle-dm-closed.js';
import { planNotifications, DEFAULT_RATE_PER_HOUR, type NotificationPlan } from './plan-notifications.js';
import { createSubscriptionMatcher, type SubscriptionMatcher } from './subscription-matcher.js';

export interface SubscriptionServiceOptions {
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	articles: ArticleStore;
	logger: Logger;
	now?: () => number;
	ratePerHour?: number;
}

export interface SubscriptionService {
	/** Reloads every active subscription into a new matcher (startup, and after any change). */
	rebuild(): Promise<number>;
	/**
	 * Notifies the subscribers of every guild the article is delivered to. Call after `ingest` created the
	 * article's channel deliveries and before the worker sends them, so mentions ride on those posts.
	 */
	notifyIngested(input: { articleId: number; brief: Brief; entityIds?: readonly number[] }): Promise<NotificationPlan[]>;
	/** The delivery worker's `onDmClosed`. */
	onDmClosed(delivery: Delivery): Promise<DmClosedResult>;
	/** Sends the pending digests through `send` (see src/discord/subscriptions/send-digest.ts). */
	flushDigests(send: SendDigest): Promise<{ sent: number; dmClosed: number }>;
	readonly matcher: SubscriptionMatcher;
}

export function createSubscriptionService(options: SubscriptionServiceOptions): SubscriptionService {
	const { subscriptions, deliveries, articles, logger } = options;
	const now = options.now ?? Date.now;
	let matcher = createSubscriptionMatcher([]);
	return {
		get matcher() {
			return matcher;
		},
		async rebuild() {
			matcher = createSubscriptionMatcher(await subscriptions.listAll());
			logger.debug({ subscriptions: matcher.size }, 'subscription matcher rebuilt');
			return matcher.size;
		},
		async notifyIngested({ articleId, brief, entityIds }) {
			const all = await deliveries.listForArticle(articleId);
			const channelPosts = all.filter((d) => d.kind === 'channel');
			const guildIds = [...new Set(channelPosts.map((d) => d.guildId))];
			const plans: NotificationPlan[] = [];
			for (const guildId of guildIds) {
				const matches = matcher.match(brief, { guildId, ...(entityIds ? { entityIds } : {}) });
				if (matches.length === 0) continue;
				plans.push(
					await planNotifications({
						brief,
						articleId,
						guildId,
						channelDeliveries: channelPosts.filter((d) => d.guildId === guildId),
						matches,
						subscriptions,
						deliveries,
						now: now(),
						ratePerHour: options.ratePerHour ?? DEFAULT_RATE_PER_HOUR,
					}),
				);
			}
			return plans;
		},
		async onDmClosed(delivery) {
			const result = await handleDmClosed({ delivery, subscriptions, deliveries, now: now() });
			if (result.paused.length > 0 || result.fellBack.length > 0) {
				logger.info({ userId: delivery.userId, paused: result.paused.length, fellBack: result.fellBack.length }, 'DMs closed');
				matcher = createSubscriptionMatcher(await subscriptions.listAll());
			}
			return result;
		},
		async flushDigests(send) {
			return flushDigests({ subscriptions, articles, deliveries, send, now: now() });
		},
	};
}
