/**
 * `/brief url [public]`: the brief of any article, on demand. Fetching goes through `services.briefUrl`, which
 * applies the same guards as feeds (SSRF, size cap, timeout); the reply is deferred because that can take seconds.
 */
import { ApplicationCommandOptionType, InteractionContextType, MessageFlags } from 'discord.js';
import { z } from 'zod';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { renderBrief } from '../src/discord/render-brief.js';
import { NO_MENTIONS, ephemeral } from '../src/discord/subscriptions/reply-parts.js';
import { stringsFor } from '../src/discord/subscriptions/reply-strings.js';
import { describeError } from '../src/shared/errors.js';
import { failureText } from '../src/shared/failure-codes.js';
import type { BriefResult, Command } from './index.js';

export const MAX_URL_LENGTH = 2_048;

const urlSchema = z
	.string()
	.trim()
	.max(MAX_URL_LENGTH)
	.refine((value) => {
		try {
			const url = new URL(value);
			return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
		} catch {
			return false;
		}
	});

export default {
	data: {
		name: 'brief',
		description: 'The brief of any article',
		description_localizations: { fr: 'Le résumé de n’importe quel article' },
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'url',
				description: 'The article’s address',
				description_localizations: { fr: 'L’adresse de l’article' },
				required: true,
				max_length: MAX_URL_LENGTH,
			},
			{
				type: ApplicationCommandOptionType.Boolean,
				name: 'public',
				description: 'Show it to the channel (only you see it otherwise)',
				description_localizations: { fr: 'Le montrer au salon (sinon vous seul le voyez)' },
			},
		],
	},
	async execute(interaction, ctx) {
		const t = stringsFor(interaction.locale);
		if (!interaction.guildId) return void (await interaction.reply(ephemeral(t.guildOnly)));
		const url = urlSchema.safeParse(interaction.options.getString('url', true));
		if (!url.success) return void (await interaction.reply(ephemeral(t.badUrl)));
		const isPublic = interaction.options.getBoolean('public') === true;
		await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
		let result: BriefResult;
		try {
			result = await ctx.services.briefUrl(url.data);
		} catch (error) {
			ctx.logger.error({ error: describeError(error) }, '/brief failed');
			result = { status: 'error', message: failureText('internal', 'en'), code: 'internal' };
		}
		if (result.status === 'error') {
			// The reason in the user's language; the details were logged where the failure happened.
			const reason = result.code ? failureText(result.code, interaction.locale, result.httpStatus) : result.message;
			return void (await interaction.editReply({ content: t.briefFailed(toSafeMarkdown(reason, 300)), allowedMentions: NO_MENTIONS }));
		}
		const payload = renderBrief(result.brief);
		await interaction.editReply({ content: payload.content ?? '', embeds: payload.embeds, allowedMentions: NO_MENTIONS });
	},
} satisfies Command;
