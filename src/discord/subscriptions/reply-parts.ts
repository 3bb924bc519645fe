/**
 * Pieces shared by the reader commands' replies: quote lines, article links, ephemeral notices, and the
 * entity option (autocomplete and resolution) of /who, /quote and /subscribe.
 */
import { MessageFlags, type InteractionReplyOptions } from 'discord.js';
import type { CommandContext } from '../../../commands/index.js';
import type { EntitySummary, QuoteHit } from '../../store/types.js';
import { isEmbeddableUrl, toSafeMarkdown, truncateText } from '../discord-text.js';
import { choiceName, entityRef, parseEntityRef } from './command-input.js';
import type { Texts } from '../i18n/index.js';

export const MAX_NAME_LENGTH = 100;
const MAX_LINKED_URL = 512;
/** Every reader reply is sent with this: text typed by users or found in articles never pings anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

export function ephemeral(content: string): InteractionReplyOptions {
	return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

export function articleLink(title: string, url: string | null): string {
	const text = toSafeMarkdown(title || url || '…', 90).replace(/[[\]]/g, '');
	// Angle brackets keep Discord from unfurling every linked article under the reply; a very long URL would eat
	// a whole 1,024-character field, so such an article is named without its link.
	return isEmbeddableUrl(url) && url.length <= MAX_LINKED_URL ? `[${text}](<${url}>)` : `*${text}*`;
}

export function timestampTag(ms: number, style: 'd' | 'D' = 'd'): string {
	return `<t:${Math.floor(ms / 1_000)}:${style}>`;
}

export function formatQuoteLine(hit: QuoteHit, t: Texts['reader'], withSpeaker: boolean): string {
	const quote = `“${toSafeMarkdown(hit.text, 300)}”`;
	const speaker = withSpeaker ? ` — **${toSafeMarkdown(hit.speaker ?? t.unknownSpeakerName, 80)}**` : '';
	return `${quote}${speaker}, ${articleLink(hit.articleTitle, hit.articleUrl)} ${timestampTag(hit.publishedAt ?? hit.createdAt)}`;
}

/** As many whole lines as fit in `max` characters (an embed field holds 1,024). */
export function joinWithin(lines: string[], max: number): string {
	const kept: string[] = [];
	let length = 0;
	for (const line of lines) {
		if (length + line.length + 1 > max) break;
		kept.push(line);
		length += line.length + 1;
	}
	return kept.length > 0 ? kept.join('\n') : truncateText(lines[0] ?? '', max);
}

/** Resolves an option naming an entity: an autocomplete pick (`e:<id>`), else typed text matched by name or alias. */
export async function resolveEntity(ctx: CommandContext, guildId: string, value: string): Promise<EntitySummary | null> {
	const id = parseEntityRef(value);
	if (id !== null) {
		return ctx.mentions.getEntity(guildId, id);
	}
	return ctx.mentions.findEntity(guildId, value);
}

/** Autocomplete choices over this guild's entity names and aliases. */
export async function suggestEntities(
	ctx: CommandContext,
	guildId: string,
	typed: string,
	limit = 25,
): Promise<Array<{ name: string; value: string }>> {
	const prefix = typed.trim().slice(0, MAX_NAME_LENGTH);
	if (!prefix) return [];
	const found = await ctx.mentions.autocompleteEntities(guildId, prefix, limit);
	return found.map((e) => ({ name: choiceName(`${e.name} (${e.mentionCount})`), value: entityRef(e.id) }));
}
