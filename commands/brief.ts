/**
 * `/brief url [public]`: the brief of any article, on demand. Fetching goes through `services.briefUrl`, which
 * applies the same guards as feeds (SSRF, size cap, timeout); the reply is deferred because that can take seconds.
 */
import { ApplicationCommandOptionType, InteractionContextType, MessageFlags } from 'discord.js';
import { z } from 'zod';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { renderBrief } from '../src/discord/render-brief.js';
import { NO_MENTIONS, ephemeral } from '../src/discord/subscriptions/reply-parts.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor } from '../src/discord/i18n/index.js';
import { describeError } from '../src/shared/errors.js';
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
		...described('brief'),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'url',
				...described('brief.url'),
				required: true,
				max_length: MAX_URL_LENGTH,
			},
			{
				type: ApplicationCommandOptionType.Boolean,
				name: 'public',
				...described('brief.public'),
			},
		],
	},
	async execute(interaction, ctx) {
		const texts = textsFor(localeOf(interaction));
		const t = texts.reader;
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
			result = { status: 'error', code: 'internal' };
		}
		if (result.status === 'error') {
			// The reason in the user's language; the details were logged where the failure happened.
			const reason = texts.failure(result.code, result.httpStatus);
			return void (await interaction.editReply({ content: t.briefFailed({ reason: toSafeMarkdown(reason, 300) }), allowedMentions: NO_MENTIONS }));
		}
		const payload = renderBrief(result.brief);
		await interaction.editReply({ content: payload.content ?? '', embeds: payload.embeds, allowedMentions: NO_MENTIONS });
	},
} satisfies Command;
