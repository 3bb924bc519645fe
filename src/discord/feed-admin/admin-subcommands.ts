/** The /feed subcommands of per-feed administration (issue #18); their texts come from the i18n tables. */
import {
	ApplicationCommandOptionType,
	ChannelType,
	type APIApplicationCommandSubcommandOption,
	type ApplicationCommandOptionAllowedChannelType,
} from 'discord.js';
import { choice, described } from '../i18n/command-localizations.js';
import type { CommandTextKey } from '../i18n/command-strings.js';

/**
 * Where a feed may post: text and announcement channels, threads (a thread is a channel to
 * POST /channels/{id}/messages, so delivery needs nothing else), and forums (one post per article).
 */
export const TARGET_CHANNEL_TYPES: ApplicationCommandOptionAllowedChannelType[] = [
	ChannelType.GuildText,
	ChannelType.GuildAnnouncement,
	ChannelType.GuildForum,
	ChannelType.PublicThread,
	ChannelType.PrivateThread,
	ChannelType.AnnouncementThread,
];

const feedOption = {
	type: ApplicationCommandOptionType.String,
	name: 'feed',
	...described('feed.feed'),
	required: true,
	autocomplete: true,
} as const;

/** The subcommands whose description is in the table (`feed.<name>`, one level down). */
type FeedSubcommand = CommandTextKey extends infer K ? (K extends `feed.${infer N}` ? (N extends `${string}.${string}` ? never : N) : never) : never;

const sub = (name: FeedSubcommand, options: APIApplicationCommandSubcommandOption['options'] = []): APIApplicationCommandSubcommandOption => ({
	type: ApplicationCommandOptionType.Subcommand,
	name,
	...described(`feed.${name}`),
	options: [feedOption, ...(options ?? [])],
});

export const ADMIN_SUBCOMMANDS: APIApplicationCommandSubcommandOption[] = [
	{
		type: ApplicationCommandOptionType.Subcommand,
		name: 'import',
		...described('feed.import'),
		options: [
			{ type: ApplicationCommandOptionType.Attachment, name: 'file', ...described('feed.import.file'), required: true },
			{ type: ApplicationCommandOptionType.Channel, name: 'channel', ...described('feed.import.channel'), channel_types: TARGET_CHANNEL_TYPES },
		],
	},
	{ type: ApplicationCommandOptionType.Subcommand, name: 'export', ...described('feed.export') },
	{
		type: ApplicationCommandOptionType.Subcommand,
		name: 'why',
		...described('feed.why'),
		options: [{ type: ApplicationCommandOptionType.String, name: 'url', ...described('feed.why.url'), required: true, max_length: 2_048 }],
	},
	sub('filter', [
		{ type: ApplicationCommandOptionType.String, name: 'expression', ...described('feed.filter.expression'), max_length: 500 },
		{ type: ApplicationCommandOptionType.Boolean, name: 'clear', ...described('feed.filter.clear') },
	]),
	sub('pause'),
	sub('resume'),
	sub('rename', [{ type: ApplicationCommandOptionType.String, name: 'name', ...described('feed.rename.name'), required: true, max_length: 100 }]),
	sub('move', [
		{ type: ApplicationCommandOptionType.Channel, name: 'channel', ...described('feed.move.channel'), required: true, channel_types: TARGET_CHANNEL_TYPES },
	]),
	sub('format', [
		{
			type: ApplicationCommandOptionType.String,
			name: 'format',
			...described('feed.format.format'),
			required: true,
			choices: (['full', 'compact', 'headline'] as const).map((value) => choice('feed.format.format', value)),
		},
	]),
	sub('ping', [
		{ type: ApplicationCommandOptionType.Role, name: 'role', ...described('feed.ping.role') },
		{ type: ApplicationCommandOptionType.User, name: 'member', ...described('feed.ping.member') },
		{ type: ApplicationCommandOptionType.String, name: 'filter', ...described('feed.ping.filter'), max_length: 500 },
		{ type: ApplicationCommandOptionType.Boolean, name: 'remove', ...described('feed.ping.remove') },
	]),
	sub('webhook', [
		{ type: ApplicationCommandOptionType.Boolean, name: 'enabled', ...described('feed.webhook.enabled'), required: true },
	]),
	sub('interval', [
		{ type: ApplicationCommandOptionType.Integer, name: 'minutes', ...described('feed.interval.minutes'), required: true, min_value: 0, max_value: 1_440 },
	]),
];
