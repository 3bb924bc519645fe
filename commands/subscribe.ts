/**
 * `/subscribe topic [delivery]`: follow a person or company (picked from autocomplete) or keywords.
 * The reply says what will match and shows up to 3 recent briefs that would have matched, so a reader can
 * fix a topic before the first notification. The matcher is rebuilt through `services.subscriptionsChanged`.
 */
import { ApplicationCommandOptionType, InteractionContextType, MessageFlags, type APIEmbed, type InteractionReplyOptions } from 'discord.js';
import { toSafeMarkdown } from '../src/discord/discord-text.js';
import { choiceName, parseEntityRef } from '../src/discord/subscriptions/command-input.js';
import { NO_MENTIONS, articleLink, ephemeral, joinWithin, resolveEntity, suggestEntities } from '../src/discord/subscriptions/reply-parts.js';
import { choice, described } from '../src/discord/i18n/command-localizations.js';
import { localeOf, t as textsFor, type Locale } from '../src/discord/i18n/index.js';
import type { Brief } from '../src/briefs/types.js';
import type { Subscription, SubscriptionTopic } from '../src/store/types.js';
import { describeQuery } from '../src/subscriptions/describe-query.js';
import { MAX_QUERY_LENGTH, canonicalQuery, parseTopicQuery } from '../src/subscriptions/parse-topic-query.js';
import { matchesSubscription } from '../src/subscriptions/subscription-matcher.js';
import { describeError, LimitExceededError } from '../src/shared/errors.js';
import type { Command, CommandContext } from './index.js';

export const MAX_SUBSCRIPTIONS_PER_USER = 25;
const PREVIEW_SCAN = 100;
const PREVIEW_COUNT = 3;

export type TopicResult = { status: 'ok'; topic: SubscriptionTopic; key: string } | { status: 'error'; message: string };

/** Reads the topic option: an entity picked in autocomplete, else keywords. */
export async function readTopic(ctx: CommandContext, guildId: string, raw: string, locale: Locale): Promise<TopicResult> {
	const t = textsFor(locale).reader;
	const text = raw.trim();
	if (!text) return { status: 'error', message: t.topicEmpty };
	if (text.length > MAX_QUERY_LENGTH) return { status: 'error', message: t.topicTooLong({ max: MAX_QUERY_LENGTH }) };
	if (parseEntityRef(text) !== null) {
		const entity = await resolveEntity(ctx, guildId, text);
		if (!entity) return { status: 'error', message: t.unknownEntity };
		return { status: 'ok', topic: { kind: 'entity', entityId: entity.id, label: entity.name }, key: `entity:${entity.id}` };
	}
	const parsed = parseTopicQuery(text);
	if (parsed.status === 'ok') return { status: 'ok', topic: { kind: 'keywords', query: text, label: text }, key: `keywords:${canonicalQuery(parsed.query)}` };
	if (parsed.status === 'too-long') return { status: 'error', message: t.topicTooLong({ max: parsed.max }) };
	return { status: 'error', message: parsed.status === 'only-exclusions' ? t.topicOnlyExclusions : t.topicEmpty };
}

/** The key that makes two subscriptions the same topic. */
export function topicKey(topic: SubscriptionTopic): string {
	if (topic.kind === 'entity') return `entity:${topic.entityId}`;
	const parsed = parseTopicQuery(topic.query);
	return parsed.status === 'ok' ? `keywords:${canonicalQuery(parsed.query)}` : `raw:${topic.query}`;
}

/** The confirmation: what matches, how it arrives, and the recent briefs that would have matched. */
export function buildSubscribeReply(
	subscription: Subscription,
	preview: Array<{ brief: Brief }>,
	locale: Locale,
): InteractionReplyOptions {
	const texts = textsFor(locale);
	const t = texts.reader;
	const { topic } = subscription;
	const what =
		topic.kind === 'entity'
			? t.subscribedEntity({ name: toSafeMarkdown(topic.label, 100) })
			: describeQuery((parseTopicQuery(topic.query) as Extract<ReturnType<typeof parseTopicQuery>, { status: 'ok' }>).query, texts.query);
	const how = subscription.delivery === 'dm' ? t.deliveryDm : t.deliveryHere({ channel: subscription.channelId ? `<#${subscription.channelId}>` : '#?' });
	const embed: APIEmbed = {
		description: `${what}\n${how}`,
		fields: [
			{
				name: t.previewTitle,
				value: preview.length > 0 ? joinWithin(preview.map(({ brief }) => `• ${articleLink(brief.title, brief.canonicalUrl ?? brief.url)}`), 1_024) : t.noPreview,
			},
		],
	};
	return { embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

/** Up to 3 of the guild's recent briefs that the subscription would have matched. */
export async function previewMatches(ctx: CommandContext, subscription: Subscription): Promise<Array<{ brief: Brief }>> {
	const recent = await ctx.articles.recentBriefs(subscription.guildId, PREVIEW_SCAN);
	return recent.filter(({ brief }) => matchesSubscription(subscription, brief)).slice(0, PREVIEW_COUNT);
}

export default {
	data: {
		name: 'subscribe',
		...described('subscribe'),
		contexts: [InteractionContextType.Guild],
		options: [
			{
				type: ApplicationCommandOptionType.String,
				name: 'topic',
				...described('subscribe.topic'),
				required: true,
				autocomplete: true,
				max_length: MAX_QUERY_LENGTH,
			},
			{
				type: ApplicationCommandOptionType.String,
				name: 'delivery',
				...described('subscribe.delivery'),
				choices: [choice('subscribe.delivery', 'dm'), choice('subscribe.delivery', 'here')],
			},
		],
	},
	async execute(interaction, ctx) {
		const locale = localeOf(interaction);
		const t = textsFor(locale).reader;
		const guildId = interaction.guildId;
		if (!guildId) return void (await interaction.reply(ephemeral(t.guildOnly)));
		const topic = await readTopic(ctx, guildId, interaction.options.getString('topic', true), locale);
		if (topic.status === 'error') return void (await interaction.reply(ephemeral(topic.message)));
		const delivery = interaction.options.getString('delivery') === 'here' ? 'here' : 'dm';
		const userId = interaction.user.id;
		const existing = await ctx.subscriptions.listForUser(guildId, userId);
		if (existing.some((s) => topicKey(s.topic) === topic.key)) return void (await interaction.reply(ephemeral(t.alreadySubscribed)));
		if (existing.length >= MAX_SUBSCRIPTIONS_PER_USER) {
			return void (await interaction.reply(ephemeral(t.tooManySubscriptions({ max: MAX_SUBSCRIPTIONS_PER_USER }))));
		}
		// The channel is kept for DM subscriptions too: it is where they fall back to mentions if DMs close.
		let subscription;
		try {
			// The store checks the cap again in its transaction: the check above cannot see concurrent calls.
			subscription = await ctx.subscriptions.add({
				guildId,
				userId,
				topic: topic.topic,
				delivery,
				channelId: interaction.channelId,
				now: ctx.now(),
				maxPerUser: MAX_SUBSCRIPTIONS_PER_USER,
			});
		} catch (error) {
			if (!(error instanceof LimitExceededError)) throw error;
			return void (await interaction.reply(ephemeral(t.tooManySubscriptions({ max: MAX_SUBSCRIPTIONS_PER_USER }))));
		}
		const preview = await previewMatches(ctx, subscription);
		await interaction.reply(buildSubscribeReply(subscription, preview, locale));
		await ctx.services.subscriptionsChanged().catch((error: unknown) => {
			ctx.logger.error({ error: describeError(error) }, 'subscription matcher rebuild failed');
		});
	},
	async autocomplete(interaction, ctx) {
		if (!interaction.guildId) return void (await interaction.respond([]));
		const typed = String(interaction.options.getFocused()).trim();
		const entities = await suggestEntities(ctx, interaction.guildId, typed, 24);
		// The typed words themselves come first, so Enter subscribes to keywords rather than to a guessed entity.
		const keywords = typed && typed.length <= 100 && parseEntityRef(typed) === null ? [{ name: choiceName(`“${typed}”`), value: typed }] : [];
		await interaction.respond([...keywords, ...entities].slice(0, 25));
	},
} satisfies Command;
