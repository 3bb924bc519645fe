/**
 * /feed filter | pause | resume | rename | move | interval: the guild's settings of one feed. Each answer is
 * ephemeral and mentions nobody; the settings are written through the store, which enforces the guild's caps.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../../commands/index.js';
import { parseFilter, type FilterParseError } from '../../filters/parse-filter.js';
import { LimitError, UserError } from '../../shared/errors.js';
import type { TargetPatch } from '../../store/types.js';
import { toSafeMarkdown } from '../discord-text.js';
import { filterPreviewEmbed, PREVIEW_ITEMS } from './filter-preview.js';
import { findGuildFeed, guildFeedTitle, guildSettings, inlineCode } from './guild-feed.js';
import { t, type FeedLocale, type FeedStringKey } from './strings.js';
import { targetKindOf } from './target-kind.js';
import { removeWebhook } from './webhook-target.js';

const NO_MENTIONS = { parse: [] as [] };
const MINUTE = 60_000;
export const MAX_FEED_NAME = 100;

export type Handler = (interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale, guildId: string) => Promise<void>;

export async function pickFeed(interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale, guildId: string) {
	return findGuildFeed(ctx.feeds, guildId, interaction.options.getString('feed', true), locale);
}

export async function reply(interaction: ChatInputCommandInteraction, content: string, embeds: object[] = []): Promise<void> {
	const payload = { content, embeds, allowedMentions: NO_MENTIONS };
	if (interaction.deferred || interaction.replied) await interaction.editReply(payload);
	else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

/** Writes the patch; a cap reached becomes the user's message, never a stack trace. */
export async function patchFeed(ctx: CommandContext, locale: FeedLocale, guildId: string, feedId: number, patch: TargetPatch): Promise<void> {
	try {
		await ctx.feeds.updateGuildFeed({ guildId, feedId, patch, ...(ctx.feedLimits ? { limits: { maxFilters: ctx.feedLimits.maxFilters } } : {}) });
	} catch (error) {
		if (error instanceof LimitError) throw new UserError(`limit-${error.limit}`, t(locale, error.limit === 'feeds' ? 'limitFeeds' : 'limitFilters', { max: error.max }), {}, { cause: error });
		throw error;
	}
}

/** A localised parse error that points at the character. */
export function filterErrorMessage(locale: FeedLocale, expression: string, error: FilterParseError): string {
	const problem = t(locale, `filterError_${error.code}` as FeedStringKey, { detail: toSafeMarkdown(error.detail ?? '', 40) });
	return t(locale, 'filterError', { position: error.position, problem, expression: inlineCode(expression, 200) });
}

export const setFilter: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	const expression = interaction.options.getString('expression');
	if (interaction.options.getBoolean('clear')) {
		await patchFeed(ctx, locale, guildId, feed.id, { filter: null });
		return reply(interaction, t(locale, 'filterCleared', { title }));
	}
	const text = expression ?? guildSettings(feed)?.filter ?? null;
	if (text === null) return reply(interaction, t(locale, 'filterNone', { title }));
	const parsed = parseFilter(text);
	if (!parsed.ok) throw new UserError('feed-filter-invalid', filterErrorMessage(locale, text, parsed.error), { code: parsed.error.code });
	if (expression !== null) await patchFeed(ctx, locale, guildId, feed.id, { filter: parsed.filter.source });
	const recent = await ctx.feeds.recentFeedBriefs(feed.id, PREVIEW_ITEMS);
	const embed = filterPreviewEmbed(parsed.filter, recent.map((r) => r.brief), locale);
	const content = t(locale, expression !== null ? 'filterSet' : 'filterCurrent', { title, expression: inlineCode(parsed.filter.source) });
	ctx.logger.info({ guildId, feedId: feed.id, changed: expression !== null }, 'feed filter');
	return reply(interaction, content, [embed]);
};

export const pauseFeed: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	if (guildSettings(feed)?.pausedAt) return reply(interaction, t(locale, 'alreadyPaused', { title }));
	await patchFeed(ctx, locale, guildId, feed.id, { pausedAt: ctx.now() });
	return reply(interaction, t(locale, 'paused', { title }));
};

export const resumeFeed: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	if (!guildSettings(feed)?.pausedAt) return reply(interaction, t(locale, 'notPaused', { title }));
	await patchFeed(ctx, locale, guildId, feed.id, { pausedAt: null });
	return reply(interaction, t(locale, 'resumed', { title }));
};

export const renameFeed: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const name = interaction.options.getString('name', true).replace(/\s+/g, ' ').trim();
	if (name.length === 0 || name.length > MAX_FEED_NAME) throw new UserError('feed-name-invalid', t(locale, 'nameInvalid'));
	await patchFeed(ctx, locale, guildId, feed.id, { label: name });
	return reply(interaction, t(locale, 'renamed', { title: toSafeMarkdown(name, 200) }));
};

export const moveFeed: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const channel = interaction.options.getChannel('channel', true);
	const channelId = channel.id;
	const kind = targetKindOf(channel.type);
	const hadWebhook = (await ctx.feeds.targetRoutes(guildId)).some((r) => r.webhook === 'active' && feed.targets.some((x) => x.id === r.targetId));
	// The old channel's webhook is deleted in Discord first: the move forgets it (a webhook posts in its own channel only).
	if (hadWebhook) for (const target of feed.targets) await removeWebhook(interaction, ctx, guildId, target);
	await ctx.feeds.moveGuildFeed({ guildId, feedId: feed.id, channelId });
	await ctx.feeds.setTargetKind({ guildId, feedId: feed.id, kind });
	ctx.logger.info({ guildId, feedId: feed.id, channelId, kind }, 'feed moved');
	const moved = t(locale, 'moved', { title: toSafeMarkdown(guildFeedTitle(feed), 200), channel: `<#${channelId}>` });
	return reply(interaction, hadWebhook ? `${moved}\n${t(locale, 'movedWebhookOff')}` : moved);
};

export const setFeedInterval: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	const minutes = interaction.options.getInteger('minutes', true);
	if (minutes === 0) {
		await patchFeed(ctx, locale, guildId, feed.id, { intervalMs: null });
		return reply(interaction, t(locale, 'intervalReset', { title }));
	}
	const floor = Math.ceil((ctx.feedLimits?.minIntervalMs ?? MINUTE) / MINUTE);
	if (minutes < floor) throw new UserError('feed-interval-too-short', t(locale, 'intervalTooShort', { minutes: floor }));
	await patchFeed(ctx, locale, guildId, feed.id, { intervalMs: minutes * MINUTE });
	return reply(interaction, t(locale, 'intervalSet', { title, minutes }));
};
