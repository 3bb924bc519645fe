/**
 * Junk templates: one string per junk item; `\n` separates the lines of a box that arrives as several lines.
 * Placeholders: {orig} the original publisher's name, {domain} its domain, {url} a URL on it, {site} a republisher,
 * {agency} a photo or news agency, {person} a made-up person, {handle} a social handle, {date}, {time}, {coin} a
 * made-up coin, {title} the article's title, {headline} another article's title, {n} a number.
 */
import type { Lang } from '../bodies.js';

export const TEMPLATE_KINDS = [
	'syndication',
	'promo',
	'share',
	'newsletter',
	'source',
	'disclaimer',
	'cookie',
	'caption',
	'byline',
	'related',
	'embed',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Kinds generated from the body or from numbers rather than from templates. */
export const GENERATED_KINDS = ['title-repeat', 'pull-quote', 'price-widget'] as const;
export type JunkKind = TemplateKind | (typeof GENERATED_KINDS)[number];

export type TemplateSet = Record<TemplateKind, Record<Lang, string[]>>;

/** The names junk brings in, which must never become entities of the brief. Train and eval pools differ. */
export interface NamePools {
	orig: string[];
	site: string[];
	agency: string[];
	person: string[];
	coin: string[];
	headlineWords: Record<Lang, string[]>;
}
