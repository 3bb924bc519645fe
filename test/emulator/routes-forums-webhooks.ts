/**
 * Forum posts and channel webhooks: POST /channels/{forum}/threads (a thread with its starter message),
 * GET /guilds/{guild}/threads/active, POST|GET /channels/{id}/webhooks, DELETE /webhooks/{id}[/{token}] and
 * POST /webhooks/{id}/{token} (execute; interaction follow-ups share the path and are handed on).
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 * @see https://discord.com/developers/docs/resources/webhook
 */
import { asJson, discordError, INTENTS, type EmulatorContext, type Route, type RouteRequest, type RouteResponse } from './context.js';
import { checkMessageBody } from './message-limits.js';
import { checkChannelAccess } from './routes-core.js';
import { interactionRoutes } from './routes-interactions.js';
import { createSnowflake } from './snowflake.js';
import type { WebhookState } from './state.js';
import type { Json } from './types.js';

/** MANAGE_WEBHOOKS. @see https://discord.com/developers/docs/topics/permissions */
export const MANAGE_WEBHOOKS = 1n << 29n;
const THREAD_TYPES = new Set([10, 11, 12]);

const invalidForm = (field: string, message: string): RouteResponse => ({
	status: 400,
	body: { code: 50035, message: 'Invalid Form Body', errors: { [field]: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message }] } } },
});

function withoutNonce(message: Json): Json {
	const { nonce: _nonce, allowed_mentions: _allowed, ...rest } = message;
	return rest;
}

function startForumThread(ctx: EmulatorContext, forumId: string, body: Json): RouteResponse {
	const denied = checkChannelAccess(ctx, forumId, true);
	if (denied) return denied;
	const forum = ctx.state.channels.get(forumId);
	if (forum?.type !== 15) return discordError(400, 50024, 'Cannot execute action on this channel type');
	const name = typeof body.name === 'string' ? body.name : '';
	if (name.length < 1 || name.length > 100) return invalidForm('name', 'Must be between 1 and 100 in length.');
	const message = asJson(body.message);
	const check = checkMessageBody(message);
	if (!check.ok) return { status: check.status, body: check.body };
	const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
	if (tags.length > 5) return invalidForm('applied_tags', 'Must be 5 or fewer in length.');
	if (tags.some((id) => !forum.availableTags?.some((t) => t.id === id))) return invalidForm('applied_tags', 'Unknown tag.');
	const thread = ctx.state.addChannel({ id: createSnowflake(), type: 11, name, guildId: forum.guildId });
	Object.assign(thread, { parentId: forumId, ownerId: ctx.state.bot.id, appliedTags: tags });
	// The starter message of a forum post has the thread's id.
	const starter = ctx.state.createMessage(thread.id, ctx.state.bot.id, message, { id: thread.id, channel_id: thread.id });
	thread.lastMessageId = thread.id;
	ctx.gateway.dispatch('THREAD_CREATE', { ...ctx.state.channelJson(thread.id), newly_created: true }, INTENTS.Guilds);
	ctx.gateway.dispatch('MESSAGE_CREATE', withoutNonce(starter), INTENTS.GuildMessages);
	return { status: 201, body: { ...ctx.state.channelJson(thread.id), message: withoutNonce(starter) } };
}

function botMayManageWebhooks(ctx: EmulatorContext, guildId: string | null): boolean {
	const member = guildId ? ctx.state.guilds.get(guildId)?.members.get(ctx.state.bot.id) : undefined;
	return member ? (BigInt(member.permissions) & MANAGE_WEBHOOKS) !== 0n : false;
}

function webhookJson(ctx: EmulatorContext, webhook: WebhookState, withToken: boolean): Json {
	return {
		id: webhook.id,
		type: 1,
		guild_id: webhook.guildId,
		channel_id: webhook.channelId,
		name: webhook.name,
		avatar: null,
		application_id: ctx.state.applicationId,
		user: ctx.state.userJson(ctx.state.bot.id),
		...(withToken ? { token: webhook.token } : {}),
	};
}

function createWebhook(ctx: EmulatorContext, channelId: string, body: Json): RouteResponse {
	const denied = checkChannelAccess(ctx, channelId);
	if (denied) return denied;
	const channel = ctx.state.channels.get(channelId);
	if (!channel?.guildId || THREAD_TYPES.has(channel.type)) return discordError(400, 50024, 'Cannot execute action on this channel type');
	if (!botMayManageWebhooks(ctx, channel.guildId)) return discordError(403, 50013, 'Missing Permissions');
	const name = typeof body.name === 'string' ? body.name : '';
	if (name.length < 1 || name.length > 80 || /clyde|discord/i.test(name)) return invalidForm('name', 'Webhook names cannot contain "clyde" or "discord".');
	const webhook: WebhookState = { id: createSnowflake(), token: `wh-${createSnowflake()}-${Math.random().toString(36).slice(2)}`, channelId, guildId: channel.guildId, name };
	ctx.state.webhooks.set(webhook.id, webhook);
	return { status: 200, body: webhookJson(ctx, webhook, true) };
}

function executeWebhook(ctx: EmulatorContext, webhook: WebhookState, req: RouteRequest): RouteResponse {
	const denied = checkChannelAccess(ctx, webhook.channelId);
	if (denied) return denied;
	const body = asJson(req.body);
	const check = checkMessageBody(body, { attachments: req.attachments });
	if (!check.ok) return { status: check.status, body: check.body };
	const username = typeof body.username === 'string' ? body.username : webhook.name;
	if (username.length < 1 || username.length > 80 || /clyde|discord/i.test(username)) return invalidForm('username', 'Invalid username.');
	const author = { ...ctx.state.userJson(webhook.id), username, bot: true, avatar: null };
	const extra = {
		author,
		webhook_id: webhook.id,
		...(typeof body.avatar_url === 'string' ? { avatar_url: body.avatar_url } : {}),
		...(typeof body.username === 'string' ? { username: body.username } : {}),
	};
	const inForum = ctx.state.channels.get(webhook.channelId)?.type === 15;
	if (inForum) return openPostAsWebhook(ctx, webhook, body, extra, req.query.wait === 'true');
	const message = ctx.state.createMessage(webhook.channelId, webhook.id, body, extra);
	ctx.gateway.dispatch('MESSAGE_CREATE', withoutNonce(message), INTENTS.GuildMessages);
	return req.query.wait === 'true' ? { status: 200, body: withoutNonce(message) } : { status: 204 };
}

/** A webhook of a forum opens a post: `thread_name` (and `applied_tags`) are required, the thread is the webhook's. */
function openPostAsWebhook(ctx: EmulatorContext, webhook: WebhookState, body: Json, extra: Json, wait: boolean): RouteResponse {
	const forum = ctx.state.channels.get(webhook.channelId);
	const name = typeof body.thread_name === 'string' ? body.thread_name : '';
	if (!forum || name.length < 1 || name.length > 100) return discordError(400, 220001, 'Webhooks posted to forum channels must have a thread_name or thread_id');
	const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
	if (tags.length > 5 || tags.some((id) => !forum.availableTags?.some((t) => t.id === id))) return invalidForm('applied_tags', 'Unknown tag.');
	const thread = ctx.state.addChannel({ id: createSnowflake(), type: 11, name, guildId: forum.guildId });
	Object.assign(thread, { parentId: forum.id, ownerId: webhook.id, appliedTags: tags, lastMessageId: thread.id });
	const { thread_name: _name, applied_tags: _tags, ...message } = body;
	const starter = ctx.state.createMessage(thread.id, webhook.id, message, { ...extra, id: thread.id, channel_id: thread.id });
	ctx.gateway.dispatch('THREAD_CREATE', { ...ctx.state.channelJson(thread.id), newly_created: true }, INTENTS.Guilds);
	ctx.gateway.dispatch('MESSAGE_CREATE', withoutNonce(starter), INTENTS.GuildMessages);
	return wait ? { status: 200, body: withoutNonce(starter) } : { status: 204 };
}

const followUp = interactionRoutes.find((r) => r.method === 'POST' && r.template === '/webhooks/:app/:token');

function deleteWebhook(ctx: EmulatorContext, id: string, token: string | null): RouteResponse {
	const webhook = ctx.state.webhooks.get(id);
	if (!webhook || (token !== null && webhook.token !== token)) return discordError(404, 10015, 'Unknown Webhook');
	ctx.state.webhooks.delete(id);
	ctx.state.deletedWebhooks.add(id);
	return { status: 204 };
}

export const forumWebhookRoutes: Route[] = [
	{ method: 'POST', template: '/channels/:id/threads', auth: true, handle: (ctx, req) => startForumThread(ctx, req.params.id ?? '', asJson(req.body)) },
	{
		method: 'GET',
		template: '/guilds/:guild/threads/active',
		auth: true,
		handle: (ctx, req) => {
			const guildId = req.params.guild ?? '';
			if (!ctx.state.guilds.has(guildId)) return discordError(404, 10004, 'Unknown Guild');
			const threads = [...ctx.state.channels.values()].filter((c) => c.guildId === guildId && c.parentId && THREAD_TYPES.has(c.type));
			return { status: 200, body: { threads: threads.map((c) => ctx.state.channelJson(c.id)), members: [] } };
		},
	},
	{ method: 'POST', template: '/channels/:id/webhooks', auth: true, handle: (ctx, req) => createWebhook(ctx, req.params.id ?? '', asJson(req.body)) },
	{
		method: 'GET',
		template: '/channels/:id/webhooks',
		auth: true,
		handle: (ctx, req) => {
			const channelId = req.params.id ?? '';
			const denied = checkChannelAccess(ctx, channelId);
			if (denied) return denied;
			if (!botMayManageWebhooks(ctx, ctx.state.channels.get(channelId)?.guildId ?? null)) return discordError(403, 50013, 'Missing Permissions');
			return { status: 200, body: [...ctx.state.webhooks.values()].filter((w) => w.channelId === channelId).map((w) => webhookJson(ctx, w, true)) };
		},
	},
	{ method: 'DELETE', template: '/webhooks/:app', auth: true, handle: (ctx, req) => deleteWebhook(ctx, req.params.app ?? '', null) },
	{ method: 'DELETE', template: '/webhooks/:app/:token', auth: false, handle: (ctx, req) => deleteWebhook(ctx, req.params.app ?? '', req.params.token ?? '') },
	{
		method: 'POST',
		template: '/webhooks/:app/:token',
		auth: false,
		handle: (ctx, req) => {
			const id = req.params.app ?? '';
			const webhook = ctx.state.webhooks.get(id);
			if (webhook) return webhook.token === req.params.token ? executeWebhook(ctx, webhook, req) : discordError(401, 50027, 'Invalid Webhook Token');
			if (ctx.state.deletedWebhooks.has(id)) return discordError(404, 10015, 'Unknown Webhook');
			return followUp ? followUp.handle(ctx, req) : discordError(404, 10015, 'Unknown Webhook');
		},
	},
];
