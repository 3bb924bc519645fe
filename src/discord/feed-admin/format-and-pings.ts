/** /feed format and /feed ping: how the guild's copy of a feed looks, and who it mentions. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { parseFilter } from '../../filters/parse-filter.js';
import { UserError } from '../../shared/errors.js';
import type { FeedFormat, FeedPing } from '../../store/types.js';
import { toSafeMarkdown } from '../discord-text.js';
import { guildFeedTitle, guildSettings, inlineCode } from './guild-feed.js';
import { filterErrorMessage, patchFeed, pickFeed, reply, type Handler } from './manage-feed.js';
import { t, type FeedStringKey } from './strings.js';

export const MAX_PINGS_PER_FEED = 10;
const FORMATS: readonly FeedFormat[] = ['full', 'compact', 'headline'];

export const setFormat: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const value = interaction.options.getString('format', true);
	if (!FORMATS.includes(value as FeedFormat)) throw new UserError('feed-format-unknown', t(locale, 'feedUnknown', { value: toSafeMarkdown(value, 40) }));
	await patchFeed(ctx, locale, guildId, feed.id, { format: value as FeedFormat });
	const format = t(locale, `formatName_${value}` as FeedStringKey);
	return reply(interaction, t(locale, 'formatSet', { title: toSafeMarkdown(guildFeedTitle(feed), 200), format }));
};

export const setPing: Handler = async (interaction, ctx, locale, guildId) => {
	const feed = await pickFeed(interaction, ctx, locale, guildId);
	const who = pingTarget(interaction, guildId, locale);
	const title = toSafeMarkdown(guildFeedTitle(feed), 200);
	const mention = who.kind === 'role' ? `<@&${who.id}>` : `<@${who.id}>`;
	const current = guildSettings(feed)?.pings ?? [];
	const others = current.filter((p) => !(p.kind === who.kind && p.id === who.id));
	if (interaction.options.getBoolean('remove')) {
		if (others.length === current.length) return reply(interaction, t(locale, 'pingNotFound', { who: mention, title }));
		await patchFeed(ctx, locale, guildId, feed.id, { pings: others });
		return reply(interaction, t(locale, 'pingRemoved', { who: mention, title }));
	}
	const text = interaction.options.getString('filter');
	let filter: string | null = null;
	if (text !== null) {
		const parsed = parseFilter(text);
		if (!parsed.ok) throw new UserError('feed-filter-invalid', filterErrorMessage(locale, text, parsed.error), { code: parsed.error.code });
		filter = parsed.filter.source;
	}
	if (others.length >= MAX_PINGS_PER_FEED) throw new UserError('feed-ping-limit', t(locale, 'pingTooMany', { max: MAX_PINGS_PER_FEED }));
	const ping: FeedPing = { kind: who.kind, id: who.id, filter };
	await patchFeed(ctx, locale, guildId, feed.id, { pings: [...others, ping] });
	const when = filter ? t(locale, 'pingWhen', { expression: inlineCode(filter) }) : '';
	return reply(interaction, t(locale, 'pingAdded', { who: mention, title, when }));
};

/** The role or member picked; the guild's @everyone role (its id is the guild's) is refused whatever its name. */
function pingTarget(interaction: ChatInputCommandInteraction, guildId: string, locale: Parameters<typeof t>[0]): { kind: 'role' | 'user'; id: string } {
	const role = interaction.options.getRole('role');
	const member = interaction.options.getUser('member');
	if (role) {
		if (role.id === guildId) throw new UserError('feed-ping-everyone', t(locale, 'pingEveryone'));
		return { kind: 'role', id: role.id };
	}
	if (member) return { kind: 'user', id: member.id };
	throw new UserError('feed-ping-missing', t(locale, 'pingNeedsTarget'));
}

