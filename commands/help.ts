/** `/help`: what the reader commands do, in the reader's language. */
import { InteractionContextType, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from '../src/discord/subscriptions/reply-parts.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor } from '../src/discord/i18n/index.js';
import type { Command } from './index.js';

export default {
	data: {
		name: 'help',
		...described('help'),
		contexts: [InteractionContextType.Guild],
	},
	async execute(interaction) {
		const t = textsFor(localeOf(interaction)).reader;
		await interaction.reply({
			embeds: [{ title: t.helpTitle, description: t.help.join('\n') }],
			flags: MessageFlags.Ephemeral,
			allowedMentions: NO_MENTIONS,
		});
	},
} satisfies Command;
