import { isTemplateLine, type BoilerplateStats } from './boilerplate.js';
import { LINE_RULES, type LineReason } from './rules/index.js';

/** The reason a rule pack gives for dropping this whole line, or null when no rule applies. */
export function classifyLine(line: string): LineReason | null {
	const length = line.length;
	if (isShareRow(line)) return 'share';
	for (const [reason, rules] of LINE_RULES) {
		for (const rule of rules) {
			if (length <= rule.maxChars && rule.pattern.test(line)) return reason;
		}
	}
	return null;
}

/** True when the source's recent articles say this line is template text. */
export function isSiteTemplate(line: string, stats: BoilerplateStats | undefined): boolean {
	return isTemplateLine(line, stats);
}

const SOCIAL = new Set(
	'facebook twitter x whatsapp linkedin pinterest pin pint pinit reddit telegram email e-mail mail instagram tumblr messenger flipboard sms copy link share print'.split(' '),
);

/** A row of share buttons: a short line whose words are mostly social network names. */
export function isShareRow(line: string): boolean {
	if (line.length > 80) return false;
	const words = line.toLowerCase().split(/[\s,|•·/]+/u).filter(Boolean);
	const social = words.filter((word) => SOCIAL.has(word)).length;
	// "Facebook and Twitter fined" is a headline: connecting words keep the share of network names low.
	return social >= 3 || (social >= 2 && social / words.length >= 0.75);
}
