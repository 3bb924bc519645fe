/**
 * The replies of `/settings`: pure, in English or French after the user's locale, always ephemeral and never pinging.
 */
import { MessageFlags, type InteractionReplyOptions } from 'discord.js';
import type { GuildSettings } from '../../store/types.js';

export const SETTINGS_LANGUAGES = ['en', 'fr', 'de', 'es', 'original'] as const;
export const SETTINGS_SUMMARIES = ['extractive', 'abstractive'] as const;

const NO_MENTIONS = { parse: [] as never[] };

type SettingsStringKey = 'title' | 'language' | 'summary' | 'original' | 'extractive' | 'abstractive' | 'saved' | 'noModel' | 'guildOnly' | 'forbidden' | 'unavailable';
export type SettingsStrings = Record<SettingsStringKey, string>;

const STRINGS: Record<'en' | 'fr', SettingsStrings> = {
	en: {
		title: 'Brief settings',
		language: 'Language',
		summary: 'Summary',
		original: 'each article in its own language',
		extractive: 'extractive (sentences of the article)',
		abstractive: 'abstractive (2-3 sentences written by a language model, checked against the article)',
		saved: 'Saved. New briefs follow these settings.',
		noModel: 'No language model is configured for this bot (LLM_BASE_URL), so briefs stay in their language and extractive until the operator sets one.',
		guildOnly: 'This command works in a server only.',
		forbidden: 'You need the Manage Server permission to change these settings.',
		unavailable: 'Settings are not available on this bot.',
	},
	fr: {
		title: 'Réglages des résumés',
		language: 'Langue',
		summary: 'Résumé',
		original: 'chaque article dans sa langue',
		extractive: 'extractif (phrases de l’article)',
		abstractive: 'génératif (2-3 phrases écrites par un modèle de langage, vérifiées sur l’article)',
		saved: 'Enregistré. Les nouveaux résumés suivent ces réglages.',
		noModel: 'Aucun modèle de langage n’est configuré pour ce bot (LLM_BASE_URL) : les résumés restent dans leur langue et extractifs tant que l’opérateur n’en configure pas.',
		guildOnly: 'Cette commande ne fonctionne que sur un serveur.',
		forbidden: 'Il faut la permission Gérer le serveur pour changer ces réglages.',
		unavailable: 'Les réglages ne sont pas disponibles sur ce bot.',
	},
};

export function settingsStrings(locale: string | null | undefined): SettingsStrings {
	return locale?.toLowerCase().startsWith('fr') ? STRINGS.fr : STRINGS.en;
}

export function settingsNotice(text: string): InteractionReplyOptions {
	return { content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

/** The guild's settings (defaults when it never set any), whether they were just saved, and whether a model is there. */
export function buildSettingsReply(
	settings: Pick<GuildSettings, 'language' | 'summary'> | null,
	options: { saved: boolean; llmConfigured: boolean; locale: string | null | undefined },
): InteractionReplyOptions {
	const t = settingsStrings(options.locale);
	const language = settings?.language ?? 'original';
	const summary = settings?.summary ?? 'extractive';
	const languageText = language === 'original' ? t.original : languageName(language, options.locale);
	const lines = [`**${t.language}:** ${languageText}`, `**${t.summary}:** ${summary === 'abstractive' ? t.abstractive : t.extractive}`];
	if (options.saved) lines.push('', t.saved);
	if (!options.llmConfigured && (language !== 'original' || summary === 'abstractive')) lines.push('', t.noModel);
	return { embeds: [{ title: t.title, description: lines.join('\n') }], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

function languageName(tag: string, locale: string | null | undefined): string {
	const display = locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
	return new Intl.DisplayNames([display], { type: 'language' }).of(tag) ?? tag;
}
