/** The /feed list embed: one block per feed with its status, channels, last error and next poll. */
import type { APIEmbed } from 'discord.js';
import type { FeedRecord, FeedTarget, TargetRoute } from '../../store/types.js';
import { toSafeMarkdown, truncateText } from '../discord-text.js';
import { t, type FeedLocale } from './strings.js';
import { routeLabelKey } from './target-kind.js';
import { readStoredFailure, sayStoredFailure, storedFailureText } from '../../shared/stored-failure.js';

const MAX_DESCRIPTION = 4_000;

export type GuildFeed = FeedRecord & { targets: FeedTarget[] };

export function formatFeedList(feeds: GuildFeed[], locale: FeedLocale, now: number, routes: readonly TargetRoute[] = []): APIEmbed {
	const byTarget = new Map(routes.map((r) => [r.targetId, r]));
	const blocks = feeds.map((feed) => formatFeed(feed, locale, now, byTarget));
	let description = '';
	for (const [index, block] of blocks.entries()) {
		const more = `\n\n${t(locale, 'listMore', { n: blocks.length - index })}`;
		const next = description ? `${description}\n\n${block}` : block;
		// Keep room for the "and N more" line so the cut is never silent.
		if (next.length + (index < blocks.length - 1 ? more.length : 0) > MAX_DESCRIPTION) {
			description += more;
			break;
		}
		description = next;
	}
	return { title: t(locale, 'listTitle'), description: description || t(locale, 'listEmpty') };
}

export function feedLabel(feed: Pick<FeedRecord, 'title' | 'url'>, max = 100): string {
	return truncateText((feed.title ?? '').trim() || feed.url, max);
}

function formatFeed(feed: GuildFeed, locale: FeedLocale, now: number, routes: Map<number, TargetRoute>): string {
	const settings = feed.targets[0]?.settings;
	const name = settings?.label ? truncateText(settings.label, 100) : feedLabel(feed);
	const lines = [`**${toSafeMarkdown(name, 120)}** (#${feed.id}) — ${describeStatus(feed, locale)}`];
	lines.push(`<${truncateText(feed.url, 300)}>`);
	const extras = [
		settings?.filter ? t(locale, 'listFilter', { expression: truncateText(settings.filter.replace(/`/g, 'ˋ'), 120) }) : null,
		settings?.intervalMs ? t(locale, 'listInterval', { minutes: Math.round(settings.intervalMs / 60_000) }) : null,
		settings && settings.format !== 'full' ? t(locale, 'listFormat', { format: settings.format }) : null,
		settings?.pings.length ? t(locale, 'listPings', { who: settings.pings.map((p) => (p.kind === 'role' ? `<@&${p.id}>` : `<@${p.id}>`)).join(' ') }) : null,
	].filter((x): x is string => x !== null);
	if (extras.length > 0) lines.push(extras.join(' · '));
	const channels = feed.targets
		.filter((target) => !target.disabledReason)
		.map((target) => t(locale, 'listTarget', { channel: `<#${target.channelId}>`, kind: t(locale, routeLabelKey(routes.get(target.id))) }));
	if (channels.length > 0) lines.push(channels.join(' '));
	for (const target of feed.targets.filter((x) => x.disabledReason)) {
		lines.push(t(locale, 'targetDisabled', { channel: `<#${target.channelId}>`, reason: toSafeMarkdown(target.disabledReason ?? '', 200) }));
	}
	if (feed.lastError) lines.push(t(locale, 'lastError', { error: toSafeMarkdown(storedFailureText(feed.lastError, locale), 200) }));
	if (!feed.disabledReason) {
		const when = Math.max(feed.nextPollAt, now);
		lines.push(t(locale, 'nextPoll', { when: `<t:${Math.floor(when / 1_000)}:R>` }));
	}
	return lines.join('\n');
}

function describeStatus(feed: GuildFeed, locale: FeedLocale): string {
	if (feed.disabledReason) return describeDisabled(feed.disabledReason, locale);
	if (feed.targets[0]?.settings?.pausedAt) return t(locale, 'statusPaused');
	if (feed.consecutiveFailures > 0) return t(locale, 'statusFailing', { n: feed.consecutiveFailures });
	if (!feed.initialized) return t(locale, 'statusPending');
	return t(locale, 'statusActive');
}

/** Why a feed is disabled, in the reader's language: the stored reason's code and count, else the reason as stored. */
function describeDisabled(reason: string, locale: FeedLocale): string {
	const read = readStoredFailure(reason);
	const error = toSafeMarkdown(sayStoredFailure(read, locale), 200);
	if (read.disabledAfter !== undefined) return t(locale, 'statusDisabledAfter', { n: read.disabledAfter, error });
	if (read.refused) return t(locale, 'statusRefused', { error });
	return t(locale, 'statusDisabled', { reason: toSafeMarkdown(reason, 200) });
}
