/**
 * A brief in the format the guild chose for the feed (`full`, `compact`, `headline`), labelled in the guild's
 * language, with the feed's pings. Mentions are allowed for exactly the roles and users pinged, never by parsing:
 * a role named "everyone" is still only its own id, and the guild's @everyone role (whose id is the guild's) is
 * never pinged at all.
 */
import type { APIAllowedMentions, APIEmbed } from 'discord.js';
import type { Brief } from '../../briefs/types.js';
import { evaluateFilter } from '../../filters/evaluate-filter.js';
import { parseFilter } from '../../filters/parse-filter.js';
import type { FeedPing, TargetSettings } from '../../store/types.js';
import { isEmbeddableUrl, toSafeMarkdown, truncateText } from '../discord-text.js';
import { EMBED_LIMITS, readerLabels, renderBrief, type BriefMessagePayload, type RenderBriefOptions } from '../render-brief.js';

const COMPACT_COLOR = 0x5865f2;
const MAX_SUMMARY_CHARS = 300;
const MAX_QUOTE_CHARS = 280;
const MAX_PINGS = 50;

export type RenderFn = (brief: Brief, options: RenderBriefOptions) => BriefMessagePayload;

export function renderForTarget(
	brief: Brief,
	settings: TargetSettings,
	guildId: string,
	options: RenderBriefOptions,
	render: RenderFn = renderBrief,
): BriefMessagePayload {
	const locale = settings.locale;
	const payload =
		settings.format === 'full' ? render(brief, { ...options, labelsLocale: locale }) : renderShort(brief, settings.format, locale, options);
	return withPings(payload, pingsFor(settings.pings, brief, guildId));
}

function renderShort(brief: Brief, format: 'compact' | 'headline', locale: string | null, options: RenderBriefOptions): BriefMessagePayload {
	// The full render gives the content line (subscriber mentions), the title and the link, escaped and bounded.
	const full = renderBrief(brief, { ...options, labelsLocale: locale });
	const base = full.embeds[0];
	const embed: APIEmbed = { color: COMPACT_COLOR, title: base.title ?? '…' };
	const link = [brief.canonicalUrl, brief.url].find(isEmbeddableUrl);
	if (link) embed.url = link;
	if (base.author) embed.author = base.author;
	if (base.timestamp) embed.timestamp = base.timestamp;
	if (format === 'compact') {
		const first = brief.summary.find((s) => s.trim());
		if (first) embed.description = toSafeMarkdown(first, MAX_SUMMARY_CHARS);
		const quote = brief.quotes.find((q) => q.key && q.text.trim()) ?? null;
		if (quote) {
			const labels = readerLabels(brief.language, locale);
			const speaker = quote.speaker ?? quote.speakerText;
			const by = speaker ? ` — **${toSafeMarkdown(speaker, 80)}**` : '';
			embed.fields = [{ name: labels.quotes, value: `${labels.open}${toSafeMarkdown(quote.text, MAX_QUOTE_CHARS)}${labels.close}${by}` }];
		}
	}
	return { ...(full.content ? { content: full.content } : {}), embeds: [embed], allowed_mentions: full.allowed_mentions };
}

/** The pings whose filter accepts the brief; a ping whose stored filter no longer parses is skipped, not sent. */
export function pingsFor(pings: readonly FeedPing[], brief: Brief, guildId: string): FeedPing[] {
	return pings
		.filter((p) => /^\d{1,20}$/.test(p.id) && !(p.kind === 'role' && p.id === guildId))
		.filter((p) => {
			if (!p.filter) return true;
			const parsed = parseFilter(p.filter);
			return parsed.ok && evaluateFilter(parsed.filter, brief).pass;
		})
		.slice(0, MAX_PINGS);
}

function withPings(payload: BriefMessagePayload, pings: FeedPing[]): BriefMessagePayload {
	if (pings.length === 0) return payload;
	const roles = [...new Set(pings.filter((p) => p.kind === 'role').map((p) => p.id))];
	const users = [...new Set(pings.filter((p) => p.kind === 'user').map((p) => p.id))];
	const line = [...roles.map((id) => `<@&${id}>`), ...users.map((id) => `<@${id}>`)].join(' ');
	const content = truncateText(payload.content ? `${line}\n${payload.content}` : line, EMBED_LIMITS.content);
	const allowedUsers = [...new Set([...(payload.allowed_mentions.users ?? []), ...users])].slice(0, EMBED_LIMITS.allowedUsers);
	const allowed_mentions: APIAllowedMentions = { parse: [], ...(roles.length ? { roles: roles.slice(0, 100) } : {}), ...(allowedUsers.length ? { users: allowedUsers } : {}) };
	return { ...payload, content, allowed_mentions };
}
