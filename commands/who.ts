/**
 * `/who name`: the card of a person or company from this server's articles: roles with their source,
 * mentions, first and last seen, latest articles, up to 3 quotes and the names most often mentioned with it.
 */
import {
	ApplicationCommandOptionType,
	InteractionContextType,
	MessageFlags,
	type APIEmbed,
	type APIEmbedField,
	type InteractionReplyOptions,
} from 'discord.js';
import { z } from 'zod';
import { toSafeMarkdown, toSafePlain } from '../src/discord/discord-text.js';
import {
	MAX_NAME_LENGTH,
	NO_MENTIONS,
	articleLink,
	ephemeral,
	formatQuoteLine,
	joinWithin,
	suggestEntities,
	timestampTag,
} from '../src/discord/subscriptions/reply-parts.js';
import { parseEntityRef } from '../src/discord/subscriptions/command-input.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor, type Locale } from '../src/discord/i18n/index.js';
import type { EntityCard, EntitySummary } from '../src/store/types.js';
import type { Command } from './index.js';

const FIELD_MAX = 1_024;
const CARD_COLOR = 0x2b8a3e;

const optionsSchema = z.object({ name: z.string().trim() });

/** The entity card embed; `locale` is the interaction's. */
export function buildWhoReply(card: EntityCard, locale: Locale): InteractionReplyOptions {
	const t = textsFor(locale).reader;
	const fields: APIEmbedField[] = [];
	const add = (name: string, lines: string[], inline = false) => {
		if (lines.length > 0) fields.push({ name, value: joinWithin(lines, FIELD_MAX), inline });
	};
	add(
		t.roles,
		card.roles.slice(0, 5).map((r) => `${toSafeMarkdown(r.role, 120)} (${articleLink(r.articleTitle, r.articleUrl)})`),
	);
	// Every time the name was written, not only the articles naming it (those are `mentionCount`).
	add(t.mentions, [String(card.mentionTotal)], true);
	add(t.firstSeen, [timestampTag(card.firstSeen, 'D')], true);
	add(t.lastSeen, [timestampTag(card.lastSeen, 'D')], true);
	add(
		t.latestArticles,
		card.latestArticles.slice(0, 5).map((a) => `${articleLink(a.title, a.url)}${a.publishedAt ? ` ${timestampTag(a.publishedAt)}` : ''}`),
	);
	add(t.quotes, card.topQuotes.slice(0, 3).map((q) => formatQuoteLine(q, t, false)));
	add(t.related, [card.related.slice(0, 6).map((r) => `${toSafeMarkdown(r.name, 60)} (${r.count})`).join(', ')].filter(Boolean));
	const aliases = card.aliases.filter((a) => a !== card.name).slice(0, 6);
	const embed: APIEmbed = {
		color: CARD_COLOR,
		title: toSafePlain(card.name, 256),
		description: [
			card.type === 'person' ? t.person : t.organization,
			aliases.length ? t.aliases({ names: aliases.map((a) => toSafeMarkdown(a, 60)).join(', ') }) : '',
		]
			.filter(Boolean)
			.join('\n'),
		fields,
	};
	return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** The answer to an unknown name: the closest known ones, if any. */
export function buildNotFoundReply(name: string, closest: EntitySummary[], locale: Locale): InteractionReplyOptions {
	const t = textsFor(locale).reader;
	const lines = [t.notFound({ name: toSafeMarkdown(name, 100) })];
	if (closest.length > 0) lines.push(t.closest, ...closest.map((e) => `• ${toSafeMarkdown(e.name, 100)} (${e.type === 'person' ? t.person : t.organization})`));
	return { content: lines.join('\n'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

export default {
	data: {
		name: 'who',
		...described('who'),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'name',
				...described('who.name'),
				required: true,
				autocomplete: true,
				max_length: MAX_NAME_LENGTH,
			},
		],
	},
	async execute(interaction, ctx) {
		const locale = localeOf(interaction);
		const t = textsFor(locale).reader;
		if (!interaction.guildId) return void (await interaction.reply(ephemeral(t.guildOnly)));
		const { name } = optionsSchema.parse({ name: interaction.options.getString('name', true) });
		if (!name) return void (await interaction.reply(ephemeral(t.emptyName)));
		if (name.length > MAX_NAME_LENGTH) return void (await interaction.reply(ephemeral(t.nameTooLong({ max: MAX_NAME_LENGTH }))));
		// A pick from autocomplete names the entity by id; typed text is matched on names and aliases.
		const entityId = parseEntityRef(name) ?? (await ctx.mentions.findEntity(interaction.guildId, name))?.id ?? null;
		const card = entityId !== null ? await ctx.mentions.entityCard(interaction.guildId, entityId) : null;
		if (!card) {
			const closest = await ctx.mentions.closestEntities(interaction.guildId, name, 5);
			return void (await interaction.reply(buildNotFoundReply(name, closest, locale)));
		}
		await interaction.reply(buildWhoReply(card, locale));
	},
	async autocomplete(interaction, ctx) {
		if (!interaction.guildId) return void (await interaction.respond([]));
		await interaction.respond(await suggestEntities(ctx, interaction.guildId, String(interaction.options.getFocused())));
	},
} satisfies Command;
