/** Gateway discovery, the bot's identity, command registration, channels and DM channels. */
import { overwriteCommands, upsertCommand, type RegistryResult } from './command-registry.js';
import { asJson, discordError, type EmulatorContext, type Route, type RouteResponse } from './context.js';

const fromRegistry = (result: RegistryResult): RouteResponse => ({ status: result.status, body: result.body });

/** Channel access switches answer the way Discord does for a bot removed from a channel or a deleted channel. */
export function checkChannelAccess(ctx: EmulatorContext, channelId: string, write = false): RouteResponse | null {
	const channel = ctx.state.channels.get(channelId);
	if (!channel || channel.access === 'unknown-channel') return discordError(404, 10003, 'Unknown Channel');
	if (channel.access === 'missing-access') return discordError(403, 50001, 'Missing Access');
	// A bot that can see a channel but lost Send Messages or Embed Links can still read it.
	if (write && channel.access === 'missing-permissions') return discordError(403, 50013, 'Missing Permissions');
	return null;
}

function checkApplication(ctx: EmulatorContext, applicationId: string | undefined): RouteResponse | null {
	return applicationId === ctx.state.applicationId ? null : discordError(404, 10002, 'Unknown Application');
}

function checkGuild(ctx: EmulatorContext, guildId: string | undefined): RouteResponse | null {
	return guildId && ctx.state.guilds.has(guildId) ? null : discordError(404, 10004, 'Unknown Guild');
}

export const coreRoutes: Route[] = [
	{
		method: 'GET',
		template: '/gateway/bot',
		auth: true,
		handle: (ctx) => ({
			status: 200,
			body: {
				url: ctx.gatewayUrl(),
				shards: 1,
				session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
			},
		}),
	},
	{ method: 'GET', template: '/gateway', auth: false, handle: (ctx) => ({ status: 200, body: { url: ctx.gatewayUrl() } }) },
	{ method: 'GET', template: '/users/@me', auth: true, handle: (ctx) => ({ status: 200, body: ctx.state.userJson(ctx.state.bot.id) }) },
	{
		method: 'GET',
		template: '/users/:id',
		auth: true,
		handle: (ctx, req) =>
			ctx.state.users.has(req.params.id ?? '') ? { status: 200, body: ctx.state.userJson(req.params.id ?? '') } : discordError(404, 10013, 'Unknown User'),
	},
	{
		method: 'GET',
		template: '/applications/@me',
		auth: true,
		handle: (ctx) => ({
			status: 200,
			body: {
				id: ctx.state.applicationId,
				name: ctx.state.bot.username,
				icon: null,
				description: '',
				bot_public: true,
				bot_require_code_grant: false,
				verify_key: '0'.repeat(64),
				flags: 0,
				bot: ctx.state.userJson(ctx.state.bot.id),
				owner: ctx.state.userJson(ctx.state.bot.id),
				team: null,
			},
		}),
	},
	{
		method: 'GET',
		template: '/applications/:app/commands',
		auth: true,
		handle: (ctx, req) => checkApplication(ctx, req.params.app) ?? { status: 200, body: ctx.state.commands.get('') ?? [] },
	},
	{
		method: 'PUT',
		template: '/applications/:app/commands',
		auth: true,
		handle: (ctx, req) => checkApplication(ctx, req.params.app) ?? fromRegistry(overwriteCommands(ctx.state, '', req.body)),
	},
	{
		method: 'POST',
		template: '/applications/:app/commands',
		auth: true,
		handle: (ctx, req) => checkApplication(ctx, req.params.app) ?? fromRegistry(upsertCommand(ctx.state, '', req.body)),
	},
	{
		method: 'GET',
		template: '/applications/:app/guilds/:guild/commands',
		auth: true,
		handle: (ctx, req) =>
			checkApplication(ctx, req.params.app) ?? checkGuild(ctx, req.params.guild) ?? { status: 200, body: ctx.state.commands.get(req.params.guild ?? '') ?? [] },
	},
	{
		method: 'PUT',
		template: '/applications/:app/guilds/:guild/commands',
		auth: true,
		handle: (ctx, req) =>
			checkApplication(ctx, req.params.app) ?? checkGuild(ctx, req.params.guild) ?? fromRegistry(overwriteCommands(ctx.state, req.params.guild ?? '', req.body)),
	},
	{
		method: 'POST',
		template: '/applications/:app/guilds/:guild/commands',
		auth: true,
		handle: (ctx, req) =>
			checkApplication(ctx, req.params.app) ?? checkGuild(ctx, req.params.guild) ?? fromRegistry(upsertCommand(ctx.state, req.params.guild ?? '', req.body)),
	},
	{
		method: 'GET',
		template: '/channels/:id',
		auth: true,
		handle: (ctx, req) => checkChannelAccess(ctx, req.params.id ?? '') ?? { status: 200, body: ctx.state.channelJson(req.params.id ?? '') },
	},
	{
		method: 'GET',
		template: '/guilds/:guild',
		auth: true,
		handle: (ctx, req) => {
			const guild = ctx.state.guilds.get(req.params.guild ?? '');
			if (!guild) return discordError(404, 10004, 'Unknown Guild');
			const { channels: _c, members: _m, threads: _t, presences: _p, voice_states: _v, ...rest } = ctx.state.guildCreateJson(guild);
			return { status: 200, body: rest };
		},
	},
	{
		method: 'GET',
		template: '/guilds/:guild/channels',
		auth: true,
		handle: (ctx, req) => {
			const guild = ctx.state.guilds.get(req.params.guild ?? '');
			return guild ? { status: 200, body: guild.channelIds.map((id) => ctx.state.channelJson(id)) } : discordError(404, 10004, 'Unknown Guild');
		},
	},
	{
		method: 'GET',
		template: '/guilds/:guild/members/:user',
		auth: true,
		handle: (ctx, req) => {
			const guild = ctx.state.guilds.get(req.params.guild ?? '');
			if (!guild) return discordError(404, 10004, 'Unknown Guild');
			const userId = req.params.user === '@me' ? ctx.state.bot.id : (req.params.user ?? '');
			return guild.members.has(userId) ? { status: 200, body: ctx.state.memberJson(guild, userId) } : discordError(404, 10007, 'Unknown Member');
		},
	},
	{
		method: 'POST',
		template: '/channels/:id/typing',
		auth: true,
		handle: (ctx, req) => checkChannelAccess(ctx, req.params.id ?? '', true) ?? { status: 204 },
	},
	{
		method: 'POST',
		template: '/users/@me/channels',
		auth: true,
		handle: (ctx, req) => {
			const recipientId = asJson(req.body).recipient_id;
			if (typeof recipientId !== 'string' || !ctx.state.users.has(recipientId)) {
				return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: { recipient_id: { _errors: [{ code: 'USER_NOT_FOUND', message: 'Unknown user' }] } } } };
			}
			return { status: 200, body: ctx.state.channelJson(ctx.state.openDm(recipientId).id) };
		},
	},
];
