/**
 * Interactions: the INTERACTION_CREATE payload a user's action produces, and the pending responses `interact()`
 * waits for. discord.js silently drops an interaction without `entitlements` and `authorizing_integration_owners`.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { AppError } from '../../src/shared/errors.js';
import type { EmulatorContext } from './context.js';
import { createSnowflake, createToken } from './snowflake.js';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS } from './state.js';
import type { InteractionKind, InteractionRecord, InteractionResponse, InteractOptions, Json } from './types.js';

export const EPHEMERAL_FLAG = 64;
const INTERACTION_TYPES: Record<InteractionKind, number> = { command: 2, button: 3, autocomplete: 4 };

/** Raised when the bot never answers an interaction within Discord's 3 s. */
export class InteractionTimeoutError extends AppError {
	override name = 'InteractionTimeoutError';
}

/** Discord resolves user, channel and role options into `data.resolved`; discord.js reads them from there. */
function buildResolved(ctx: EmulatorContext, guildId: string, options: Json[]): Json | undefined {
	const users: Json = {};
	const members: Json = {};
	const channels: Json = {};
	const roles: Json = {};
	const attachments: Json = {};
	const visit = (list: Json[]) => {
		for (const option of list) {
			if (Array.isArray(option.options)) visit(option.options as Json[]);
			const value = String(option.value ?? '');
			if (option.type === 6 || option.type === 9) {
				users[value] = ctx.state.userJson(value);
				const guild = ctx.state.guilds.get(guildId);
				if (guild?.members.has(value)) {
					const { user: _user, ...member } = ctx.state.memberJson(guild, value, guild.members.get(value)?.permissions);
					members[value] = member;
				}
			}
			if (option.type === 8 || option.type === 9) {
				const guild = ctx.state.guilds.get(guildId);
				const role = value === guildId ? { id: guildId, name: '@everyone' } : guild?.roles?.get(value);
				if (role) roles[value] = ctx.state.roleJson(role, 0);
			}
			if (option.type === 11 && ctx.state.files.has(value)) {
				attachments[value] = ctx.state.attachmentJson(value, ctx.fileUrl(value, ctx.state.files.get(value)?.filename ?? 'file'));
			}
			if (option.type === 7) {
				const channel = ctx.state.channelJson(value);
				channels[value] = { id: value, name: channel.name ?? null, type: channel.type ?? 0, permissions: DEFAULT_BOT_PERMISSIONS };
			}
		}
	};
	visit(options);
	const resolved: Json = {};
	if (Object.keys(users).length) resolved.users = users;
	if (Object.keys(members).length) resolved.members = members;
	if (Object.keys(channels).length) resolved.channels = channels;
	if (Object.keys(roles).length) resolved.roles = roles;
	if (Object.keys(attachments).length) resolved.attachments = attachments;
	return Object.keys(resolved).length ? resolved : undefined;
}

function findCommandId(ctx: EmulatorContext, guildId: string, name: string): string {
	const registered = [...(ctx.state.commands.get(guildId) ?? []), ...(ctx.state.commands.get('') ?? [])];
	return String(registered.find((c) => c.name === name)?.id ?? createSnowflake());
}

function buildData(ctx: EmulatorContext, options: InteractOptions, kind: InteractionKind): Json {
	if (kind === 'button') return { custom_id: options.customId ?? '', component_type: 2 };
	const name = options.command ?? '';
	const list = options.options ?? [];
	const isGuildCommand = (ctx.state.commands.get(options.guildId) ?? []).some((c) => c.name === name);
	const resolved = buildResolved(ctx, options.guildId, list);
	return {
		id: findCommandId(ctx, options.guildId, name),
		name,
		type: 1,
		options: list,
		...(isGuildCommand ? { guild_id: options.guildId } : {}),
		...(resolved ? { resolved } : {}),
	};
}

/** The message a button sits on: the one named, or a stub holding that button. */
function buildSourceMessage(ctx: EmulatorContext, options: InteractOptions): Json {
	const found = options.messageId ? ctx.state.findMessage(options.channelId, options.messageId) : undefined;
	if (found) return found;
	const button = { type: 2, style: 1, label: 'button', custom_id: options.customId ?? '' };
	return ctx.state.createMessage(options.channelId, ctx.state.bot.id, { components: [{ type: 1, components: [button] }] }, {}, false);
}

export function buildInteraction(ctx: EmulatorContext, options: InteractOptions): InteractionRecord {
	const kind = options.type ?? 'command';
	const guild = ctx.state.guilds.get(options.guildId);
	if (!guild) throw new AppError(`emulator: unknown guild ${options.guildId}`);
	if (!ctx.state.channels.has(options.channelId)) throw new AppError(`emulator: unknown channel ${options.channelId}`);
	if (!guild.members.has(options.userId)) guild.members.set(options.userId, { userId: options.userId, permissions: DEFAULT_MEMBER_PERMISSIONS, joinedAt: guild.joinedAt });
	ctx.state.addUser({ id: options.userId });
	const permissions = options.memberPermissions?.toString() ?? guild.members.get(options.userId)?.permissions ?? DEFAULT_MEMBER_PERMISSIONS;
	const id = createSnowflake();
	const token = createToken(`aW50ZXJhY3Rpb24${id}`);
	const payload: Json = {
		id,
		application_id: ctx.state.applicationId,
		type: INTERACTION_TYPES[kind],
		data: buildData(ctx, options, kind),
		guild_id: guild.id,
		guild: { id: guild.id, locale: guild.locale, features: [] },
		channel_id: options.channelId,
		channel: ctx.state.channelJson(options.channelId),
		member: ctx.state.memberJson(guild, options.userId, permissions),
		token,
		version: 1,
		app_permissions: DEFAULT_BOT_PERMISSIONS,
		locale: options.locale ?? 'en-US',
		guild_locale: guild.locale,
		entitlements: [],
		authorizing_integration_owners: { '0': guild.id },
		context: 0,
		attachment_size_limit: 26_214_400,
		...(kind === 'button' ? { message: buildSourceMessage(ctx, options) } : {}),
	};
	const record: InteractionRecord = { id, token, kind, payload, dispatchedAt: Date.now(), latencyMs: null, callbacks: [], original: null, followUps: [], edits: [] };
	ctx.state.interactions.set(id, record);
	ctx.state.interactionsByToken.set(token, record);
	return record;
}

/** Deferred responses (5, 6) settle with their first edit; the others are final at once. */
async function settle(record: InteractionRecord, timeoutMs: number): Promise<Json | null> {
	const type = Number(record.callbacks[0]?.type);
	const deadline = Date.now() + timeoutMs;
	while ((type === 5 || type === 6) && record.edits.length === 0) {
		if (Date.now() > deadline) throw new InteractionTimeoutError(`interaction ${record.id}: deferred response not edited within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	if (type === 7) return (record.payload.message as Json | undefined) ?? null;
	return record.original;
}

export function toResponse(record: InteractionRecord): InteractionResponse {
	const first = record.callbacks[0] ?? {};
	const data = (first.data as Json | undefined) ?? null;
	return {
		id: record.id,
		type: Number(first.type),
		data,
		ephemeral: (Number(data?.flags ?? 0) & EPHEMERAL_FLAG) !== 0,
		latencyMs: record.latencyMs ?? 0,
		original: () => record.original,
		followUps: () => record.followUps,
		settled: (timeoutMs = 5_000) => settle(record, timeoutMs),
		record,
	};
}

/** Waits for the first callback of `record`, rejecting after `timeoutMs` as Discord would drop it. */
export function waitForResponse(record: InteractionRecord, timeoutMs: number, waiters: Map<string, () => void>): Promise<InteractionResponse> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			waiters.delete(record.id);
			reject(new InteractionTimeoutError(`interaction ${record.id} (${record.kind}) got no response within ${timeoutMs} ms`));
		}, timeoutMs);
		waiters.set(record.id, () => {
			clearTimeout(timer);
			waiters.delete(record.id);
			resolve(toResponse(record));
		});
	});
}
