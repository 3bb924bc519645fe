/** The emulator object tests hold: one HTTP server for REST and the gateway upgrade, and the world they share. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../src/shared/errors.js';
import { INTENTS, type EmulatorContext } from './context.js';
import { GatewayServer } from './gateway.js';
import { buildInteraction, waitForResponse } from './interactions.js';
import { RateLimiter } from './rate-limiter.js';
import { RestServer } from './rest-server.js';
import { coreRoutes } from './routes-core.js';
import { forumWebhookRoutes } from './routes-forums-webhooks.js';
import { interactionRoutes } from './routes-interactions.js';
import { messageRoutes } from './routes-messages.js';
import { createSnowflake } from './snowflake.js';
import { EmulatorState } from './state.js';
import type {
	ChannelAccess,
	EmulatorOptions,
	EmulatorStats,
	FaultOptions,
	ForcedRateLimitOptions,
	GuildSpec,
	InteractionRecord,
	InteractionResponse,
	InteractOptions,
	Json,
	RateLimitOptions,
	RequestRecord,
	RouteMatcher,
	UserSpec,
} from './types.js';

export interface AddedGuild {
	id: string;
	channels: Array<{ id: string; name: string }>;
	memberIds: string[];
}

export class DiscordEmulator {
	readonly token: string;
	readonly applicationId: string;
	readonly botUserId: string;
	readonly stats: EmulatorStats = { rateLimited: {}, identifies: 0, resumes: 0, heartbeats: 0, connections: 0 };
	private readonly state: EmulatorState;
	private readonly server: Server;
	private readonly gateway: GatewayServer;
	private readonly rest: RestServer;
	private readonly limiter: RateLimiter;
	private readonly waiters = new Map<string, () => void>();
	private readonly interactionTimeoutMs: number;
	private readonly ctx: EmulatorContext;
	private port = 0;

	constructor(options: EmulatorOptions = {}) {
		this.token = options.token ?? 'emulator-bot-token';
		this.applicationId = options.applicationId ?? createSnowflake();
		this.botUserId = options.botUserId ?? this.applicationId;
		this.interactionTimeoutMs = options.interactionTimeoutMs ?? 3_000;
		this.state = new EmulatorState(this.applicationId, { id: this.botUserId, username: options.botUsername ?? 'briefbot', bot: true, dmsClosed: false });
		this.gateway = new GatewayServer({
			state: this.state,
			token: this.token,
			heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
			resumeUrl: () => `${this.wsBase}/resume`,
			stats: this.stats,
		});
		const ctx: EmulatorContext = (this.ctx = {
			state: this.state,
			token: this.token,
			gatewayUrl: () => `${this.wsBase}/gateway`,
			fileUrl: (id, filename) => `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`,
			gateway: this.gateway,
			nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
			interactionTimeoutMs: this.interactionTimeoutMs,
			onInteractionResponse: (id) => this.waiters.get(id)?.(),
		});
		this.limiter = new RateLimiter(options.rateLimits ?? {}, this.stats.rateLimited);
		this.rest = new RestServer(ctx, [...coreRoutes, ...messageRoutes, ...forumWebhookRoutes, ...interactionRoutes], this.limiter);
		this.server = createServer((req, res) => void this.rest.handle(req, res));
		this.server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
	}

	async listen(): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	/** Pass as discord.js `rest: { api: apiBase }`; discord.js appends `/v10` itself. */
	get apiBase(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	get wsBase(): string {
		return `ws://127.0.0.1:${this.port}`;
	}

	/** Every REST request received, in arrival order. */
	get requests(): readonly RequestRecord[] {
		return this.rest.requests;
	}

	/** Guilds added before IDENTIFY arrive in GUILD_CREATE at login; later ones are dispatched live. */
	addGuild(spec: GuildSpec = {}): AddedGuild {
		const guild = this.state.addGuild(spec);
		this.gateway.dispatch('GUILD_CREATE', this.state.guildCreateJson(guild), INTENTS.Guilds);
		return {
			id: guild.id,
			channels: guild.channelIds.map((id) => ({ id, name: this.state.channels.get(id)?.name ?? '' })),
			memberIds: [...guild.members.keys()].filter((id) => id !== this.botUserId),
		};
	}

	addChannel(guildId: string, spec: { id?: string; name: string; type?: number }): string {
		const guild = this.state.guilds.get(guildId);
		if (!guild) throw new AppError(`emulator: unknown guild ${guildId}`);
		const channel = this.state.addChannel({ id: spec.id ?? createSnowflake(), type: spec.type ?? 0, name: spec.name, guildId, position: guild.channelIds.length });
		guild.channelIds.push(channel.id);
		this.gateway.dispatch('CHANNEL_CREATE', this.state.channelJson(channel.id), INTENTS.Guilds);
		return channel.id;
	}

	/** A forum channel (type 15) with these tags; dispatched as CHANNEL_CREATE. */
	addForum(guildId: string, spec: { id?: string; name: string; tags?: Array<string | { name: string; moderated: boolean }> }): string {
		const id = this.addChannel(guildId, { ...(spec.id ? { id: spec.id } : {}), name: spec.name, type: 15 });
		const channel = this.state.channels.get(id);
		if (channel) {
			channel.availableTags = (spec.tags ?? []).map((t) => ({ id: createSnowflake(), ...(typeof t === 'string' ? { name: t, moderated: false } : t) }));
		}
		this.gateway.dispatch('CHANNEL_UPDATE', this.state.channelJson(id), INTENTS.Guilds);
		return id;
	}

	/** The forum's tags as Discord returns them (`id`, `name`, `moderated`). */
	forumTags(forumId: string): Array<{ id: string; name: string; moderated: boolean }> {
		return [...(this.state.channels.get(forumId)?.availableTags ?? [])];
	}

	/** The threads created in a channel (a forum's posts), oldest first, as channel objects with `applied_tags`. */
	threads(parentId: string): Json[] {
		return [...this.state.channels.values()].filter((c) => c.parentId === parentId).map((c) => this.state.channelJson(c.id));
	}

	/** The bot's permission bit field in the guild (e.g. to grant MANAGE_WEBHOOKS, 1 << 29). */
	setBotPermissions(guildId: string, permissions: string | bigint): void {
		const member = this.state.guilds.get(guildId)?.members.get(this.botUserId);
		if (!member) throw new AppError(`emulator: the bot is not in guild ${guildId}`);
		member.permissions = permissions.toString();
	}

	/** Webhooks of a channel (with their tokens, as their creator sees them). */
	webhooks(channelId: string): Array<{ id: string; token: string; name: string }> {
		return [...this.state.webhooks.values()].filter((w) => w.channelId === channelId).map(({ id, token, name }) => ({ id, token, name }));
	}

	/** A server admin deletes the webhook in Discord: executing it answers 404/10015 from now on. */
	deleteWebhook(webhookId: string): void {
		if (!this.state.webhooks.delete(webhookId)) throw new AppError(`emulator: unknown webhook ${webhookId}`);
		this.state.deletedWebhooks.add(webhookId);
	}

	/** A file a user attaches to a command option (type 11); its id goes in the option's value. */
	addAttachment(filename: string, content: string | Buffer, contentType = 'application/octet-stream'): string {
		return this.state.addFile(filename, Buffer.from(content), contentType).id;
	}

	/** The bytes of a file the bot uploaded (or a user attached), by attachment id. */
	fileContent(id: string): Buffer | null {
		return this.state.files.get(id)?.data ?? null;
	}

	/** A role of the guild, named as given (a role may well be named "everyone"); dispatched as GUILD_ROLE_CREATE. */
	addRole(guildId: string, name: string): string {
		const guild = this.state.guilds.get(guildId);
		if (!guild) throw new AppError(`emulator: unknown guild ${guildId}`);
		const role = { id: createSnowflake(), name };
		guild.roles ??= new Map();
		guild.roles.set(role.id, role);
		this.gateway.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: this.state.roleJson(role, guild.roles.size) }, INTENTS.Guilds);
		return role.id;
	}

	addUser(spec: UserSpec = {}): string {
		return this.state.addUser(spec).id;
	}

	/** `'missing-access'` (403/50001) and `'unknown-channel'` (404/10003) on every route of the channel; `'missing-permissions'` (403/50013) on sends and edits. */
	setChannelAccess(channelId: string, access: ChannelAccess): void {
		const channel = this.state.channels.get(channelId);
		if (!channel) throw new AppError(`emulator: unknown channel ${channelId}`);
		channel.access = access;
	}

	/** The bot is removed from the guild: GUILD_DELETE is dispatched and its channels answer 10003 from now on. */
	removeGuild(guildId: string): void {
		const guild = this.state.guilds.get(guildId);
		if (!guild) throw new AppError(`emulator: unknown guild ${guildId}`);
		for (const id of guild.channelIds) this.state.channels.delete(id);
		this.state.guilds.delete(guildId);
		this.gateway.dispatch('GUILD_DELETE', { id: guildId }, INTENTS.Guilds);
	}

	/** The channel is deleted: CHANNEL_DELETE is dispatched and it answers 10003 from now on. */
	deleteChannel(channelId: string): void {
		const channel = this.state.channels.get(channelId);
		if (!channel) throw new AppError(`emulator: unknown channel ${channelId}`);
		const payload = this.state.channelJson(channelId);
		this.state.channels.delete(channelId);
		const guild = channel.guildId ? this.state.guilds.get(channel.guildId) : undefined;
		if (guild) guild.channelIds = guild.channelIds.filter((id) => id !== channelId);
		this.gateway.dispatch('CHANNEL_DELETE', payload, INTENTS.Guilds);
	}

	/** A user whose DMs are closed: messages to their DM channel answer 403/50007. */
	setDmsClosed(userId: string, closed = true): void {
		this.state.addUser({ id: userId, dmsClosed: closed });
	}

	/** Messages in a channel, oldest first, as Discord stored them (with `nonce` and `allowed_mentions`). */
	messages(channelId: string): Json[] {
		return [...(this.state.messages.get(channelId) ?? [])];
	}

	/** Messages sent to a user's DM channel. */
	dms(userId: string): Json[] {
		for (const channel of this.state.channels.values()) {
			if (channel.type === 1 && channel.recipientId === userId) return this.messages(channel.id);
		}
		return [];
	}

	/** Registered commands: global without a guild id, else that guild's. */
	commands(guildId?: string): Json[] {
		return [...(this.state.commands.get(guildId ?? '') ?? [])];
	}

	/** Sends INTERACTION_CREATE and resolves with the first callback; rejects if none comes within 3 s. */
	async interact(options: InteractOptions): Promise<InteractionResponse> {
		const record = buildInteraction(this.ctx, options);
		const response = waitForResponse(record, this.interactionTimeoutMs, this.waiters);
		record.dispatchedAt = Date.now();
		this.gateway.dispatch('INTERACTION_CREATE', record.payload, 0);
		return response;
	}

	getInteraction(id: string): InteractionRecord | undefined {
		return this.state.interactions.get(id);
	}

	/** The next `count` requests matching `matcher` fail with `status` (or a dropped socket). */
	failNext(matcher: RouteMatcher, options: FaultOptions): void {
		this.rest.failNext(matcher, options);
	}

	/** Forces 429s (with `Retry-After`) on the next `count` matching requests. */
	rateLimit(matcher: RouteMatcher, options: ForcedRateLimitOptions = {}): void {
		this.limiter.force(matcher, options);
	}

	/** Replaces the bucket configuration (e.g. to turn Discord-like limits on mid-test). */
	setRateLimits(options: RateLimitOptions): void {
		this.limiter.configure(options);
	}

	dropGateway(): void {
		this.gateway.drop();
	}

	sendReconnect(): void {
		this.gateway.sendReconnect();
	}

	invalidateSession(resumable: boolean): void {
		this.gateway.invalidateSession(resumable);
	}

	/** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
	async waitFor(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!predicate()) {
			if (Date.now() > deadline) throw new AppError(`emulator: timed out after ${timeoutMs} ms waiting for ${what}`);
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	}

	/**
	 * Clears messages, commands, interactions, the request log, faults, rate-limit state, `stats.rateLimited` and the
	 * access/DM switches; keeps guilds, users, gateway sessions and the gateway counters.
	 */
	reset(): void {
		this.state.reset();
		this.rest.reset();
		this.limiter.reset();
	}

	async close(): Promise<void> {
		this.rest.reset();
		await this.gateway.close();
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
