/**
 * /feed why url:<article>: the answer to "why wasn't this posted?" from what the store recorded for this guild:
 * seen when and in which feed, stored or only marked seen, same story as which post, posted where, still queued,
 * failed with which error, or kept out by the filter (with its deciding clause) or a pause; and for an item that was
 * never briefed, the refusal or the processing failure recorded at the time (with when a failed item is retried).
 */
import { MessageFlags, type APIEmbed } from 'discord.js';
import type { ItemProblem, UrlExplanation } from '../../store/types.js';
import { toSafeMarkdown, truncateText } from '../discord-text.js';
import { feedLabel } from './format-feed-list.js';
import { inlineCode } from './guild-feed.js';
import type { Handler } from './manage-feed.js';
import { parseFeedUrl } from './parse-feed-options.js';
import { t, type FeedLocale } from './strings.js';
import { UserError } from '../../shared/errors.js';
import { failureText } from '../../shared/failure-codes.js';
import { readStoredFailure } from '../../shared/stored-failure.js';

const when = (ms: number) => `<t:${Math.floor(ms / 1_000)}:R>`;

export const explainWhy: Handler = async (interaction, ctx, locale, guildId) => {
	const parsed = parseFeedUrl(interaction.options.getString('url', true));
	if (!parsed.ok) throw new UserError(`feed-${parsed.error}`, t(locale, parsed.error));
	const explanation = await ctx.feeds.explainUrl(guildId, parsed.value);
	const brief = explanation.article ? await ctx.articles.getBrief(explanation.article.id) : null;
	const note = brief?.contentSource === 'feed' ? (brief.contentNote ?? '?') : null;
	// A stored article answers for itself; a recorded problem matters only while there is none.
	const problems = explanation.article ? [] : await ctx.feeds.itemProblems(guildId, parsed.value);
	const feedNames = problems.length > 0 ? new Map((await ctx.feeds.listGuildFeeds(guildId)).map((f) => [f.id, feedLabel(f)])) : new Map<number, string>();
	const lines = problems.length > 0 ? describeProblems(problems, feedNames, locale) : describe(explanation, note, guildId, locale, await forumChannels(ctx, guildId));
	const embed: APIEmbed = {
		title: truncateText(t(locale, 'whyTitle', { url: parsed.value }), 256),
		description: truncateText(lines.join('\n'), 4_000),
	};
	await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
};

/** The guild's forum targets: a post there is its own thread, whose id is also its starter message's. */
async function forumChannels(ctx: Parameters<Handler>[1], guildId: string): Promise<Set<string>> {
	const forums = new Set((await ctx.feeds.targetRoutes(guildId)).filter((r) => r.kind === 'forum').map((r) => r.targetId));
	if (forums.size === 0) return new Set();
	const feeds = await ctx.feeds.listGuildFeeds(guildId);
	return new Set(feeds.flatMap((f) => f.targets.filter((target) => forums.has(target.id)).map((target) => target.channelId)));
}

export function describe(e: UrlExplanation, contentNote: string | null, guildId: string, locale: FeedLocale, forums: ReadonlySet<string> = new Set()): string[] {
	if (e.seen.length === 0 && !e.article) return [t(locale, 'whyNever')];
	const lines = e.seen.map((s) => t(locale, 'whySeen', { feed: toSafeMarkdown(feedLabel({ title: s.feedTitle, url: s.feedUrl }), 120), when: when(s.seenAt) }));
	if (!e.article) return [...lines, t(locale, 'whySeenOnly')];
	lines.push(t(locale, 'whyStored', { when: when(e.article.createdAt) }));
	if (e.article.firstCopy) lines.push(t(locale, 'whySameStory', { title: toSafeMarkdown(e.article.firstCopy.title, 150), when: when(e.article.firstCopy.createdAt) }));
	if (contentNote) lines.push(t(locale, 'whyFromFeed', { note: toSafeMarkdown(contentNote, 200) }));
	for (const d of e.deliveries) {
		const channel = `<#${d.channelId}>`;
		const error = toSafeMarkdown(d.lastError ?? '?', 200);
		const where = forums.has(d.channelId) ? d.messageId : d.channelId;
		if (d.status === 'sent' && d.messageId) lines.push(t(locale, 'whySent', { channel, link: `https://discord.com/channels/${guildId}/${where}/${d.messageId}` }));
		else if (d.status === 'failed') lines.push(t(locale, 'whyFailed', { channel, error }));
		else lines.push(t(locale, d.lastError ? 'whyQueuedError' : 'whyQueued', { channel, attempts: d.attempts, error }));
	}
	for (const skip of e.skips) {
		const channel = `<#${skip.channelId}>`;
		lines.push(skip.reason === 'paused' ? t(locale, 'whyPaused', { channel }) : t(locale, 'whyFiltered', { channel, clause: inlineCode(skip.detail ?? '?', 120) }));
	}
	return lines;
}

/** An item that was never briefed: refused for good, or failed and waiting for its retry at the next poll. */
export function describeProblems(problems: ItemProblem[], feedNames: Map<number, string>, locale: FeedLocale): string[] {
	return problems.map((p) => {
		const feed = toSafeMarkdown(feedNames.get(p.feedId) ?? `#${p.feedId}`, 120);
		if (p.outcome === 'refused') return t(locale, 'whyRefused', { feed, when: when(p.at), reason: problemText(p.detail, locale) });
		const retry = p.retryAt !== null ? when(p.retryAt) : '?';
		return t(locale, 'whyProcessingFailed', { feed, when: when(p.at), error: problemText(p.detail, locale), retry });
	});
}

/** A recorded problem (`<code>: <detail>`) as the code's sentence in the reader's language, else its detail in backticks. */
function problemText(detail: string, locale: FeedLocale): string {
	const read = readStoredFailure(detail);
	return read.code ? failureText(read.code, locale, read.httpStatus) : `\`${inlineCode(detail, 200)}\`.`;
}
