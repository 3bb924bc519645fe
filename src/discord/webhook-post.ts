/**
 * Webhook targets: the bot created a webhook in the channel, and posts through it under the source's name and icon.
 * The token is part of the URL: it never goes into a log line, an error reason or a reply. Webhook messages carry no
 * nonce, so a row that may have been posted before is looked for in the channel's history (by the webhook's id).
 * @see https://discord.com/developers/docs/resources/webhook#execute-webhook
 */
import { DiscordAPIError, Routes, type APIMessage, type Client } from 'discord.js';
import type { TargetWebhook } from '../store/types.js';
import { collapseWhitespace } from './discord-text.js';
import type { BriefMessagePayload } from './render-brief.js';

/** Discord's limit on a webhook message's username. */
const USERNAME_MAX = 80;
/** Unknown Webhook, Invalid Webhook Token: the webhook was deleted (or regenerated) in Discord. */
const WEBHOOK_GONE_CODES = new Set([10015, 50027]);

/**
 * The source's name as a webhook username, or null (the webhook's own name) when Discord would refuse it: usernames
 * may not contain "discord" or "clyde" nor be "everyone"/"here", and @ # : and ``` are removed.
 * @see https://discord.com/developers/docs/resources/user#usernames-and-nicknames
 */
export function webhookUsername(name: string | null): string | null {
	if (!name) return null;
	const cleaned = collapseWhitespace(name.replace(/```|[@#:]/g, ' '));
	const cut = [...cleaned].slice(0, USERNAME_MAX).join('').trim();
	if (!cut || /discord|clyde/i.test(cut) || /^(everyone|here)$/i.test(cut)) return null;
	return cut;
}

export function isWebhookGone(error: unknown): boolean {
	if (!(error instanceof DiscordAPIError)) return false;
	return WEBHOOK_GONE_CODES.has(typeof error.code === 'number' ? error.code : Number(error.code));
}

export async function postThroughWebhook(
	client: Client,
	webhook: TargetWebhook,
	payload: BriefMessagePayload,
	sourceName: string | null,
	/** In a forum, the webhook opens a post: its thread name and tags. */
	forumPost: { name: string; tags: string[] } | null = null,
): Promise<APIMessage> {
	const username = webhookUsername(sourceName);
	const body = {
		...payload,
		...(forumPost ? { thread_name: forumPost.name, applied_tags: forumPost.tags } : {}),
		// Explicit on webhook posts too: a feed's text must never ping anyone but the feed's own pings.
		allowed_mentions: payload.allowed_mentions,
		...(username ? { username } : {}),
		...(webhook.avatarUrl ? { avatar_url: webhook.avatarUrl } : {}),
	};
	// `wait` makes Discord answer with the message (its id goes into the outbox row); no bot token is needed.
	const query = new URLSearchParams({ wait: 'true' });
	return (await client.rest.post(Routes.webhook(webhook.id, webhook.token), { body, query, auth: false })) as APIMessage;
}
