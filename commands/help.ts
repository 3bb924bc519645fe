/** `/help`: what the reader commands do, in the reader's language. */
import { InteractionContextType, MessageFlags } from 'discord.js';
import { NO_MENTIONS } from '../src/discord/subscriptions/reply-parts.js';
import { stringsFor } from '../src/discord/subscriptions/reply-strings.js';
import type { Command } from './index.js';

export default {
	data: {
		name: 'help',
		description: 'What briefbot can do',
		description_localizations: { fr: 'Ce que briefbot sait faire' },
		contexts: [InteractionContextType.Guild],
	},
	async execute(interaction) {
		const t = stringsFor(interaction.locale);
		await interaction.reply({
			embeds: [{ title: t.helpTitle, description: t.help.join('\n') }],
			flags: MessageFlags.Ephemeral,
			allowedMentions: NO_MENTIONS,
		});
	},
} satisfies Command;
