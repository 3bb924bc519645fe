/**
 * Sends one outbox row the way its target asks: a forum post, a message through the target's webhook, or a plain
 * bot message (send-delivery.ts). Each way first looks for a copy this row already produced when it may have been
 * sent before (`tried`), since forum posts and webhook messages have no nonce to protect a resend.
 */
import type { APIMessage } from 'discord.js';
import type { Delivery, DeliveryRoute } from '../store/types.js';
import type { Logger } from '../shared/logger.js';
import { findForumPost, forumPostFields, postToForum, type ForumPostInput } from './forum-post.js';
import type { BriefMessagePayload } from './render-brief.js';
import { findSentCopy, sendDelivery, type SendDeliveryDeps } from './send-delivery.js';
import { isWebhookGone, postThroughWebhook } from './webhook-post.js';

export interface RoutedSendDeps extends SendDeliveryDeps {
	logger: Logger;
	/** One history read per channel and pass (see findSentCopy). */
	history: Map<string, Promise<APIMessage[]>>;
	/** Discord deleted the target's webhook: record it, so that later rows post as the bot. */
	onWebhookGone: (targetId: number, webhookId: string) => Promise<void>;
}

export interface RoutedSendInput {
	route: DeliveryRoute | null;
	post: ForumPostInput;
	/** The row may have produced a message before (an earlier attempt, or a previous process). */
	tried: boolean;
	/** ...and so long ago that Discord may have forgotten its nonce. */
	beyondNonce: boolean;
}

export interface RoutedSendResult {
	message: APIMessage;
	/** True when the message was found, not posted now. */
	found: boolean;
}

export async function sendRouted(deps: RoutedSendDeps, delivery: Delivery, payload: BriefMessagePayload, input: RoutedSendInput): Promise<RoutedSendResult> {
	const { route } = input;
	const client = deps.client;
	const webhook = delivery.kind === 'channel' ? (route?.webhook ?? null) : null;
	if (route?.kind === 'forum' && delivery.kind === 'channel') {
		const found = input.tried ? await findForumPost(client, delivery, payload, input.post, webhook?.id ?? null) : null;
		if (found) return { message: found, found: true };
		if (webhook) {
			const fields = await forumPostFields(client, delivery.channelId, payload, input.post);
			const sent = await throughWebhook(deps, delivery, () => postThroughWebhook(client, webhook, payload, route.sourceName, fields), webhook.id);
			if (sent) return { message: sent, found: false };
		}
		return { message: await postToForum(client, delivery, payload, input.post), found: false };
	}
	const found = input.tried && (webhook || input.beyondNonce) ? await findSentCopy(deps, delivery, payload, deps.history, webhook?.id ?? null) : null;
	if (found) return { message: found, found: true };
	if (webhook) {
		const sent = await throughWebhook(deps, delivery, () => postThroughWebhook(client, webhook, payload, route?.sourceName ?? null), webhook.id);
		if (sent) return { message: sent, found: false };
	}
	return { message: await sendDelivery(deps, delivery, payload), found: false };
}

/** The webhook's message, or null when the webhook is gone (recorded, so the caller posts as the bot). */
async function throughWebhook(deps: RoutedSendDeps, delivery: Delivery, post: () => Promise<APIMessage>, webhookId: string): Promise<APIMessage | null> {
	try {
		return await post();
	} catch (error) {
		if (!isWebhookGone(error) || delivery.targetId === null) throw error;
		// Never the error itself: its URL holds the token.
		deps.logger.warn({ deliveryId: delivery.id, targetId: delivery.targetId, webhookId }, 'the target’s webhook is gone; posting as the bot');
		await deps.onWebhookGone(delivery.targetId, webhookId);
		return null;
	}
}
