/**
 * Sends one outbox row through discord.js REST, which queues per rate-limit bucket and honours the
 * global limit: we never sleep on 429s ourselves. Every message carries the row's nonce with
 * enforce_nonce, so Discord answers a resend (after a crash, a timeout, a REST retry) with the
 * message it already created instead of posting a second one.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
import { Routes, type APIChannel, type APIMessage, type Client } from 'discord.js';
import type { Delivery } from '../store/types.js';
import { AppError } from '../shared/errors.js';
import type { BriefMessagePayload } from './render-brief.js';

export interface SendDeliveryDeps {
	client: Client;
	/** DM channel ids by user id, so that each user costs one POST /users/@me/channels per process. */
	dmChannels: Map<string, string>;
}

export async function sendDelivery(deps: SendDeliveryDeps, delivery: Delivery, payload: BriefMessagePayload): Promise<APIMessage> {
	const channelId = delivery.kind === 'dm' ? await openDmChannel(deps, delivery) : delivery.channelId;
	const body = { ...payload, nonce: delivery.nonce, enforce_nonce: true };
	return (await deps.client.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
}

async function openDmChannel(deps: SendDeliveryDeps, delivery: Delivery): Promise<string> {
	if (!delivery.userId) throw new AppError(`DM delivery ${delivery.id} has no user`);
	const known = deps.dmChannels.get(delivery.userId);
	if (known) return known;
	const channel = (await deps.client.rest.post(Routes.userChannels(), { body: { recipient_id: delivery.userId } })) as APIChannel;
	deps.dmChannels.set(delivery.userId, channel.id);
	return channel.id;
}
