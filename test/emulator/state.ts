/** The emulator's world: users, guilds, channels, messages and commands, and the Discord JSON built from them. */
import { resolveMentions } from './mentions.js';
import { createSnowflake } from './snowflake.js';
import type { ChannelAccess, GuildSpec, InteractionRecord, Json, UserSpec } from './types.js';

/** ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, UseApplicationCommands: a plain member. */
export const DEFAULT_MEMBER_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n)).toString();
/** What a bot invited with the usual scopes holds: the plain member set plus ManageMessages. */
export const DEFAULT_BOT_PERMISSIONS = (BigInt(DEFAULT_MEMBER_PERMISSIONS) | (1n << 13n)).toString();

export interface UserState {
	id: string;
	username: string;
	bot: boolean;
	dmsClosed: boolean;
}

export interface ChannelState {
	id: string;
	type: number;
	name: string | null;
	guildId: string | null;
	/** For DM channels. */
	recipientId: string | null;
	position: number;
	access: ChannelAccess;
	lastMessageId: string | null;
	/** Forums (type 15): the tags posts may carry. */
	availableTags?: Array<{ id: string; name: string; moderated: boolean }>;
	/** Threads: the channel they were created in, who created them, their tags. */
	parentId?: string;
	ownerId?: string;
	appliedTags?: string[];
}

/** A webhook created with POST /channels/{id}/webhooks. */
export interface WebhookState {
	id: string;
	token: string;
	channelId: string;
	guildId: string;
	name: string;
}

export interface MemberState {
	userId: string;
	permissions: string;
	joinedAt: string;
}

export interface GuildState {
	id: string;
	name: string;
	locale: string;
	ownerId: string;
	channelIds: string[];
	members: Map<string, MemberState>;
	joinedAt: string;
	/** Roles besides @everyone, whose id is the guild's (as on Discord). */
	roles?: Map<string, { id: string; name: string }>;
}

export interface NonceEntry {
	messageId: string;
	at: number;
}

export class EmulatorState {
	readonly users = new Map<string, UserState>();
	readonly guilds = new Map<string, GuildState>();
	readonly channels = new Map<string, ChannelState>();
	/** Per channel, in creation order. */
	readonly messages = new Map<string, Json[]>();
	/** Key: `${channelId}:${authorId}:${nonce}`. */
	readonly nonces = new Map<string, NonceEntry>();
	/** Key: guild id, or '' for global commands. */
	readonly commands = new Map<string, Json[]>();
	readonly interactions = new Map<string, InteractionRecord>();
	readonly interactionsByToken = new Map<string, InteractionRecord>();
	/** Uploaded and attached files by attachment id. */
	readonly files = new Map<string, { id: string; filename: string; contentType: string; data: Buffer }>();
	readonly webhooks = new Map<string, WebhookState>();
	/** Ids of deleted webhooks: executing them answers 404/10015 Unknown Webhook. */
	readonly deletedWebhooks = new Set<string>();

	constructor(
		readonly applicationId: string,
		readonly bot: UserState,
	) {
		this.users.set(bot.id, bot);
	}

	addUser(spec: UserSpec): UserState {
		const id = spec.id ?? createSnowflake();
		const existing = this.users.get(id);
		const user: UserState = {
			id,
			username: spec.username ?? existing?.username ?? `user${id.slice(-4)}`,
			bot: false,
			dmsClosed: spec.dmsClosed ?? existing?.dmsClosed ?? false,
		};
		this.users.set(id, user);
		return user;
	}

	addGuild(spec: GuildSpec): GuildState {
		const id = spec.id ?? createSnowflake();
		const now = new Date().toISOString();
		const guild: GuildState = {
			id,
			name: spec.name ?? `guild ${id.slice(-4)}`,
			locale: spec.locale ?? 'en-US',
			ownerId: spec.members?.[0]?.id ?? this.bot.id,
			channelIds: [],
			members: new Map(),
			joinedAt: now,
		};
		guild.members.set(this.bot.id, { userId: this.bot.id, permissions: DEFAULT_BOT_PERMISSIONS, joinedAt: now });
		for (const member of spec.members ?? []) {
			this.addUser({ id: member.id, ...(member.username ? { username: member.username } : {}) });
			const permissions = member.permissions?.toString() ?? DEFAULT_MEMBER_PERMISSIONS;
			guild.members.set(member.id, { userId: member.id, permissions, joinedAt: now });
		}
		const channels = spec.channels ?? [{ name: 'general' }];
		channels.forEach((c, position) => {
			const channel = this.addChannel({ id: c.id ?? createSnowflake(), type: c.type ?? 0, name: c.name, guildId: id, position });
			guild.channelIds.push(channel.id);
		});
		this.guilds.set(id, guild);
		return guild;
	}

	addChannel(fields: { id: string; type: number; name: string | null; guildId: string | null; position?: number; recipientId?: string }): ChannelState {
		const channel: ChannelState = {
			id: fields.id,
			type: fields.type,
			name: fields.name,
			guildId: fields.guildId,
			recipientId: fields.recipientId ?? null,
			position: fields.position ?? 0,
			access: 'ok',
			lastMessageId: null,
		};
		this.channels.set(channel.id, channel);
		return channel;
	}

	addFile(filename: string, data: Buffer, contentType: string): { id: string; filename: string; contentType: string; data: Buffer } {
		const file = { id: createSnowflake(), filename, contentType, data };
		this.files.set(file.id, file);
		return file;
	}

	/** An attachment object as Discord returns it; `url` points at the emulator. */
	attachmentJson(id: string, url: string): Json {
		const file = this.files.get(id);
		return { id, filename: file?.filename ?? 'file', size: file?.data.length ?? 0, content_type: file?.contentType ?? 'application/octet-stream', url, proxy_url: url };
	}

	/** A guild role object; @everyone is the role whose id is the guild's. */
	roleJson(role: { id: string; name: string }, position: number): Json {
		return { id: role.id, name: role.name, permissions: '0', position, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 };
	}

	/** Discord returns the same DM channel for a user every time. */
	openDm(userId: string): ChannelState {
		for (const channel of this.channels.values()) if (channel.type === 1 && channel.recipientId === userId) return channel;
		return this.addChannel({ id: createSnowflake(), type: 1, name: null, guildId: null, recipientId: userId });
	}

	userJson(id: string): Json {
		const user = this.users.get(id) ?? { id, username: `user${id.slice(-4)}`, bot: false, dmsClosed: false };
		return {
			id: user.id,
			username: user.username,
			discriminator: '0',
			global_name: user.bot ? null : user.username,
			avatar: null,
			bot: user.bot,
			system: false,
			public_flags: 0,
			flags: 0,
		};
	}

	channelJson(id: string): Json {
		const channel = this.channels.get(id);
		if (!channel) return { id, type: 0 };
		if (channel.type === 1) {
			return {
				id: channel.id,
				type: 1,
				last_message_id: channel.lastMessageId,
				recipients: channel.recipientId ? [this.userJson(channel.recipientId)] : [],
				flags: 0,
			};
		}
		return {
			id: channel.id,
			type: channel.type,
			guild_id: channel.guildId,
			name: channel.name,
			position: channel.position,
			permission_overwrites: [],
			topic: null,
			nsfw: false,
			last_message_id: channel.lastMessageId,
			rate_limit_per_user: 0,
			parent_id: channel.parentId ?? null,
			flags: 0,
			...(channel.type === 15 ? { available_tags: (channel.availableTags ?? []).map((t) => ({ ...t, emoji_id: null, emoji_name: null })), default_reaction_emoji: null, default_sort_order: null, default_forum_layout: 0 } : {}),
			...(channel.parentId ? threadFields(channel) : {}),
		};
	}

	memberJson(guild: GuildState, userId: string, permissions?: string): Json {
		const member = guild.members.get(userId);
		return {
			user: this.userJson(userId),
			nick: null,
			avatar: null,
			roles: [],
			joined_at: member?.joinedAt ?? guild.joinedAt,
			premium_since: null,
			deaf: false,
			mute: false,
			flags: 0,
			pending: false,
			...(permissions !== undefined ? { permissions } : {}),
		};
	}

	/** GUILD_CREATE's payload: discord.js keeps the guild unavailable without an explicit `unavailable: false`. */
	guildCreateJson(guild: GuildState): Json {
		return {
			id: guild.id,
			name: guild.name,
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: guild.ownerId,
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 0,
			default_message_notifications: 0,
			explicit_content_filter: 0,
			roles: [
				{ id: guild.id, name: '@everyone', permissions: DEFAULT_MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
				...[...(guild.roles?.values() ?? [])].map((role, i) => this.roleJson(role, i + 1)),
			],
			emojis: [],
			stickers: [],
			features: [],
			mfa_level: 0,
			application_id: null,
			system_channel_id: null,
			system_channel_flags: 0,
			rules_channel_id: null,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: 0,
			preferred_locale: guild.locale,
			public_updates_channel_id: null,
			nsfw_level: 0,
			premium_progress_bar_enabled: false,
			joined_at: guild.joinedAt,
			large: false,
			unavailable: false,
			member_count: guild.members.size,
			members: [this.memberJson(guild, this.bot.id)],
			channels: guild.channelIds.map((id) => this.channelJson(id)),
			threads: [],
			presences: [],
			voice_states: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
		};
	}

	/** Builds a message's Discord JSON and, unless `persist` is false (ephemeral replies), stores it in its channel. */
	createMessage(channelId: string, authorId: string, body: Json, extra: Json = {}, persist = true): Json {
		const id = createSnowflake();
		const channel = this.channels.get(channelId);
		const content = typeof body.content === 'string' ? body.content : '';
		const mentions = resolveMentions(content, body.allowed_mentions);
		const message: Json = {
			id,
			type: 0,
			channel_id: channelId,
			...(channel?.guildId ? { guild_id: channel.guildId } : {}),
			author: this.userJson(authorId),
			content,
			timestamp: new Date().toISOString(),
			edited_timestamp: null,
			tts: body.tts === true,
			mention_everyone: mentions.everyone,
			mentions: mentions.userIds.map((id) => this.userJson(id)),
			mention_roles: mentions.roleIds,
			// Only attachment objects the REST layer built from uploaded files have a url.
			attachments: Array.isArray(body.attachments) ? body.attachments.filter((a) => typeof (a as Json)?.url === 'string') : [],
			embeds: Array.isArray(body.embeds) ? body.embeds : [],
			components: Array.isArray(body.components) ? body.components : [],
			pinned: false,
			flags: typeof body.flags === 'number' ? body.flags : 0,
			allowed_mentions: body.allowed_mentions ?? null,
			...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
			...extra,
		};
		if (!persist) return message;
		if (channel) channel.lastMessageId = id;
		const list = this.messages.get(channelId) ?? [];
		list.push(message);
		this.messages.set(channelId, list);
		return message;
	}

	findMessage(channelId: string, messageId: string): Json | undefined {
		return this.messages.get(channelId)?.find((m) => m.id === messageId);
	}

	/** Applies a PATCH body to a stored message, as Discord does: only the fields sent change. */
	editMessage(message: Json, body: Json): Json {
		const cleared: Json = { content: '', embeds: [], components: [], flags: 0, allowed_mentions: null };
		for (const key of Object.keys(cleared)) {
			if (body[key] !== undefined) message[key] = body[key] ?? cleared[key];
		}
		if (Array.isArray(body.attachments)) message.attachments = body.attachments.filter((a) => typeof (a as Json)?.url === 'string');
		const mentions = resolveMentions(String(message.content ?? ''), message.allowed_mentions);
		message.mentions = mentions.userIds.map((id) => this.userJson(id));
		message.mention_roles = mentions.roleIds;
		message.mention_everyone = mentions.everyone;
		message.edited_timestamp = new Date().toISOString();
		return message;
	}

	reset(): void {
		this.messages.clear();
		this.webhooks.clear();
		this.deletedWebhooks.clear();
		// Threads are made by requests (forum posts): they go with the messages.
		for (const channel of [...this.channels.values()]) if (channel.parentId) this.channels.delete(channel.id);
		this.nonces.clear();
		this.commands.clear();
		this.interactions.clear();
		this.interactionsByToken.clear();
		for (const channel of this.channels.values()) {
			channel.access = 'ok';
			channel.lastMessageId = null;
		}
		for (const user of this.users.values()) user.dmsClosed = false;
	}
}

/** What a thread adds to a channel object. @see https://discord.com/developers/docs/resources/channel#thread-metadata-object */
function threadFields(channel: ChannelState): Json {
	return {
		owner_id: channel.ownerId ?? null,
		applied_tags: channel.appliedTags ?? [],
		message_count: 0,
		member_count: 1,
		total_message_sent: 0,
		thread_metadata: { archived: false, auto_archive_duration: 4_320, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
	};
}
