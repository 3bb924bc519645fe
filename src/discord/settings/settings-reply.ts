/**
 * The replies of `/settings`: pure, in the reply locale (src/discord/i18n), always ephemeral and never pinging.
 */
import { MessageFlags, type InteractionReplyOptions } from 'discord.js';
import type { GuildSettings } from '../../store/types.js';
import { t as textsFor, type Locale } from '../i18n/index.js';

export const SETTINGS_LANGUAGES = ['en', 'fr', 'de', 'es', 'original'] as const;
export const SETTINGS_SUMMARIES = ['extractive', 'abstractive'] as const;

const NO_MENTIONS = { parse: [] as never[] };

export function settingsNotice(text: string): InteractionReplyOptions {
	return { content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

/** The guild's settings (defaults when it never set any), whether they were just saved, and whether a model is there. */
export function buildSettingsReply(
	settings: Pick<GuildSettings, 'language' | 'summary'> | null,
	options: { saved: boolean; llmConfigured: boolean; locale: Locale },
): InteractionReplyOptions {
	const t = textsFor(options.locale).settings;
	const language = settings?.language ?? 'original';
	const summary = settings?.summary ?? 'extractive';
	const languageText = language === 'original' ? t.original : languageName(language, options.locale);
	const lines = [`**${t.language}:** ${languageText}`, `**${t.summary}:** ${summary === 'abstractive' ? t.abstractive : t.extractive}`];
	if (options.saved) lines.push('', t.saved);
	if (!options.llmConfigured && (language !== 'original' || summary === 'abstractive')) lines.push('', t.noModel);
	return { embeds: [{ title: t.title, description: lines.join('\n') }], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

function languageName(tag: string, locale: Locale): string {
	return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
}
