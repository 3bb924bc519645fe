/**
 * /feed import (an OPML attachment) and /feed export (an OPML file). Import answers at once with a deferred
 * reply, checks every address as /feed add does (a few at a time), adds what passes within the guild's cap, and
 * reports what was added and what was refused with the reason. Nothing is lost on a refusal: the others go on.
 */
import { MessageFlags } from 'discord.js';
import { LimitError, UserError } from '../../shared/errors.js';
import { truncateText } from '../discord-text.js';
import { guildFeedTitle } from './guild-feed.js';
import type { Handler } from './manage-feed.js';
import { MAX_OPML_BYTES, readOpml, writeOpml } from './opml.js';
import { parseFeedUrl } from './parse-feed-options.js';
import { failureText } from '../../shared/failure-codes.js';
import { t, type FeedLocale } from './strings.js';
import { targetKindOf } from './target-kind.js';

const CHECKS_AT_ONCE = 16;
const SHOWN_REFUSALS = 15;
const ATTACHMENT_TIMEOUT_MS = 15_000;
const NO_MENTIONS = { parse: [] as [] };

export const importOpml: Handler = async (interaction, ctx, locale, guildId) => {
	const file = interaction.options.getAttachment('file', true);
	if (file.size > MAX_OPML_BYTES) throw new UserError('opml-too-large', t(locale, 'opmlTooLarge'));
	const picked = interaction.options.getChannel('channel');
	const channelId = picked?.id ?? interaction.channelId;
	const kind = targetKindOf(picked ? picked.type : interaction.channel?.type);
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const text = await readAttachment(file.url, locale);
	const feeds = readOpml(text);
	if (feeds.length === 0) throw new UserError('opml-empty', t(locale, 'opmlEmpty'));
	const outcome = { added: 0, already: 0, refused: [] as Array<{ url: string; reason: string }> };
	const queue = [...feeds];
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const parsed = parseFeedUrl(next.url);
			if (!parsed.ok) {
				outcome.refused.push({ url: next.url, reason: t(locale, parsed.error) });
				continue;
			}
			const check = await ctx.services.checkFeed(parsed.value);
			if (check.status === 'error') {
				outcome.refused.push({ url: parsed.value, reason: failureText(check.code, locale, check.httpStatus) });
				continue;
			}
			try {
				const added = await ctx.feeds.addFeedTarget({
					guildId,
					url: parsed.value,
					channelId,
					now: ctx.now(),
					locale: interaction.guildLocale,
					...(ctx.feedLimits ? { limits: { maxFeeds: ctx.feedLimits.maxFeeds } } : {}),
				});
				if (kind !== 'channel') await ctx.feeds.setTargetKind({ guildId, feedId: added.feed.id, channelId, kind });
				if (added.created) outcome.added++;
				else outcome.already++;
			} catch (error) {
				if (!(error instanceof LimitError)) throw error;
				outcome.refused.push({ url: parsed.value, reason: t(locale, 'limitFeeds', { max: error.max }) });
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(CHECKS_AT_ONCE, feeds.length) }, worker));
	ctx.logger.info({ guildId, channelId, listed: feeds.length, added: outcome.added, refused: outcome.refused.length }, 'opml import');
	await interaction.editReply({ content: report(outcome, `<#${channelId}>`, locale), allowedMentions: NO_MENTIONS });
};

export const exportOpml: Handler = async (interaction, ctx, locale, guildId) => {
	const feeds = await ctx.feeds.listGuildFeeds(guildId);
	if (feeds.length === 0) {
		await interaction.reply({ content: t(locale, 'exportEmpty'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
		return;
	}
	const opml = writeOpml(
		`${interaction.guild?.name ?? guildId} — briefbot`,
		feeds.map((f) => ({ url: f.url, title: guildFeedTitle(f, 300) })),
		new Date(ctx.now()),
	);
	await interaction.reply({
		content: t(locale, 'exported', { n: feeds.length }),
		files: [{ attachment: Buffer.from(opml, 'utf8'), name: 'briefbot-feeds.opml' }],
		flags: MessageFlags.Ephemeral,
		allowedMentions: NO_MENTIONS,
	});
};

/** The attachment's text from Discord's CDN (the URL comes from Discord's resolved data, not from the user). */
async function readAttachment(url: string, locale: FeedLocale): Promise<string> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS), redirect: 'error' });
		if (!response.ok) {
			const reason = failureText('http-error', locale, response.status);
			throw new UserError('opml-unreadable', t(locale, 'opmlUnreadable', { message: reason }), { status: response.status });
		}
		const body = await response.arrayBuffer();
		if (body.byteLength > MAX_OPML_BYTES) throw new UserError('opml-too-large', t(locale, 'opmlTooLarge'));
		return new TextDecoder('utf-8').decode(body);
	} catch (error) {
		if (error instanceof UserError) throw error;
		// The library's own words (English, and about our side) go to the log through the cause, not to the user.
		const code = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
		throw new UserError('opml-unreadable', t(locale, 'opmlUnreadable', { message: failureText(code, locale) }), {}, { cause: error });
	}
}

function report(outcome: { added: number; already: number; refused: Array<{ url: string; reason: string }> }, channel: string, locale: FeedLocale): string {
	const lines = [t(locale, 'opmlReport', { channel, added: outcome.added, already: outcome.already, refused: outcome.refused.length })];
	for (const refusal of outcome.refused.slice(0, SHOWN_REFUSALS)) {
		lines.push(t(locale, 'opmlRefused', { url: truncateText(refusal.url, 150), reason: truncateText(refusal.reason.replace(/[<>@`]/g, ''), 150) }));
	}
	if (outcome.refused.length > SHOWN_REFUSALS) lines.push(t(locale, 'opmlMore', { n: outcome.refused.length - SHOWN_REFUSALS }));
	return truncateText(lines.join('\n'), 2_000);
}
