/**
 * Sends one outbox row through discord.js REST, which queues per rate-limit bucket and honours the
 * global limit: we never sleep on 429s ourselves. Every message carries the row's nonce with
 * enforce_nonce, so Discord answers a resend (after a crash, a timeout, a REST retry) with the
 * message it already created instead of posting a second one.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
import { Routes, SnowflakeUtil, type APIChannel, type APIEmbed, type APIMessage, type Client } from 'discord.js';
import type { Delivery } from '../store/types.js';
import { AppError } from '../shared/errors.js';
import type { BriefMessagePayload } from './render-brief.js';

/** Messages read back when looking for a copy sent before a crash. */
const HISTORY_LIMIT = 100;
/** How far before the row's creation to start looking (clock skew between us and Discord). */
const HISTORY_SLACK_MS = 60_000;

export interface SendDeliveryDeps {
	client: Client;
	/** DM channel ids by user id, so that each user costs one POST /users/@me/channels per process. */
	dmChannels: Map<string, string>;
}

export async function sendDelivery(deps: SendDeliveryDeps, delivery: Delivery, payload: BriefMessagePayload): Promise<APIMessage> {
	const channelId = await resolveChannel(deps, delivery);
	const body = { ...payload, nonce: delivery.nonce, enforce_nonce: true };
	return (await deps.client.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
}

/**
 * The message this row already produced, if the bot posted it before a crash or a lost response: the nonce
 * only protects for a few minutes, so an older row is looked up in the channel's history before a resend.
 * `history` caches one read per channel for the caller's pass.
 */
export async function findSentCopy(
	deps: SendDeliveryDeps,
	delivery: Delivery,
	payload: BriefMessagePayload,
	history: Map<string, Promise<APIMessage[]>>,
	/** Also ours: a webhook of the target posts as the webhook's id (see webhook-post.ts). */
	webhookId: string | null = null,
): Promise<APIMessage | null> {
	const channelId = await resolveChannel(deps, delivery);
	let messages = history.get(channelId);
	if (!messages) {
		const after = SnowflakeUtil.generate({ timestamp: Math.max(delivery.createdAt - HISTORY_SLACK_MS, Number(SnowflakeUtil.epoch)) });
		const query = new URLSearchParams({ after: after.toString(), limit: String(HISTORY_LIMIT) });
		messages = deps.client.rest.get(Routes.channelMessages(channelId), { query }) as Promise<APIMessage[]>;
		history.set(channelId, messages);
	}
	const botId = deps.client.user?.id;
	const wanted = payload.embeds[0];
	const ours = (m: APIMessage) => !botId || m.author.id === botId || (webhookId !== null && (m.webhook_id === webhookId || m.author.id === webhookId));
	return (await messages).find((m) => ours(m) && sameEmbed(m.embeds[0], wanted)) ?? null;
}

/** Discord normalises some fields on storage (timestamps to +00:00, URLs), so compare their meaning. */
export function sameEmbed(sent: APIEmbed | undefined, wanted: APIEmbed): boolean {
	if (!sent || sent.title?.trim() !== wanted.title?.trim()) return false;
	if (normaliseUrl(sent.url) !== normaliseUrl(wanted.url)) return false;
	if (toTime(sent.timestamp) !== toTime(wanted.timestamp)) return false;
	return wanted.url ? true : sent.description?.trim() === wanted.description?.trim();
}

function normaliseUrl(url: string | undefined): string | null {
	if (!url) return null;
	return URL.canParse(url) ? new URL(url).href : url;
}

function toTime(timestamp: string | undefined): number | null {
	return timestamp ? Date.parse(timestamp) : null;
}

async function resolveChannel(deps: SendDeliveryDeps, delivery: Delivery): Promise<string> {
	if (delivery.kind !== 'dm') return delivery.channelId;
	if (!delivery.userId) throw new AppError(`DM delivery ${delivery.id} has no user`);
	const known = deps.dmChannels.get(delivery.userId);
	if (known) return known;
	const channel = (await deps.client.rest.post(Routes.userChannels(), { body: { recipient_id: delivery.userId } })) as APIChannel;
	deps.dmChannels.set(delivery.userId, channel.id);
	return channel.id;
}
