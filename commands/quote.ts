/**
 * `/quote [who] [about] [since]`: quotes from this server's articles with speaker, article link and date,
 * newest and most relevant first, five a page. The page buttons carry the whole query in their custom id
 * (src/discord/subscriptions/quote-page-id.ts), so they keep working after a restart.
 */
import {
	ApplicationCommandOptionType,
	ButtonStyle,
	ComponentType,
	InteractionContextType,
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	type ButtonInteraction,
	type InteractionReplyOptions,
} from 'discord.js';
import { neutraliseMentions, toSafeMarkdown } from '../src/discord/discord-text.js';
import { described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor, type Locale, type Texts } from '../src/discord/i18n/index.js';
import { entityRef } from '../src/discord/subscriptions/command-input.js';
import { MAX_ABOUT_LENGTH, MAX_SINCE_LENGTH, readQuoteOptions, type QuoteOptionProblem } from '../src/discord/subscriptions/quote-options.js';
import { decodeQuotePageId, encodeQuotePageId, hashAbout, type QuotePageState } from '../src/discord/subscriptions/quote-page-id.js';
import {
	MAX_NAME_LENGTH,
	NO_MENTIONS,
	ephemeral,
	formatQuoteLine,
	joinWithin,
	resolveEntity,
	suggestEntities,
	timestampTag,
} from '../src/discord/subscriptions/reply-parts.js';
import type { QuoteHit } from '../src/store/types.js';
import type { Command, CommandContext } from './index.js';

export const QUOTES_PER_PAGE = 5;
export { MAX_ABOUT_LENGTH };
const QUOTE_COLOR = 0x1971c2;
// The full `about` text is kept in the footer after this marker, where a button press can read it back.
const ABOUT_MARKER = '🔎 ';

export interface QuotePage {
	state: QuotePageState;
	speakerName: string | null;
	hits: QuoteHit[];
	total: number;
}

/** The page as an embed with Previous/Next buttons, in the interaction's locale. */
export function buildQuoteReply(page: QuotePage, locale: Locale): InteractionReplyOptions & { embeds: APIEmbed[] } {
	const t = textsFor(locale).reader;
	const { state } = page;
	const pages = Math.max(1, Math.ceil(page.total / QUOTES_PER_PAGE));
	const heading = [
		page.speakerName ? t.quotesBy({ name: toSafeMarkdown(page.speakerName, 80) }) : '',
		state.about ? t.quotesAbout({ text: toSafeMarkdown(state.about, 80) }) : '',
		state.since !== null ? t.quotesSince({ date: timestampTag(state.since, 'D') }) : '',
	].filter(Boolean);
	const lines = page.hits.map((hit) => `• ${formatQuoteLine(hit, t, true)}`);
	const embed: APIEmbed = {
		color: QUOTE_COLOR,
		title: `${t.quotesTitle} ${heading.join(' · ')}`.slice(0, 256).trim(),
		description: lines.length > 0 ? joinWithin(lines, 4_000) : t.noQuotes,
		footer: { text: `${pageLine(t, state.page + 1, pages, page.total)}${state.about ? `\n${ABOUT_MARKER}${neutraliseMentions(state.about)}` : ''}` },
	};
	const components: Array<APIActionRowComponent<APIButtonComponent>> =
		pages > 1
			? [
					{
						type: ComponentType.ActionRow,
						components: [
							pageButton(t.previous, { ...state, page: state.page - 1 }, state.page === 0, 'prev'),
							pageButton(t.next, { ...state, page: state.page + 1 }, state.page + 1 >= pages, 'next'),
						],
					},
				]
			: [];
	return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

function pageLine(t: Texts['reader'], page: number, pages: number, total: number): string {
	return total === 1 ? t.pageOne({ page, pages }) : t.pageMany({ page, pages, total });
}

/** One line per invalid option, each naming the option and its own reason. */
export function describeOptionProblems(problems: readonly QuoteOptionProblem[], t: Texts['reader']): string {
	return problems
		.map((problem) => {
			if (problem.reason === 'empty') return t.optionEmpty({ option: problem.option });
			if (problem.reason === 'too-long') return t.optionTooLong({ option: problem.option, max: problem.max });
			return t.badSince({ value: toSafeMarkdown(problem.value, MAX_SINCE_LENGTH) });
		})
		.join('\n');
}

function pageButton(label: string, state: QuotePageState, disabled: boolean, side: string): APIButtonComponent {
	// Two buttons of a message may not share a custom id, so a disabled one gets a distinct, inert id.
	const customId = disabled ? `quote:x:${side}` : encodeQuotePageId(state);
	return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled };
}

/** Runs the query of one page. */
export async function loadQuotePage(ctx: CommandContext, guildId: string, state: QuotePageState, speakerName: string | null): Promise<QuotePage> {
	const { hits, total } = await ctx.mentions.searchQuotes({
		guildId,
		limit: QUOTES_PER_PAGE,
		offset: state.page * QUOTES_PER_PAGE,
		...(state.speakerEntityId !== null ? { speakerEntityId: state.speakerEntityId } : {}),
		...(state.about ? { about: state.about } : {}),
		...(state.since !== null ? { since: state.since } : {}),
	});
	return { state, speakerName, hits, total };
}

/** The `about` text of a page whose custom id only holds its hash, read back from the message's footer. */
function aboutFromMessage(interaction: ButtonInteraction, hash: string): string | null {
	const footer = interaction.message?.embeds[0]?.footer?.text ?? '';
	const at = footer.indexOf(ABOUT_MARKER);
	if (at < 0) return null;
	// The footer shows the text with mentions broken by a zero-width space; the query is the text without it.
	const about = footer.slice(at + ABOUT_MARKER.length).replace(/@\u200b/g, '@').replace(/<(@[!&]?|#)\u200b/g, '<$1');
	return hashAbout(about) === hash ? about : null;
}

export default {
	data: {
		name: 'quote',
		...described('quote'),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'who',
				...described('quote.who'),
				autocomplete: true,
				max_length: MAX_NAME_LENGTH,
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'about',
				...described('quote.about'),
				max_length: MAX_ABOUT_LENGTH,
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'since',
				...described('quote.since'),
				max_length: MAX_SINCE_LENGTH,
			},
		],
	},
	async execute(interaction, ctx) {
		const locale = localeOf(interaction);
		const t = textsFor(locale).reader;
		const guildId = interaction.guildId;
		if (!guildId) return void (await interaction.reply(ephemeral(t.guildOnly)));
		const raw = { who: interaction.options.getString('who'), about: interaction.options.getString('about'), since: interaction.options.getString('since') };
		const options = readQuoteOptions(raw, ctx.now());
		if (!options.ok) return void (await interaction.reply(ephemeral(describeOptionProblems(options.problems, t))));
		const { who, about, sinceAt } = options.value;
		if (!who && !about && sinceAt === null) return void (await interaction.reply(ephemeral(t.quoteNeedsOption)));
		let speaker = null;
		if (who) {
			speaker = await resolveEntity(ctx, guildId, who);
			if (!speaker) return void (await interaction.reply(ephemeral(t.unknownSpeaker({ name: toSafeMarkdown(who, 100) }))));
		}
		const state: QuotePageState = { page: 0, speakerEntityId: speaker?.id ?? null, since: sinceAt, about };
		await interaction.reply(buildQuoteReply(await loadQuotePage(ctx, guildId, state, speaker?.name ?? null), locale));
	},
	async autocomplete(interaction, ctx) {
		if (!interaction.guildId) return void (await interaction.respond([]));
		await interaction.respond(await suggestEntities(ctx, interaction.guildId, String(interaction.options.getFocused())));
	},
	async button(interaction, ctx) {
		const locale = localeOf(interaction);
		const t = textsFor(locale).reader;
		const guildId = interaction.guildId;
		const decoded = decodeQuotePageId(interaction.customId);
		if (!guildId || !decoded) return void (await interaction.reply(ephemeral(t.expired)));
		const state = { ...decoded.state };
		if (decoded.aboutHash) {
			state.about = aboutFromMessage(interaction, decoded.aboutHash);
			if (state.about === null) return void (await interaction.reply(ephemeral(t.expired)));
		}
		let speakerName: string | null = null;
		if (state.speakerEntityId !== null) {
			// Scoped to this guild: an id copied from another server's button finds nothing here.
			const speaker = await resolveEntity(ctx, guildId, entityRef(state.speakerEntityId));
			if (!speaker) return void (await interaction.reply(ephemeral(t.expired)));
			speakerName = speaker.name;
		}
		const reply = buildQuoteReply(await loadQuotePage(ctx, guildId, state, speakerName), locale);
		await interaction.update({ embeds: reply.embeds, components: reply.components ?? [], allowedMentions: NO_MENTIONS });
	},
} satisfies Command;
