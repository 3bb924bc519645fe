import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { LineReason, LineRule, RulePack } from './types.js';

export type { LineReason, LineRule, RulePack } from './types.js';

export const RULE_PACKS: readonly RulePack[] = [en, fr, de, es, it, pt];

// Checked in this order: the first match names the reason, so the most specific kinds come first.
const LINE_REASON_ORDER: readonly LineReason[] = [
	'disclaimer',
	'cookie',
	'newsletter',
	'share',
	'read-more',
	'credit',
	'caption',
	'promo',
	'byline',
	'chrome',
];

/** Every pack's line rules, merged by reason, in the order they are checked. */
export const LINE_RULES: ReadonlyArray<[LineReason, LineRule[]]> = LINE_REASON_ORDER.map((reason) => [
	reason,
	RULE_PACKS.flatMap((pack) => pack.lines[reason] ?? []),
]);

export const SYNDICATION_PATTERNS: readonly RegExp[] = RULE_PACKS.flatMap((pack) => pack.syndication);
export const REPUBLISHER_PATTERNS: readonly RegExp[] = RULE_PACKS.flatMap((pack) => pack.republisher);
export const SOURCE_LABELS: readonly string[] = [...new Set(RULE_PACKS.flatMap((pack) => pack.sourceLabels))];
