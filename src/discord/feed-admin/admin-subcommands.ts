/** The /feed subcommands of per-feed administration (issue #18), with their French localisations. */
import {
	ApplicationCommandOptionType,
	ChannelType,
	type APIApplicationCommandSubcommandOption,
	type ApplicationCommandOptionAllowedChannelType,
} from 'discord.js';

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
	description: 'The feed',
	description_localizations: { fr: 'Le flux' },
	required: true,
	autocomplete: true,
} as const;

const sub = (name: string, description: string, fr: string, options: APIApplicationCommandSubcommandOption['options'] = []): APIApplicationCommandSubcommandOption => ({
	type: ApplicationCommandOptionType.Subcommand,
	name,
	description,
	description_localizations: { fr },
	options: [feedOption, ...(options ?? [])],
});

export const ADMIN_SUBCOMMANDS: APIApplicationCommandSubcommandOption[] = [
	{
		type: ApplicationCommandOptionType.Subcommand,
		name: 'import',
		description: 'Follow every feed of an OPML file',
		description_localizations: { fr: 'Suivre tous les flux d’un fichier OPML' },
		options: [
			{ type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'The OPML file', description_localizations: { fr: 'Le fichier OPML' }, required: true },
			{
				type: ApplicationCommandOptionType.Channel,
				name: 'channel',
				description: 'Where to post (default: here)',
				description_localizations: { fr: 'Où publier (par défaut : ici)' },
				channel_types: TARGET_CHANNEL_TYPES,
			},
		],
	},
	{
		type: ApplicationCommandOptionType.Subcommand,
		name: 'export',
		description: "This server's feeds as an OPML file",
		description_localizations: { fr: 'Les flux de ce serveur en fichier OPML' },
	},
	{
		type: ApplicationCommandOptionType.Subcommand,
		name: 'why',
		description: 'Why an article was posted, or not',
		description_localizations: { fr: 'Pourquoi un article a été publié, ou non' },
		options: [
			{ type: ApplicationCommandOptionType.String, name: 'url', description: 'Address of the article', description_localizations: { fr: 'Adresse de l’article' }, required: true, max_length: 2_048 },
		],
	},
	sub('filter', 'Post only the items that match an expression, with a preview', 'Ne publier que les articles qui correspondent à une expression, avec un aperçu', [
		{
			type: ApplicationCommandOptionType.String,
			name: 'expression',
			description: 'e.g. ukraine AND (lang:fr OR source:lemonde.fr) NOT "live"; empty: show the current one',
			description_localizations: { fr: 'ex. ukraine ET (lang:fr OU source:lemonde.fr) SAUF "direct" ; vide : voir le filtre' },
			max_length: 500,
		},
		{ type: ApplicationCommandOptionType.Boolean, name: 'clear', description: 'Remove the filter', description_localizations: { fr: 'Retirer le filtre' } },
	]),
	sub('pause', 'Stop posting this feed until resumed', 'Suspendre la publication de ce flux'),
	sub('resume', 'Post this feed again', 'Reprendre la publication de ce flux'),
	sub('rename', 'Give the feed a name on this server', 'Donner un nom au flux sur ce serveur', [
		{ type: ApplicationCommandOptionType.String, name: 'name', description: 'The new name', description_localizations: { fr: 'Le nouveau nom' }, required: true, max_length: 100 },
	]),
	sub('move', 'Post this feed in another channel', 'Publier ce flux dans un autre salon', [
		{
			type: ApplicationCommandOptionType.Channel,
			name: 'channel',
			description: 'Where to post from now on',
			description_localizations: { fr: 'Où publier désormais' },
			required: true,
			channel_types: TARGET_CHANNEL_TYPES,
		},
	]),
	sub('format', 'How items of this feed look', 'L’apparence des articles de ce flux', [
		{
			type: ApplicationCommandOptionType.String,
			name: 'format',
			description: 'full brief, compact (summary line and top quote), or headline only',
			description_localizations: { fr: 'résumé complet, compact (une phrase et la citation clé) ou titre seul' },
			required: true,
			choices: [
				{ name: 'full', name_localizations: { fr: 'complet' }, value: 'full' },
				{ name: 'compact', name_localizations: { fr: 'compact' }, value: 'compact' },
				{ name: 'headline', name_localizations: { fr: 'titre seul' }, value: 'headline' },
			],
		},
	]),
	sub('ping', 'Mention a role or member for items of this feed', 'Mentionner un rôle ou un membre pour les articles de ce flux', [
		{ type: ApplicationCommandOptionType.Role, name: 'role', description: 'The role to mention', description_localizations: { fr: 'Le rôle à mentionner' } },
		{ type: ApplicationCommandOptionType.User, name: 'member', description: 'The member to mention', description_localizations: { fr: 'Le membre à mentionner' } },
		{
			type: ApplicationCommandOptionType.String,
			name: 'filter',
			description: 'Only for items matching this expression (as in /feed filter)',
			description_localizations: { fr: 'Seulement pour les articles qui correspondent (comme /feed filter)' },
			max_length: 500,
		},
		{ type: ApplicationCommandOptionType.Boolean, name: 'remove', description: 'Stop mentioning them', description_localizations: { fr: 'Ne plus les mentionner' } },
	]),
	sub('webhook', 'Post this feed through a webhook, under the source’s name', 'Publier ce flux via un webhook, sous le nom de la source', [
		{
			type: ApplicationCommandOptionType.Boolean,
			name: 'enabled',
			description: 'On: the bot creates a webhook (needs Manage Webhooks); off: the bot posts itself',
			description_localizations: { fr: 'Oui : le bot crée un webhook (il faut Gérer les webhooks) ; non : le bot publie lui-même' },
			required: true,
		},
	]),
	sub('interval', 'How often to check this feed', 'À quelle fréquence lire ce flux', [
		{
			type: ApplicationCommandOptionType.Integer,
			name: 'minutes',
			description: 'Minutes between checks; 0: the default',
			description_localizations: { fr: 'Minutes entre deux lectures ; 0 : la valeur par défaut' },
			required: true,
			min_value: 0,
			max_value: 1_440,
		},
	]),
];
