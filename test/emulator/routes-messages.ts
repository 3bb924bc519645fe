/** Channel messages: create (limits, nonce dedupe, DMs), read, edit, delete. */
import { asJson, discordError, INTENTS, type EmulatorContext, type Route, type RouteResponse } from './context.js';
import { checkMessageBody } from './message-limits.js';
import { checkChannelAccess } from './routes-core.js';
import type { Json } from './types.js';

function messageIntent(ctx: EmulatorContext, channelId: string): number {
	return ctx.state.channels.get(channelId)?.type === 1 ? INTENTS.DirectMessages : INTENTS.GuildMessages;
}

/** Discord only echoes `nonce` in the create response and the gateway event, never when messages are fetched. */
function withoutNonce(message: Json): Json {
	const { nonce: _nonce, allowed_mentions: _allowed, ...rest } = message;
	return rest;
}

function createMessage(ctx: EmulatorContext, channelId: string, body: Json, attachments: number): RouteResponse {
	const denied = checkChannelAccess(ctx, channelId, true);
	if (denied) return denied;
	const channel = ctx.state.channels.get(channelId);
	const recipient = channel?.recipientId ? ctx.state.users.get(channel.recipientId) : undefined;
	if (recipient?.dmsClosed) return discordError(403, 50007, 'Cannot send messages to this user');
	const check = checkMessageBody(body, { attachments });
	if (!check.ok) return { status: check.status, body: check.body };
	const authorId = ctx.state.bot.id;
	const nonceKey = body.nonce !== undefined && body.nonce !== null ? `${channelId}:${authorId}:${String(body.nonce)}` : null;
	if (nonceKey && body.enforce_nonce === true) {
		const seen = ctx.state.nonces.get(nonceKey);
		const original = seen && Date.now() - seen.at < ctx.nonceWindowMs ? ctx.state.findMessage(channelId, seen.messageId) : undefined;
		// Discord answers a repeated nonce with the message it already created, not a second one.
		if (original) return { status: 200, body: original };
	}
	const message = ctx.state.createMessage(channelId, authorId, body);
	if (nonceKey) ctx.state.nonces.set(nonceKey, { messageId: String(message.id), at: Date.now() });
	ctx.gateway.dispatch('MESSAGE_CREATE', withoutNonce(message), messageIntent(ctx, channelId));
	return { status: 200, body: message };
}

type Lookup = { message: Json; error?: undefined } | { message?: undefined; error: RouteResponse };

function findMessage(ctx: EmulatorContext, channelId: string, messageId: string, write = false): Lookup {
	const denied = checkChannelAccess(ctx, channelId, write);
	if (denied) return { error: denied };
	const message = ctx.state.findMessage(channelId, messageId);
	return message ? { message } : { error: discordError(404, 10008, 'Unknown Message') };
}

export const messageRoutes: Route[] = [
	{
		method: 'POST',
		template: '/channels/:id/messages',
		auth: true,
		handle: (ctx, req) => createMessage(ctx, req.params.id ?? '', asJson(req.body), req.attachments),
	},
	{
		method: 'GET',
		template: '/channels/:id/messages',
		auth: true,
		handle: (ctx, req) => {
			const channelId = req.params.id ?? '';
			const denied = checkChannelAccess(ctx, channelId);
			if (denied) return denied;
			const limit = Math.min(Math.max(Number(req.query.limit ?? 50) || 50, 1), 100);
			// Discord lists newest first.
			let list = [...(ctx.state.messages.get(channelId) ?? [])].reverse();
			if (req.query.before) list = list.filter((m) => BigInt(String(m.id)) < BigInt(req.query.before ?? '0'));
			if (req.query.after) list = list.filter((m) => BigInt(String(m.id)) > BigInt(req.query.after ?? '0'));
			return { status: 200, body: list.slice(0, limit).map(withoutNonce) };
		},
	},
	{
		method: 'GET',
		template: '/channels/:id/messages/:message',
		auth: true,
		handle: (ctx, req) => {
			const { message, error } = findMessage(ctx, req.params.id ?? '', req.params.message ?? '');
			return error ?? { status: 200, body: withoutNonce(message) };
		},
	},
	{
		method: 'PATCH',
		template: '/channels/:id/messages/:message',
		auth: true,
		handle: (ctx, req) => {
			const channelId = req.params.id ?? '';
			const { message, error } = findMessage(ctx, channelId, req.params.message ?? '', true);
			if (error) return error;
			const body = asJson(req.body);
			const check = checkMessageBody(body, { partial: true });
			if (!check.ok) return { status: check.status, body: check.body };
			const edited = ctx.state.editMessage(message, body);
			ctx.gateway.dispatch('MESSAGE_UPDATE', withoutNonce(edited), messageIntent(ctx, channelId));
			return { status: 200, body: withoutNonce(edited) };
		},
	},
	{
		method: 'DELETE',
		template: '/channels/:id/messages/:message',
		auth: true,
		handle: (ctx, req) => {
			const channelId = req.params.id ?? '';
			const { message, error } = findMessage(ctx, channelId, req.params.message ?? '', true);
			if (error) return error;
			const list = ctx.state.messages.get(channelId) ?? [];
			list.splice(list.indexOf(message), 1);
			const channel = ctx.state.channels.get(channelId);
			ctx.gateway.dispatch('MESSAGE_DELETE', { id: message.id, channel_id: channelId, ...(channel?.guildId ? { guild_id: channel.guildId } : {}) }, messageIntent(ctx, channelId));
			return { status: 204 };
		},
	},
];
