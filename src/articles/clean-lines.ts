import { isTemplateLine, type BoilerplateStats } from './boilerplate.js';
import { LINE_RULES, type LineReason } from './rules/index.js';

/** The reason a rule pack gives for dropping this whole line, or null when no rule applies. */
export function classifyLine(line: string): LineReason | null {
	const length = line.length;
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
