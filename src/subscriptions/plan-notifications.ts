/**
 * Turns the subscriptions a new brief matched into outbox work: a DM per `dm` subscriber, a mention on the
 * channel post per `here` subscriber, and a digest entry for whoever is over their hourly limit.
 * At most one notification per user and article: `claimNotification` is the store-side guard, so running the
 * planner twice for one article (a retry after a crash) notifies nobody twice.
 */
import type { Brief } from '../briefs/types.js';
import type { Delivery, DeliveryStore, Subscription, SubscriptionStore } from '../store/types.js';

export const DEFAULT_RATE_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

export interface PlanNotificationsInput {
	brief: Brief;
	articleId: number;
	guildId: string;
	/** The guild's channel deliveries of this article (the feed posts), where `here` mentions go. */
	channelDeliveries: readonly Delivery[];
	/** What the matcher returned for this brief in this guild. */
	matches: readonly Subscription[];
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	now: number;
	ratePerHour?: number;
}

export interface NotificationPlan {
	dms: Array<{ userId: string; deliveryId: number; subscriptionId: number }>;
	mentions: Array<{ channelId: string; deliveryId: number; userIds: string[] }>;
	digested: Array<{ userId: string; subscriptionId: number }>;
	/** Users already notified about this article. */
	alreadyNotified: string[];
	/** Over the limit with no digest support in the store: nothing was sent. */
	dropped: string[];
	/** `here` subscribers whose channel post had already gone out: the outbox holds one post per story and channel. */
	missed: string[];
}

/** Plans and enqueues the notifications of one brief in one guild. */
export async function planNotifications(input: PlanNotificationsInput): Promise<NotificationPlan> {
	const { subscriptions, deliveries, now, guildId, articleId } = input;
	const limit = input.ratePerHour ?? DEFAULT_RATE_PER_HOUR;
	const plan: NotificationPlan = { dms: [], mentions: [], digested: [], alreadyNotified: [], dropped: [], missed: [] };
	const mentionsByChannel = new Map<string, string[]>();
	for (const subscription of pickOnePerUser(input.matches, guildId)) {
		const { userId } = subscription;
		const overLimit = (await subscriptions.countNotificationsSince(guildId, userId, now - HOUR_MS)) >= limit;
		if (!(await subscriptions.claimNotification({ guildId, userId, articleId, at: now }))) {
			plan.alreadyNotified.push(userId);
			continue;
		}
		if (overLimit) {
			await subscriptions.addToDigest({ guildId, userId, articleId, subscriptionId: subscription.id, at: now });
			plan.digested.push({ userId, subscriptionId: subscription.id });
			continue;
		}
		const channelId = subscription.channelId ?? input.channelDeliveries[0]?.channelId ?? null;
		if (subscription.delivery === 'dm') {
			const delivery = await deliveries.enqueue({
				articleId,
				guildId,
				// DMs still name a guild channel: the one that carried the brief, which the worker ignores for DMs.
				channelId: channelId ?? '',
				kind: 'dm',
				userId,
				now,
			});
			plan.dms.push({ userId, deliveryId: delivery.id, subscriptionId: subscription.id });
		} else if (channelId) {
			const users = mentionsByChannel.get(channelId) ?? [];
			users.push(userId);
			mentionsByChannel.set(channelId, users);
		} else plan.dropped.push(userId);
	}
	for (const [channelId, userIds] of mentionsByChannel) {
		const mention = await addMentions(input, channelId, userIds);
		if (mention) plan.mentions.push(mention);
		else plan.missed.push(...userIds);
	}
	return plan;
}

/** One subscription per user: a DM wins over a mention, then the oldest subscription. */
function pickOnePerUser(matches: readonly Subscription[], guildId: string): Subscription[] {
	const chosen = new Map<string, Subscription>();
	for (const subscription of matches) {
		if (subscription.guildId !== guildId || subscription.paused) continue;
		const current = chosen.get(subscription.userId);
		if (!current || rank(subscription) < rank(current)) chosen.set(subscription.userId, subscription);
	}
	return [...chosen.values()];
}

function rank(subscription: Subscription): number {
	return (subscription.delivery === 'dm' ? 0 : 1e15) + subscription.id;
}

/**
 * Mentions ride on the feed's pending post in that channel; a channel without a post gets its own. Null when the
 * post already went out, since the outbox keeps one post per story and channel.
 */
async function addMentions(
	input: PlanNotificationsInput,
	channelId: string,
	userIds: string[],
): Promise<{ channelId: string; deliveryId: number; userIds: string[] } | null> {
	const posts = input.channelDeliveries.filter((d) => d.channelId === channelId && d.kind === 'channel');
	const pending = posts.find((d) => d.status === 'pending');
	if (pending) {
		await input.deliveries.addMentions(pending.id, userIds);
		return { channelId, deliveryId: pending.id, userIds };
	}
	if (posts.length > 0) return null;
	const delivery = await input.deliveries.enqueue({
		articleId: input.articleId,
		guildId: input.guildId,
		channelId,
		kind: 'channel',
		mentionUserIds: userIds,
		now: input.now,
	});
	if (delivery.status !== 'pending') return null;
	if (!userIds.every((id) => delivery.mentionUserIds.includes(id))) await input.deliveries.addMentions(delivery.id, userIds);
	return { channelId, deliveryId: delivery.id, userIds };
}
