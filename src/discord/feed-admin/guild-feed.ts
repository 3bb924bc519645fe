/** Finding one of the guild's feeds from a /feed option, and how it is named on that guild. */
import type { FeedRecord, FeedTarget, TargetSettings } from '../../store/types.js';
import { UserError } from '../../shared/errors.js';
import { toSafeMarkdown, truncateText } from '../discord-text.js';
import { feedLabel, type GuildFeed } from './format-feed-list.js';
import { t, type FeedLocale } from './strings.js';

export interface FeedLookup {
	listGuildFeeds(guildId: string): Promise<GuildFeed[]>;
}

/** The guild's feed picked by autocomplete (its id) or typed as its URL; a clear error otherwise. */
export async function findGuildFeed(feeds: FeedLookup, guildId: string, value: string, locale: FeedLocale): Promise<GuildFeed> {
	const wanted = value.trim();
	const all = await feeds.listGuildFeeds(guildId);
	const feed = all.find((f) => String(f.id) === wanted || f.url === wanted || f.finalUrl === wanted);
	if (!feed) throw new UserError('feed-unknown', t(locale, 'feedUnknown', { value: toSafeMarkdown(wanted, 100) }));
	return feed;
}

/** The guild's settings for the feed: those of its first target (every target of a guild shares them). */
export function guildSettings(feed: { targets: FeedTarget[] }): TargetSettings | undefined {
	return feed.targets[0]?.settings;
}

/** The guild's own name for the feed when it gave one, else the feed's title or URL. */
export function guildFeedTitle(feed: Pick<FeedRecord, 'title' | 'url'> & { targets?: FeedTarget[] }, max = 100): string {
	const label = feed.targets?.[0]?.settings?.label;
	return label ? truncateText(label, max) : feedLabel(feed, max);
}

/** User text shown inside `inline code`: a backtick would end the span early. */
export function inlineCode(text: string, max = 300): string {
	return truncateText(text.replace(/`/g, 'ˋ').replace(/\s+/g, ' '), max);
}
