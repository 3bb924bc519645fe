/** Public shapes of the Discord emulator. Payloads are Discord's own JSON (snake_case), kept loose on purpose. */

export type Json = Record<string, unknown>;

/** A fixed window: at most `limit` requests per `windowMs`, as Discord's buckets behave. */
export interface BucketLimit {
	limit: number;
	windowMs: number;
}

export interface RateLimitOptions {
	/** POST /channels/{id}/messages, one bucket per channel (Discord: 5 per 5 s). */
	messagesPerChannel?: BucketLimit;
	/** Every other route, one bucket per route and major parameter. */
	perRoute?: BucketLimit;
	/** All requests of the bot together, interaction callbacks excepted (Discord: 50 per second). */
	global?: BucketLimit;
}

export interface EmulatorOptions {
	token?: string;
	applicationId?: string;
	botUserId?: string;
	botUsername?: string;
	/** Sent in HELLO; discord.js waits a random fraction of it before its first heartbeat. */
	heartbeatIntervalMs?: number;
	/** Off by default: no bucket limits, no headers. */
	rateLimits?: RateLimitOptions;
	/** How long a message nonce is remembered for `enforce_nonce` (Discord: a few minutes). */
	nonceWindowMs?: number;
	/** Discord drops an interaction that gets no callback within 3 s. */
	interactionTimeoutMs?: number;
}

export interface ChannelSpec {
	id?: string;
	name: string;
	/** Discord channel type; 0 (text) by default. */
	type?: number;
}

export interface MemberSpec {
	id: string;
	username?: string;
	/** Permission bit field as a decimal string or bigint. */
	permissions?: string | bigint;
}

export interface GuildSpec {
	id?: string;
	name?: string;
	channels?: ChannelSpec[];
	members?: MemberSpec[];
	locale?: string;
}

export interface UserSpec {
	id?: string;
	username?: string;
	/** Sending to this user's DM channel answers 50007, as when a user closes DMs from server members. */
	dmsClosed?: boolean;
}

/** One REST request as the emulator received it. */
export interface RequestRecord {
	method: string;
	/** Decoded path without `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
	path: string;
	/** The route template, e.g. `/channels/:id/messages`, or null when no route matched. */
	route: string | null;
	query: Record<string, string>;
	body: unknown;
	status: number;
	/** Epoch milliseconds when the request arrived. */
	time: number;
}

/** `'POST /channels/:id/messages'` (template), `'POST /channels/123/messages'` (exact), a RegExp on `METHOD /path`, or a function. */
export type RouteMatcher = string | RegExp | ((request: { method: string; path: string; route: string | null }) => boolean);

export interface FaultOptions {
	/**
	 * 500, 502 or 503 (any status works). Or a broken connection: `'network'` resets it (ECONNRESET: discord.js
	 * retries it itself), `'hangup'` closes it without an answer (discord.js throws), `'timeout'` never answers
	 * (discord.js aborts after its `rest.timeout` and retries).
	 */
	status: number | 'network' | 'hangup' | 'timeout';
	/** How many matching requests fail; 1 by default. */
	count?: number;
}

export interface ForcedRateLimitOptions {
	count?: number;
	retryAfterMs?: number;
	global?: boolean;
}

/** `missing-access`: 403/50001 everywhere; `missing-permissions`: 403/50013 on writes only; `unknown-channel`: 404/10003. */
export type ChannelAccess = 'ok' | 'missing-access' | 'missing-permissions' | 'unknown-channel';

export type InteractionKind = 'command' | 'autocomplete' | 'button';

export interface InteractOptions {
	guildId: string;
	channelId: string;
	userId: string;
	/** Command name (for `command` and `autocomplete`). */
	command?: string;
	/** Options as Discord sends them: `[{ name, type, value, focused? }]` (type 3 string, 4 integer, 5 boolean, 7 channel, 1 subcommand with nested options). */
	options?: Json[];
	type?: InteractionKind;
	/** For buttons. */
	customId?: string;
	/** For buttons: the message holding the button; a stub message is made when absent. */
	messageId?: string;
	locale?: string;
	/** Overrides the member's permissions for this interaction. */
	memberPermissions?: string | bigint;
}

export interface InteractionRecord {
	id: string;
	token: string;
	kind: InteractionKind;
	payload: Json;
	dispatchedAt: number;
	/** Milliseconds from dispatch to the first callback; null until it arrives. */
	latencyMs: number | null;
	/** Every callback body received, the first one being the response. */
	callbacks: Json[];
	/** The original response message (`@original`), after a type 4/5 callback or an edit. */
	original: Json | null;
	followUps: Json[];
	/** Every PATCH to `@original`, in order. */
	edits: Json[];
}

export interface InteractionResponse {
	id: string;
	/** Interaction callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
	type: number;
	data: Json | null;
	ephemeral: boolean;
	latencyMs: number;
	/** The current `@original` message (after later edits too). */
	original(): Json | null;
	followUps(): Json[];
	/**
	 * The message the user ends up seeing: for a deferred reply (5) or update (6), `@original` after its first edit
	 * (waits up to `timeoutMs`); for an update (7) the component's message; for a reply (4) `@original`; else null.
	 */
	settled(timeoutMs?: number): Promise<Json | null>;
	record: InteractionRecord;
}

export interface EmulatorStats {
	/** 429s sent, per bucket key (`POST /channels/:id/messages:<channelId>`, `global`, `forced:<path>`). */
	rateLimited: Record<string, number>;
	identifies: number;
	resumes: number;
	heartbeats: number;
	connections: number;
}
