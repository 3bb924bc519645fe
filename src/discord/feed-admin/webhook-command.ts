/**
 * /feed webhook feed:<feed> enabled:<bool>: the bot creates a webhook in each channel the guild follows the feed in,
 * and posts the feed through it under the source's name and icon (as MonitoRSS does); the icon is the one the feed
 * names, read when the webhook is turned on. Needs Manage Webhooks; without it the
 * answer says so. The token goes from Discord's answer into the store and nowhere else: not the log, not the reply.
 * @see https://discord.com/developers/docs/resources/webhook#create-webhook
 */
import { DiscordAPIError, MessageFlags, Routes, type APIWebhook, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../../commands/index.js';
import { UserError } from '../../shared/errors.js';
import { toSafeMarkdown } from '../discord-text.js';
import { webhookUsername } from '../webhook-post.js';
import { guildFeedTitle } from './guild-feed.js';
import { removeWebhook } from './webhook-target.js';
import { pickFeed, reply, type Handler } from './manage-feed.js';
import { t, type FeedLocale } from './strings.js';

/** The webhook's own name, shown when a source's name cannot be used as a username. */
const WEBHOOK_NAME = 'Briefbot';
const MISSING_PERMISSIONS = 50013;

export const setWebhook: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	const enabled = interaction.options.getBoolean('enabled', true);
	const routes = new Map((await ctx.feeds.targetRoutes(guildId)).map((r) => [r.targetId, r]));
	const channels = feed.targets.map((target) => `<#${target.channelId}>`).join(' ');
	if (!enabled) {
		const active = feed.targets.filter((target) => routes.get(target.id)?.webhook === 'active');
		if (active.length === 0) return reply(interaction, t(locale, 'webhookNone', { title }));
		for (const target of active) await removeWebhook(interaction, ctx, guildId, target);
		ctx.logger.info({ guildId, feedId: feed.id, targets: active.length }, 'feed webhook removed');
		return reply(interaction, t(locale, 'webhookOff', { title, channel: channels }));
	}
	// A webhook posts in the channel it belongs to, or opens posts in its forum; a thread's would belong to its parent.
	const notChannel = feed.targets.find((target) => routes.get(target.id)?.kind === 'thread');
	if (notChannel) throw new UserError('feed-webhook-kind', t(locale, 'webhookNotChannel', { title, channel: `<#${notChannel.channelId}>` }));
	const missing = feed.targets.filter((target) => routes.get(target.id)?.webhook !== 'active');
	if (missing.length === 0) return reply(interaction, t(locale, 'webhookAlreadyOn', { title, channel: channels }));
	// Reading the feed for its icon may take longer than Discord's 3 s.
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const avatarUrl = await feedIcon(ctx, feed.finalUrl ?? feed.url);
	for (const target of missing) {
		const created = await createWebhook(interaction, locale, target.channelId, guildFeedTitle(feed, 80));
		await ctx.feeds.setWebhook({ guildId, targetId: target.id, webhook: { id: created.id, token: created.token, avatarUrl } });
		ctx.logger.info({ guildId, feedId: feed.id, targetId: target.id, webhookId: created.id }, 'feed webhook created');
	}
	return reply(interaction, t(locale, 'webhookOn', { title, channel: channels }));
};

/** The feed's own icon, read from the feed now; none when it names none or cannot be read (the avatar is optional). */
async function feedIcon(ctx: CommandContext, url: string): Promise<string | null> {
	try {
		const check = await ctx.services.checkFeed(url);
		return check.status === 'ok' ? (check.iconUrl ?? null) : null;
	} catch {
		return null;
	}
}

async function createWebhook(
	interaction: ChatInputCommandInteraction,
	locale: FeedLocale,
	channelId: string,
	name: string,
): Promise<{ id: string; token: string }> {
	const body = { name: webhookUsername(name) ?? WEBHOOK_NAME };
	try {
		const webhook = (await interaction.client.rest.post(Routes.channelWebhooks(channelId), { body })) as APIWebhook;
		if (!webhook.token) throw new UserError('feed-webhook-no-token', t(locale, 'webhookNoPermission', { channel: `<#${channelId}>` }));
		return { id: webhook.id, token: webhook.token };
	} catch (error) {
		if (error instanceof DiscordAPIError && Number(error.code) === MISSING_PERMISSIONS) {
			throw new UserError('feed-webhook-permission', t(locale, 'webhookNoPermission', { channel: `<#${channelId}>` }), { channelId }, { cause: error });
		}
		throw error;
	}
}
