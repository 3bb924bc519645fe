/**
 * The discord.js client, configured once: Guilds intent only (slash commands need nothing else),
 * no mention parsed unless a message says otherwise, and listeners so that async errors are logged
 * instead of crashing the process.
 */
import {
	Client,
	Events,
	GatewayIntentBits,
	type BitFieldResolvable,
	type ClientOptions,
	type GatewayIntentsString,
	type WebSocketOptions,
} from 'discord.js';
import { AppError, describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

export interface DiscordClientOptions {
	token: string;
	/** REST base without the version (`http://127.0.0.1:PORT/api`); Discord's own when absent. */
	apiBase?: string;
	logger: Logger;
	intents?: BitFieldResolvable<GatewayIntentsString, number>;
	/** Tests pass a no-op throttler so that re-identifying does not wait 5 s. */
	buildIdentifyThrottler?: WebSocketOptions['buildIdentifyThrottler'];
	/** discord.js REST's own global pace; see DEFAULT_GLOBAL_REQUESTS_PER_SECOND. */
	globalRequestsPerSecond?: number;
}

/**
 * Discord allows 50 requests per second. discord.js counts its second from when it sends, Discord from when
 * requests arrive, so with jittery latency a client pacing at exactly 50 spills a few into Discord's previous
 * window and earns global 429s. A little headroom costs 10% throughput at full load and removes them.
 */
export const DEFAULT_GLOBAL_REQUESTS_PER_SECOND = 45;

export function createDiscordClient(options: DiscordClientOptions): Client {
	const clientOptions: ClientOptions = {
		intents: options.intents ?? [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [] },
		// Passing `api: undefined` would send every request to `undefined/v10/...`.
		rest: {
			globalRequestsPerSecond: options.globalRequestsPerSecond ?? DEFAULT_GLOBAL_REQUESTS_PER_SECOND,
			...(options.apiBase ? { api: options.apiBase } : {}),
		},
	};
	if (options.buildIdentifyThrottler) clientOptions.ws = { buildIdentifyThrottler: options.buildIdentifyThrottler };
	const client = new Client(clientOptions);
	client.token = options.token;
	client.rest.setToken(options.token);
	attachLogging(client, options.logger);
	return client;
}

function attachLogging(client: Client, logger: Logger): void {
	client.on(Events.Error, (error) => logger.error({ error: describeError(error) }, 'discord client error'));
	client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
	client.on(Events.ShardError, (error, shardId) => logger.error({ shardId, error: describeError(error) }, 'discord shard error'));
	client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'discord shard disconnected'));
	client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'discord shard resumed'));
	client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'discord ready'));
}

/** Logs in and resolves once READY arrived (and guilds are available), or rejects after `timeoutMs`. */
export async function loginDiscordClient(client: Client, timeoutMs = 30_000): Promise<Client<true>> {
	if (client.isReady()) return client;
	const token = client.token;
	if (!token) throw new AppError('the Discord client has no token');
	let timer: NodeJS.Timeout | undefined;
	const ready = new Promise<Client<true>>((resolve, reject) => {
		client.once(Events.ClientReady, resolve);
		timer = setTimeout(() => reject(new AppError(`Discord READY did not arrive within ${timeoutMs} ms`)), timeoutMs);
	});
	try {
		await client.login(token);
		return await ready;
	} catch (error) {
		throw new AppError('Discord login failed', { cause: error });
	} finally {
		clearTimeout(timer);
	}
}

/** Closes the gateway and cancels queued REST work; safe to call twice. */
export async function destroyDiscordClient(client: Client, logger?: Logger): Promise<void> {
	try {
		await client.destroy();
	} catch (error) {
		logger?.warn({ error: describeError(error) }, 'discord client did not close cleanly');
	}
}
