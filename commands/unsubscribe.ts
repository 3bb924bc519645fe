/** `/unsubscribe topic`: stop following one of your topics in this server (autocomplete lists them). */
import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { choiceName, parseSubscriptionRef, subscriptionRef } from '../src/discord/subscriptions/command-input.js';
import { ephemeral } from '../src/discord/subscriptions/reply-parts.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor } from '../src/discord/i18n/index.js';
import { describeError } from '../src/shared/errors.js';
import type { Subscription } from '../src/store/types.js';
import { normalizeName } from '../src/subscriptions/fold-text.js';
import type { Command } from './index.js';

/** The user's subscription an option value names: an autocomplete pick (`s:<id>`) or the topic's label typed out. */
export function findOwnSubscription(own: Subscription[], value: string): Subscription | null {
	const id = parseSubscriptionRef(value);
	if (id !== null) return own.find((s) => s.id === id) ?? null;
	const wanted = normalizeName(value);
	return wanted ? (own.find((s) => normalizeName(s.topic.label) === wanted) ?? null) : null;
}

export default {
	data: {
		name: 'unsubscribe',
		...described('unsubscribe'),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'topic',
				...described('unsubscribe.topic'),
				required: true,
				autocomplete: true,
				max_length: 200,
			},
		],
	},
	async execute(interaction, ctx) {
		const t = textsFor(localeOf(interaction)).reader;
		const guildId = interaction.guildId;
		if (!guildId) return void (await interaction.reply(ephemeral(t.guildOnly)));
		const own = await ctx.subscriptions.listForUser(guildId, interaction.user.id);
		const target = findOwnSubscription(own, interaction.options.getString('topic', true));
		if (!target || !(await ctx.subscriptions.remove(guildId, interaction.user.id, target.id))) {
			return void (await interaction.reply(ephemeral(t.noSuchSubscription)));
		}
		await interaction.reply(ephemeral(t.unsubscribed({ label: toSafeMarkdown(target.topic.label, 100) })));
		await ctx.services.subscriptionsChanged().catch((error: unknown) => {
			ctx.logger.error({ error: describeError(error) }, 'subscription matcher rebuild failed');
		});
	},
	async autocomplete(interaction, ctx) {
		if (!interaction.guildId) return void (await interaction.respond([]));
		const typed = normalizeName(String(interaction.options.getFocused()));
		const own = await ctx.subscriptions.listForUser(interaction.guildId, interaction.user.id);
		const choices = own
			.filter((s) => !typed || normalizeName(s.topic.label).includes(typed))
			.slice(0, 25)
			.map((s) => ({ name: choiceName(s.topic.label), value: subscriptionRef(s.id) }));
		await interaction.respond(choices);
	},
} satisfies Command;
