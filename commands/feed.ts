/**
 * /feed add | remove | list | preview, and per-feed administration (filter, pause, resume, rename, move, interval,
 * format, ping, why, import, export):
 * the server admins' feed management.
 * Hidden from members without Manage Server (default_member_permissions) and re-checked here,
 * because server admins can override who sees a command.
 */
import {
	ApplicationCommandOptionType,
	InteractionContextType,
	MessageFlags,
	PermissionFlagsBits,
	type AutocompleteInteraction,
	type ChatInputCommandInteraction,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { UserError } from '../src/shared/errors.js';
import { renderBrief } from '../src/discord/render-brief.js';
import { feedLabel, formatFeedList } from '../src/discord/feed-admin/format-feed-list.js';
import { parseBackfill, parseFeedUrl } from '../src/discord/feed-admin/parse-feed-options.js';
import { t, type FeedLocale, type FeedStringKey } from '../src/discord/feed-admin/strings.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf } from '../src/discord/i18n/locale.js';
import { failureText } from '../src/shared/failure-codes.js';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { ADMIN_SUBCOMMANDS, TARGET_CHANNEL_TYPES } from '../src/discord/feed-admin/admin-subcommands.js';
import { setFormat, setPing } from '../src/discord/feed-admin/format-and-pings.js';
import { explainWhy } from '../src/discord/feed-admin/why.js';
import { exportOpml, importOpml } from '../src/discord/feed-admin/opml-commands.js';
import { moveFeed, pauseFeed, renameFeed, resumeFeed, setFeedInterval, setFilter } from '../src/discord/feed-admin/manage-feed.js';
import { LimitError } from '../src/shared/errors.js';
import { targetKindOf } from '../src/discord/feed-admin/target-kind.js';
import { setWebhook } from '../src/discord/feed-admin/webhook-command.js';
import { removeWebhook } from '../src/discord/feed-admin/webhook-target.js';
import type { Command, CommandContext } from './index.js';

const AUTOCOMPLETE_LIMIT = 25;
const NO_MENTIONS = { parse: [] as [] };

const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
	name: 'feed',
	...described('feed'),
	default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
	contexts: [InteractionContextType.Guild],
	dm_permission: false,
	options: [
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'add',
			...described('feed.add'),
			options: [
				{ type: ApplicationCommandOptionType.String, name: 'url', ...described('feed.add.url'), required: true },
				{ type: ApplicationCommandOptionType.Channel, name: 'channel', ...described('feed.add.channel'), channel_types: TARGET_CHANNEL_TYPES },
				{ type: ApplicationCommandOptionType.Integer, name: 'backfill', ...described('feed.add.backfill'), min_value: 0, max_value: 10 },
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'remove',
			...described('feed.remove'),
			options: [{ type: ApplicationCommandOptionType.String, name: 'feed', ...described('feed.remove.feed'), required: true, autocomplete: true }],
		},
		{ type: ApplicationCommandOptionType.Subcommand, name: 'list', ...described('feed.list') },
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'preview',
			...described('feed.preview'),
			options: [{ type: ApplicationCommandOptionType.String, name: 'url', ...described('feed.preview.url'), required: true }],
		},
		...ADMIN_SUBCOMMANDS,
	],
};

const ADMIN_HANDLERS = { filter: setFilter, pause: pauseFeed, resume: resumeFeed, rename: renameFeed, move: moveFeed, interval: setFeedInterval, format: setFormat, ping: setPing, why: explainWhy, import: importOpml, export: exportOpml, webhook: setWebhook };

async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
	const locale = localeOf(interaction);
	const guildId = requireAdmin(interaction, locale);
	const sub = interaction.options.getSubcommand(true);
	if (sub === 'add') return addFeed(interaction, ctx, locale, guildId);
	if (sub === 'remove') return removeFeed(interaction, ctx, locale, guildId);
	if (sub === 'list') return listFeeds(interaction, ctx, locale, guildId);
	if (sub === 'preview') return previewFeed(interaction, ctx, locale);
	if (sub in ADMIN_HANDLERS) return ADMIN_HANDLERS[sub as keyof typeof ADMIN_HANDLERS](interaction, ctx, locale, guildId);
	throw new UserError('feed-unknown-subcommand', t(locale, 'feedUnknown', { value: sub }));
}

async function addFeed(interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale, guildId: string): Promise<void> {
	const url = unwrap(parseFeedUrl(interaction.options.getString('url')), locale);
	const backfill = unwrap(parseBackfill(interaction.options.getInteger('backfill')), locale);
	const picked = interaction.options.getChannel('channel');
	const channelId = picked?.id ?? interaction.channelId;
	const kind = targetKindOf(picked ? picked.type : interaction.channel?.type);
	// Fetching and parsing a remote feed easily takes more than Discord's 3 s to answer.
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const check = await ctx.services.checkFeed(url);
	if (check.status === 'error') {
		throw new UserError('feed-check-failed', t(locale, 'feedCheckFailed', { message: failureText(check.code, locale, check.httpStatus) }), { url });
	}
	const added = await ctx.feeds
		.addFeedTarget({
			guildId,
			url,
			channelId,
			now: ctx.now(),
			locale: interaction.guildLocale,
			...(backfill === undefined ? {} : { backfill }),
			...(ctx.feedLimits ? { limits: { maxFeeds: ctx.feedLimits.maxFeeds } } : {}),
		})
		.catch((error: unknown) => {
			if (error instanceof LimitError) throw new UserError('limit-feeds', t(locale, 'limitFeeds', { max: error.max }), {}, { cause: error });
			throw error;
		});
	if (kind !== 'channel') await ctx.feeds.setTargetKind({ guildId, feedId: added.feed.id, channelId, kind });
	const title = toSafeMarkdown(check.title ?? feedLabel(added.feed), 200);
	const channel = `<#${channelId}>`;
	const content = !added.created
		? t(locale, 'alreadyFollowed', { title, channel })
		: t(locale, 'added', {
				title,
				channel,
				count: check.itemCount,
				backfill: backfill ? t(locale, 'addedBackfill', { n: backfill }) : '',
			});
	await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
	ctx.logger.info({ guildId, feedId: added.feed.id, channelId, kind, created: added.created }, 'feed added');
}

async function removeFeed(interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale, guildId: string): Promise<void> {
	const value = interaction.options.getString('feed', true).trim();
	const feeds = await ctx.feeds.listGuildFeeds(guildId);
	const feed = feeds.find((f) => String(f.id) === value || f.url === value || f.finalUrl === value);
	if (!feed) throw new UserError('feed-unknown', t(locale, 'feedUnknown', { value: toSafeMarkdown(value, 100) }));
	// The bot's webhooks for the feed go with it, rather than linger in the server's channels.
	const hooked = new Set((await ctx.feeds.targetRoutes(guildId)).filter((r) => r.webhook === 'active').map((r) => r.targetId));
	for (const target of feed.targets.filter((x) => hooked.has(x.id))) await removeWebhook(interaction, ctx, guildId, target);
	const count = await ctx.feeds.removeFeedTarget({ guildId, feedId: feed.id });
	const content = t(locale, 'removed', { title: toSafeMarkdown(feedLabel(feed), 200), count });
	await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
	ctx.logger.info({ guildId, feedId: feed.id, removed: count }, 'feed removed');
}

async function listFeeds(interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale, guildId: string): Promise<void> {
	const feeds = await ctx.feeds.listGuildFeeds(guildId);
	if (feeds.length === 0) {
		await interaction.reply({ content: t(locale, 'listEmpty'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
		return;
	}
	const embed = formatFeedList(feeds, locale, ctx.now(), await ctx.feeds.targetRoutes(guildId));
	await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

async function previewFeed(interaction: ChatInputCommandInteraction, ctx: CommandContext, locale: FeedLocale): Promise<void> {
	const url = unwrap(parseFeedUrl(interaction.options.getString('url')), locale);
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const result = await ctx.services.previewFeed(url);
	if (result.status === 'error') {
		throw new UserError('feed-preview-failed', t(locale, 'previewFailed', { message: failureText(result.code, locale, result.httpStatus) }), { url });
	}
	const payload = renderBrief(result.brief, { fallbackNote: t(locale, 'previewNote') });
	await interaction.editReply({ content: payload.content ?? null, embeds: payload.embeds, allowedMentions: NO_MENTIONS });
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
	const guildId = interaction.guildId;
	if (!guildId || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return interaction.respond([]);
	const typed = interaction.options.getFocused().trim().toLowerCase();
	const feeds = await ctx.feeds.listGuildFeeds(guildId);
	const choices = feeds
		.filter((f) => !typed || feedLabel(f, 500).toLowerCase().includes(typed) || f.url.toLowerCase().includes(typed) || String(f.id) === typed)
		.slice(0, AUTOCOMPLETE_LIMIT)
		.map((f) => ({ name: feedLabel(f, 100), value: String(f.id) }));
	await interaction.respond(choices);
}

/** The guild id, once the caller is known to be a server admin. */
function requireAdmin(interaction: ChatInputCommandInteraction, locale: FeedLocale): string {
	if (!interaction.inGuild()) throw new UserError('guild-only', t(locale, 'guildOnly'));
	if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
		throw new UserError('missing-permission', t(locale, 'noPermission'), { permission: 'ManageGuild' });
	}
	return interaction.guildId;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: FeedStringKey }, locale: FeedLocale): T {
	if (result.ok) return result.value;
	throw new UserError(`feed-${result.error}`, t(locale, result.error));
}

export default { data, execute, autocomplete } satisfies Command;
