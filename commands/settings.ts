/**
 * `/settings language:<en|fr|de|es|original> summary:<extractive|abstractive>`: how this server reads its briefs.
 * Without options it shows the current settings. Manage Server only: hidden by default_member_permissions and
 * re-checked here, because server admins can override who sees a command.
 */
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { choice, described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor } from '../src/discord/i18n/index.js';
import { SETTINGS_LANGUAGES, SETTINGS_SUMMARIES, buildSettingsReply, settingsNotice } from '../src/discord/settings/settings-reply.js';
import type { GuildSettings } from '../src/store/types.js';
import type { Command } from './index.js';

export default {
	data: {
		name: 'settings',
		...described('settings'),
		default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'language',
				...described('settings.language'),
				choices: SETTINGS_LANGUAGES.map((value) => choice('settings.language', value)),
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'summary',
				...described('settings.summary'),
				choices: SETTINGS_SUMMARIES.map((value) => choice('settings.summary', value)),
			},
		],
	},
	async execute(interaction, ctx) {
		const locale = localeOf(interaction);
		const t = textsFor(locale).settings;
		const guildId = interaction.guildId;
		if (!guildId) return void (await interaction.reply(settingsNotice(t.guildOnly)));
		if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return void (await interaction.reply(settingsNotice(t.forbidden)));
		if (!ctx.guildSettings) return void (await interaction.reply(settingsNotice(t.unavailable)));
		const language = pick(interaction.options.getString('language'), SETTINGS_LANGUAGES);
		const summary = pick(interaction.options.getString('summary'), SETTINGS_SUMMARIES);
		const change: Partial<Pick<GuildSettings, 'language' | 'summary'>> = {};
		if (language) change.language = language;
		if (summary) change.summary = summary;
		const saved = Object.keys(change).length > 0;
		const settings = saved ? await ctx.guildSettings.update(guildId, change, ctx.now()) : await ctx.guildSettings.get(guildId);
		ctx.logger.info({ guildId, userId: interaction.user.id, change }, saved ? 'guild settings changed' : 'guild settings shown');
		await interaction.reply(buildSettingsReply(settings, { saved, llmConfigured: ctx.llmConfigured ?? false, locale }));
	},
} satisfies Command;

/** Discord only sends the offered choices; anything else (a forged interaction) is ignored, not stored. */
function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
