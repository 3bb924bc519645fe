import type { RemovalReason } from '../types.js';

/** Reasons a whole line can be dropped for by matching a pattern. */
export type LineReason = Extract<
	RemovalReason,
	'promo' | 'newsletter' | 'share' | 'read-more' | 'credit' | 'caption' | 'cookie' | 'disclaimer' | 'byline' | 'chrome'
>;

/** A line pattern and the longest line it may remove: real paragraphs are long, junk lines are short. */
export interface LineRule {
	pattern: RegExp;
	maxChars: number;
}

/**
 * One language's cleaning knowledge, kept as data so a language is added without touching the code.
 * Every pack is applied to every article: junk is often in another language than the body.
 */
export interface RulePack {
	language: string;
	/**
	 * Syndication blurbs, matched anywhere in a line (they come glued to other text). The named group `site`
	 * captures the site the blurb names; the pattern must end right after the blurb's last character.
	 */
	syndication: RegExp[];
	/** Labels of "Source: URL" lines ("Source", "Quelle", "Fuente"). */
	sourceLabels: string[];
	/** Patterns naming the company behind a disclaimer; the named group `name` captures it. */
	republisher: RegExp[];
	lines: Partial<Record<LineReason, LineRule[]>>;
}

/** Builds a rule list sharing one length cap. */
export function rules(maxChars: number, ...patterns: RegExp[]): LineRule[] {
	return patterns.map((pattern) => ({ pattern, maxChars }));
}

/** The end of a blurb's site name: a full stop followed by a space, or the end of the line. Lazy, so "News.com" keeps its inner dot. */
export const SITE = String.raw`(?<site>[\p{L}\p{N}][^\n]{0,80}?)(?:\.(?=\s|$)|(?=\s*$))`;

/** A company or site name in running text: capitalised words, inner dots allowed ("Coin.com"), no sentence end. */
export const NAME = String.raw`(?<name>\p{Lu}[\p{L}\p{N}&-]*(?:\.[\p{L}\p{N}]+)*(?: \p{Lu}[\p{L}\p{N}&-]*(?:\.[\p{L}\p{N}]+)*){0,3})`;
