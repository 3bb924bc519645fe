/**
 * The locales the bot answers in, and the one rule that picks a reply's locale.
 * Discord sends the user's client locale on every interaction ("fr", "en-GB", "pt-BR"...) and the guild's
 * preferred locale on guild interactions; every French variant answers in French.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Discord locale codes a locale's command texts are registered under (English is the default text). */
export const DISCORD_LOCALES: Record<Exclude<Locale, 'en'>, readonly string[]> = { fr: ['fr'] };

/** The supported locale a Discord or BCP 47 tag names, or null when we do not answer in it. */
export function supportedLocale(tag: string | null | undefined): Locale | null {
	const primary = tag?.toLowerCase().split(/[-_]/)[0];
	return primary && (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

/**
 * The locale of a reply: the user's own when we speak it, else the server's preferred one, else English.
 * Before this module each area asked only "does the user's locale start with fr?"; the server's locale now decides
 * for users whose own language we do not speak (a German reader on a French server reads French, not English).
 */
export function pickLocale(userLocale: string | null | undefined, guildLocale?: string | null): Locale {
	return supportedLocale(userLocale) ?? supportedLocale(guildLocale) ?? 'en';
}

/** The reply locale of an interaction (its `locale` and `guildLocale`). */
export function localeOf(interaction: { locale?: string | null; guildLocale?: string | null }): Locale {
	return pickLocale(interaction.locale, interaction.guildLocale);
}
