/**
 * Interaction callbacks and the interaction webhook (`@original`, follow-ups).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
import { asJson, discordError, INTENTS, type EmulatorContext, type Route, type RouteRequest, type RouteResponse } from './context.js';
import { EPHEMERAL_FLAG } from './interactions.js';
import { checkMessageBody } from './message-limits.js';
import type { InteractionRecord, Json } from './types.js';

const LOADING_FLAG = 128;
/** Interaction tokens stay valid for follow-ups for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

function interactionMessage(ctx: EmulatorContext, record: InteractionRecord, body: Json, followUp: boolean): Json {
	const ephemeral = (Number(body.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
	const channelId = String(record.payload.channel_id);
	const member = asJson(record.payload.member);
	const extra: Json = {
		type: followUp || record.kind !== 'command' ? 0 : 20,
		webhook_id: ctx.state.applicationId,
		application_id: ctx.state.applicationId,
		interaction_metadata: { id: record.id, type: record.payload.type, user: member.user, authorizing_integration_owners: record.payload.authorizing_integration_owners },
	};
	// Ephemeral replies are seen only by the user, so they never join the channel's history.
	const message = ctx.state.createMessage(channelId, ctx.state.bot.id, body, extra, !ephemeral);
	if (!ephemeral) ctx.gateway.dispatch('MESSAGE_CREATE', message, INTENTS.GuildMessages);
	return message;
}

function checkChoices(data: Json): RouteResponse | null {
	const choices = Array.isArray(data.choices) ? data.choices : [];
	if (choices.length <= 25) return null;
	return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } } } } };
}

/** Applies one callback to the record; returns an error response when Discord would refuse it. */
function applyCallback(ctx: EmulatorContext, record: InteractionRecord, body: Json): RouteResponse | null {
	const type = Number(body.type);
	const data = asJson(body.data);
	if (type === 4 || type === 7) {
		const check = checkMessageBody(data, { partial: type === 7 });
		if (!check.ok) return { status: check.status, body: check.body };
	}
	if (type === 8) {
		if (record.kind !== 'autocomplete') return discordError(400, 50035, 'Invalid Form Body');
		const invalid = checkChoices(data);
		if (invalid) return invalid;
	} else if (record.kind === 'autocomplete') return discordError(400, 50035, 'Invalid Form Body');
	if (type === 4) record.original = interactionMessage(ctx, record, data, false);
	if (type === 5) record.original = interactionMessage(ctx, record, { content: '', flags: (Number(data.flags ?? 0) & EPHEMERAL_FLAG) | LOADING_FLAG }, false);
	if (type === 7) {
		const source = asJson(record.payload.message);
		const stored = ctx.state.findMessage(String(record.payload.channel_id), String(source.id));
		ctx.state.editMessage(stored ?? source, data);
	}
	return null;
}

function callbackResponse(record: InteractionRecord, type: number, withResponse: boolean): RouteResponse {
	if (!withResponse) return { status: 204 };
	const message = record.original;
	return {
		status: 200,
		body: {
			interaction: {
				id: record.id,
				type: record.payload.type,
				activity_instance_id: null,
				response_message_id: message?.id ?? null,
				response_message_loading: type === 5,
				response_message_ephemeral: ((Number(message?.flags ?? 0) & EPHEMERAL_FLAG) !== 0),
			},
			resource: { type, ...(message && (type === 4 || type === 5) ? { message } : {}) },
		},
	};
}

function handleCallback(ctx: EmulatorContext, req: RouteRequest): RouteResponse {
	const record = ctx.state.interactions.get(req.params.id ?? '');
	if (!record || record.token !== req.params.token) return discordError(404, 10062, 'Unknown interaction');
	if (Date.now() - record.dispatchedAt > ctx.interactionTimeoutMs) return discordError(404, 10062, 'Unknown interaction');
	if (record.callbacks.length > 0) return discordError(400, 40060, 'Interaction has already been acknowledged.');
	const body = asJson(req.body);
	const refused = applyCallback(ctx, record, body);
	if (refused) return refused;
	record.callbacks.push(body);
	record.latencyMs = Date.now() - record.dispatchedAt;
	ctx.onInteractionResponse(record.id);
	return callbackResponse(record, Number(body.type), req.query.with_response === 'true');
}

function findByToken(ctx: EmulatorContext, req: RouteRequest): InteractionRecord | RouteResponse {
	const record = ctx.state.interactionsByToken.get(req.params.token ?? '');
	if (!record || req.params.app !== ctx.state.applicationId || Date.now() - record.dispatchedAt > TOKEN_LIFETIME_MS) {
		return discordError(404, 10015, 'Unknown Webhook');
	}
	return record;
}

const isRecord = (value: InteractionRecord | RouteResponse): value is InteractionRecord => 'token' in value;

function findWebhookMessage(record: InteractionRecord, messageId: string): Json | undefined {
	if (messageId === '@original') return record.original ?? undefined;
	return record.followUps.find((m) => m.id === messageId);
}

function editWebhookMessage(ctx: EmulatorContext, req: RouteRequest): RouteResponse {
	const record = findByToken(ctx, req);
	if (!isRecord(record)) return record;
	const body = asJson(req.body);
	const check = checkMessageBody(body, { partial: true });
	if (!check.ok) return { status: check.status, body: check.body };
	let message = findWebhookMessage(record, req.params.message ?? '');
	// A component interaction's @original is the message the component sits on.
	if (!message && req.params.message === '@original' && record.kind === 'button') message = asJson(record.payload.message);
	if (!message) return discordError(404, 10008, 'Unknown Message');
	ctx.state.editMessage(message, body);
	// Editing the deferred reply ends its "thinking…" state.
	message.flags = Number(message.flags ?? 0) & ~LOADING_FLAG;
	if (req.params.message === '@original') {
		record.original = message;
		record.edits.push(body);
	}
	return { status: 200, body: message };
}

export const interactionRoutes: Route[] = [
	{ method: 'POST', template: '/interactions/:id/:token/callback', auth: false, handle: handleCallback },
	{
		method: 'POST',
		template: '/webhooks/:app/:token',
		auth: false,
		handle: (ctx, req) => {
			const record = findByToken(ctx, req);
			if (!isRecord(record)) return record;
			if (record.callbacks.length === 0) return discordError(404, 10015, 'Unknown Webhook');
			const body = asJson(req.body);
			const check = checkMessageBody(body, { attachments: req.attachments });
			if (!check.ok) return { status: check.status, body: check.body };
			const message = interactionMessage(ctx, record, body, true);
			record.followUps.push(message);
			return req.query.wait === 'false' ? { status: 204 } : { status: 200, body: message };
		},
	},
	{ method: 'PATCH', template: '/webhooks/:app/:token/messages/:message', auth: false, handle: editWebhookMessage },
	{
		method: 'GET',
		template: '/webhooks/:app/:token/messages/:message',
		auth: false,
		handle: (ctx, req) => {
			const record = findByToken(ctx, req);
			if (!isRecord(record)) return record;
			const message = findWebhookMessage(record, req.params.message ?? '');
			return message ? { status: 200, body: message } : discordError(404, 10008, 'Unknown Message');
		},
	},
	{
		method: 'DELETE',
		template: '/webhooks/:app/:token/messages/:message',
		auth: false,
		handle: (ctx, req) => {
			const record = findByToken(ctx, req);
			if (!isRecord(record)) return record;
			const message = findWebhookMessage(record, req.params.message ?? '');
			if (!message) return discordError(404, 10008, 'Unknown Message');
			const list = ctx.state.messages.get(String(message.channel_id)) ?? [];
			if (list.includes(message)) list.splice(list.indexOf(message), 1);
			if (req.params.message === '@original') record.original = null;
			else record.followUps.splice(record.followUps.indexOf(message), 1);
			return { status: 204 };
		},
	},
];
