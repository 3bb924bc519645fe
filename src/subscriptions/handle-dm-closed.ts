/**
 * What happens when Discord refuses a DM (error 50007: the user closed DMs or left every shared server).
 * Retrying would fail forever, so the user's DM subscriptions in that guild change for good: those made in a
 * channel fall back to mentions there, the others pause with a reason that `/subscriptions` shows, which is the
 * notice the user sees. The article whose DM failed is mentioned on its channel post when that post is still
 * pending or was never made; the outbox holds one post per story and channel, so a post already sent cannot
 * carry it.
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
	const { delivery, subscriptions } = input;
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
		// The article that failed still reaches the user, once, as a mention, if its post is not out yet.
		if (!mentioned) {
			deliveryId = await mentionOnPost(input, subscription.channelId, userId);
			mentioned = true;
		}
		result.fellBack.push({ subscription: { ...subscription, delivery: 'here' }, deliveryId });
	}
	return result;
}

async function mentionOnPost(input: DmClosedInput, channelId: string, userId: string): Promise<number | null> {
	const { delivery, deliveries, now } = input;
	const posts = (await deliveries.listForArticle(delivery.articleId)).filter((d) => d.kind === 'channel' && d.channelId === channelId);
	const pending = posts.find((d) => d.status === 'pending');
	if (pending) {
		await deliveries.addMentions(pending.id, [userId]);
		return pending.id;
	}
	if (posts.length > 0) return null;
	const post = await deliveries.enqueue({
		articleId: delivery.articleId,
		guildId: delivery.guildId,
		channelId,
		kind: 'channel',
		mentionUserIds: [userId],
		now,
	});
	return post.id;
}
