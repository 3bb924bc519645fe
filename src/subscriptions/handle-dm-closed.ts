/**
 * What happens when Discord refuses a DM (error 50007: the user closed DMs or left every shared server).
 * Retrying would fail forever, so the user's DM subscriptions in that guild change for good: those made in a
 * channel fall back to mentions there (and this article is mentioned now), the others pause with a reason that
 * `/subscriptions` shows, which is the notice the user sees.
 */
import type { DeliveryStore, SubscriptionStore, Subscription } from '../store/types.js';

export const DM_CLOSED_REASON = 'dm-closed';

export interface DmClosedInput {
	delivery: { guildId: string; userId: string | null; articleId: number };
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	now: number;
}

export interface DmClosedResult {
	/** Subscriptions switched to mentions, with the delivery that mentions the user about this article. */
	fellBack: Array<{ subscription: Subscription; deliveryId: number | null }>;
	paused: Subscription[];
}

/** Records a closed DM channel against the user's DM subscriptions; safe to call twice. */
export async function handleDmClosed(input: DmClosedInput): Promise<DmClosedResult> {
	const { delivery, subscriptions, deliveries, now } = input;
	const result: DmClosedResult = { fellBack: [], paused: [] };
	if (!delivery.userId) return result;
	const userId = delivery.userId;
	const owned = await subscriptions.listForUser(delivery.guildId, userId);
	let mentioned = false;
	for (const subscription of owned) {
		if (subscription.delivery !== 'dm' || subscription.paused) continue;
		if (!subscription.channelId) {
			await subscriptions.setPaused(subscription.id, DM_CLOSED_REASON);
			result.paused.push(subscription);
			continue;
		}
		await subscriptions.setDelivery(subscription.id, 'here');
		let deliveryId: number | null = null;
		// The article that failed still reaches the user, once, as a mention.
		if (!mentioned) {
			const post = await deliveries.enqueue({
				articleId: delivery.articleId,
				guildId: delivery.guildId,
				channelId: subscription.channelId,
				kind: 'channel',
				mentionUserIds: [userId],
				now,
			});
			deliveryId = post.id;
			mentioned = true;
		}
		result.fellBack.push({ subscription: { ...subscription, delivery: 'here' }, deliveryId });
	}
	return result;
}
