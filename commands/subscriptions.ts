/** `/subscriptions`: your topics in this server, how each arrives, and which are paused and why. */
import { InteractionContextType, MessageFlags, type InteractionReplyOptions } from 'discord.js';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { NO_MENTIONS, ephemeral, joinWithin } from '../src/discord/subscriptions/reply-parts.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor, type Locale } from '../src/discord/i18n/index.js';
import type { Subscription } from '../src/store/types.js';
import { DM_CLOSED_REASON } from '../src/subscriptions/handle-dm-closed.js';
import type { Command } from './index.js';

export function buildSubscriptionsReply(subscriptions: Subscription[], locale: Locale): InteractionReplyOptions {
	const t = textsFor(locale).reader;
	if (subscriptions.length === 0) return ephemeral(t.noSubscriptions);
	const lines = subscriptions.map((s) => {
		const how = s.delivery === 'dm' ? t.viaDm : t.viaHere({ channel: s.channelId ? `<#${s.channelId}>` : '#?' });
		const paused = s.paused ? ` — ${s.paused === DM_CLOSED_REASON ? t.pausedDmClosed : t.paused({ reason: toSafeMarkdown(s.paused, 80) })}` : '';
		return `• **${toSafeMarkdown(s.topic.label, 100)}** (${how})${paused}`;
	});
	return {
		embeds: [{ title: t.subscriptionsTitle, description: joinWithin(lines, 4_000) }],
		flags: MessageFlags.Ephemeral,
		allowedMentions: NO_MENTIONS,
	};
}

export default {
	data: {
		name: 'subscriptions',
		...described('subscriptions'),
		contexts: [InteractionContextType.Guild],
	},
	async execute(interaction, ctx) {
		const guildId = interaction.guildId;
		const locale = localeOf(interaction);
		if (!guildId) return void (await interaction.reply(ephemeral(textsFor(locale).reader.guildOnly)));
		const own = await ctx.subscriptions.listForUser(guildId, interaction.user.id);
		await interaction.reply(buildSubscriptionsReply(own, locale));
	},
} satisfies Command;
