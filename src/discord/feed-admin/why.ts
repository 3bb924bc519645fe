/**
 * /feed why url:<article>: the answer to "why wasn't this posted?" from what the store recorded for this guild:
 * seen when and in which feed, stored or only marked seen, same story as which post, posted where, still queued,
 * failed with which error, or kept out by the filter (with its deciding clause) or a pause.
 */
import { MessageFlags, type APIEmbed } from 'discord.js';
import type { UrlExplanation } from '../../store/types.js';
import { toSafeMarkdown, truncateText } from '../discord-text.js';
import { feedLabel } from './format-feed-list.js';
import { inlineCode } from './guild-feed.js';
import type { Handler } from './manage-feed.js';
import { parseFeedUrl } from './parse-feed-options.js';
import { t, type FeedLocale } from './strings.js';
import { UserError } from '../../shared/errors.js';

const when = (ms: number) => `<t:${Math.floor(ms / 1_000)}:R>`;

export const explainWhy: Handler = async (interaction, ctx, locale, guildId) => {
	const parsed = parseFeedUrl(interaction.options.getString('url', true));
	if (!parsed.ok) throw new UserError(`feed-${parsed.error}`, t(locale, parsed.error));
	const explanation = await ctx.feeds.explainUrl(guildId, parsed.value);
	const brief = explanation.article ? await ctx.articles.getBrief(explanation.article.id) : null;
	const note = brief?.contentSource === 'feed' ? (brief.contentNote ?? '?') : null;
	const embed: APIEmbed = {
		title: truncateText(t(locale, 'whyTitle', { url: parsed.value }), 256),
		description: truncateText(describe(explanation, note, guildId, locale).join('\n'), 4_000),
	};
	await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
};

export function describe(e: UrlExplanation, contentNote: string | null, guildId: string, locale: FeedLocale): string[] {
	if (e.seen.length === 0 && !e.article) return [t(locale, 'whyNever')];
	const lines = e.seen.map((s) => t(locale, 'whySeen', { feed: toSafeMarkdown(feedLabel({ title: s.feedTitle, url: s.feedUrl }), 120), when: when(s.seenAt) }));
	if (!e.article) return [...lines, t(locale, 'whySeenOnly')];
	lines.push(t(locale, 'whyStored', { when: when(e.article.createdAt) }));
	if (e.article.firstCopy) lines.push(t(locale, 'whySameStory', { title: toSafeMarkdown(e.article.firstCopy.title, 150), when: when(e.article.firstCopy.createdAt) }));
	if (contentNote) lines.push(t(locale, 'whyFromFeed', { note: toSafeMarkdown(contentNote, 200) }));
	for (const d of e.deliveries) {
		const channel = `<#${d.channelId}>`;
		const error = toSafeMarkdown(d.lastError ?? '?', 200);
		if (d.status === 'sent' && d.messageId) lines.push(t(locale, 'whySent', { channel, link: `https://discord.com/channels/${guildId}/${d.channelId}/${d.messageId}` }));
		else if (d.status === 'failed') lines.push(t(locale, 'whyFailed', { channel, error }));
		else lines.push(t(locale, d.lastError ? 'whyQueuedError' : 'whyQueued', { channel, attempts: d.attempts, error }));
	}
	for (const skip of e.skips) {
		const channel = `<#${skip.channelId}>`;
		lines.push(skip.reason === 'paused' ? t(locale, 'whyPaused', { channel }) : t(locale, 'whyFiltered', { channel, clause: inlineCode(skip.detail ?? '?', 120) }));
	}
	return lines;
}
