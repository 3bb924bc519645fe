/**
 * The /feed strings now live in src/discord/i18n/feed-strings.ts with every other table (ADR 015); these names stay
 * so the feed-admin handlers keep their short `t(locale, key, values)` for keys chosen at run time.
 */
export { feedText as t, type FeedStringKey } from '../i18n/feed-strings.js';
export { pickLocale as toFeedLocale, type Locale as FeedLocale } from '../i18n/locale.js';
