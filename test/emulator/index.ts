/**
 * # A local Discord for tests
 *
 * REST (API v10) and the gateway on one 127.0.0.1 port, enough for the real discord.js 14 client.
 *
 * ```ts
 * const emulator = await startDiscordEmulator({ rateLimits: DISCORD_RATE_LIMITS }); // limits are off by default
 * const guild = emulator.addGuild({ name: 'News', channels: [{ name: 'briefs' }], members: [{ id: '42', username: 'ada', permissions: '32' }] });
 * const client = await createEmulatorClient(emulator); // test/emulator/client.ts: logged in and ready
 * // or your own: new Client({ intents, rest: { api: emulator.apiBase } }).login(emulator.token)
 * await (client.channels.cache.get(guild.channels[0].id) as TextChannel).send({ embeds: [embed] });
 * emulator.messages(guild.channels[0].id); // [{ id, embeds, content, allowed_mentions, nonce, ... }]
 * const res = await emulator.interact({ guildId: guild.id, channelId, userId: '42', command: 'feed', options: [...] });
 * res.type; res.data; res.ephemeral; res.latencyMs; res.original(); res.followUps();
 * await emulator.close();
 * ```
 *
 * - Identity: `apiBase` (discord.js `rest.api`; never pass undefined), `token`, `applicationId`, `botUserId`.
 * - World: `addGuild({ id?, name?, channels?, members? })` → `{ id, channels: [{ id, name }], memberIds }`
 *   (dispatched live as GUILD_CREATE after login), `addChannel(guildId, { name })`, `addUser({ id?, username?, dmsClosed? })`,
 *   `removeGuild(id)` (GUILD_DELETE) and `deleteChannel(id)` (CHANNEL_DELETE): their channels answer 404/10003 after.
 * - Forums and webhooks: `addForum(guildId, { name, tags })` (type 15 with `available_tags`; a tag may be
 *   `{ name, moderated }`), `forumTags(forumId)`, `threads(parentId)` (posts made with POST /channels/{forum}/threads:
 *   thread channels with `owner_id`, `applied_tags`; the starter message has the thread's id; listed by
 *   GET /guilds/{id}/threads/active), `setBotPermissions(guildId, bits)` (POST /channels/{id}/webhooks needs
 *   MANAGE_WEBHOOKS, else 403/50013), `webhooks(channelId)` (with tokens), `deleteWebhook(id)` (executing it then
 *   answers 404/10015). Executed webhook messages carry `webhook_id`, the webhook as author under `username`, and
 *   `avatar_url`; a username containing "discord" or "clyde" is 400/50035. `reset()` drops threads and webhooks.
 * - Assertions: `messages(channelId)` (oldest first, with `nonce`/`allowed_mentions`; `mentions`, `mention_roles` and
 *   `mention_everyone` say who Discord would ping given the content and allowed_mentions; non-ephemeral interaction
 *   replies are included and carry `webhook_id`), `dms(userId)`, `commands(guildId?)`, `requests` (every REST call:
 *   method, decoded path, route template, query, body, status, time), `stats` (`rateLimited` per bucket key such as
 *   `POST /channels/:id/messages:<channelId>` or `global`, `identifies`, `resumes`, `connections`),
 *   `getInteraction(id)`, `waitFor(predicate, timeoutMs?)`.
 * - Interactions: `interact({ guildId, channelId, userId, command?, options?, type?: 'command'|'autocomplete'|'button',
 *   customId?, messageId?, locale?, memberPermissions? })` resolves with the first callback (type 4 reply, 5 deferred,
 *   6/7 component update, 8 autocomplete) or rejects with InteractionTimeoutError after 3 s; late callbacks get 10062.
 *   Edits to `@original` and follow-ups are recorded on `res.record`; `await res.settled()` gives the message the user
 *   ends up seeing (waits for the edit after a deferral). The member defaults to plain-member
 *   permissions (no ManageGuild); `memberPermissions: '32'` grants ManageGuild. Command permissions are not enforced,
 *   so run-time checks can be tested.
 * - Limits (400, code 50035 'Invalid Form Body' with Discord's error tree): content 2000, 10 embeds, title 256,
 *   description 4096, 25 fields, field name 256 / value 1024, footer 2048, author 256, 6000 across embeds, nonce 25;
 *   an empty message is 400/50006. `nonce` + `enforce_nonce: true` repeated in a channel within 5 min returns the
 *   first message. Command names/descriptions are validated like Discord (1-32 lowercase, 1-100).
 * - Faults: `failNext(matcher, { status: 500|502|503|'network', count? })`, `rateLimit(matcher, { count?, retryAfterMs?,
 *   global? })` (429 with the Retry-After header), `setRateLimits({...})`, `setChannelAccess(channelId,
 *   'missing-access'|'missing-permissions'|'unknown-channel'|'ok')` (403/50001, 403/50013 on writes, 404/10003), `setDmsClosed(userId)` (403/50007),
 *   `dropGateway()` (abnormal close: discord.js RESUMEs), `sendReconnect()` (op 7), `invalidateSession(resumable)` (op 9).
 *   A matcher is `'POST /channels/:id/messages'` (route template), `'POST /channels/123/messages'` (exact), a RegExp
 *   on `'METHOD /path'`, or a function.
 * - `reset()` clears messages, commands, interactions, the log, faults and rate-limit state between tests (guilds and
 *   gateway sessions stay); `close()` stops everything.
 */
import { DiscordEmulator } from './emulator.js';
import type { EmulatorOptions, RateLimitOptions } from './types.js';

export { DiscordEmulator, type AddedGuild } from './emulator.js';
export { InteractionTimeoutError } from './interactions.js';
export { LIMITS } from './message-limits.js';
export { DEFAULT_BOT_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS } from './state.js';
export type * from './types.js';

/** Discord's published limits: 5 messages per 5 s per channel, 50 requests per second overall. */
export const DISCORD_RATE_LIMITS: RateLimitOptions = {
	messagesPerChannel: { limit: 5, windowMs: 5_000 },
	global: { limit: 50, windowMs: 1_000 },
};

export async function startDiscordEmulator(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
	return new DiscordEmulator(options).listen();
}
