/** The /feed filter preview: for the feed's last stored items, which the filter would post and which not, and why. */
import type { APIEmbed } from 'discord.js';
import type { Brief } from '../../briefs/types.js';
import { evaluateFilter } from '../../filters/evaluate-filter.js';
import type { ParsedFilter } from '../../filters/parse-filter.js';
import { toSafeMarkdown } from '../discord-text.js';
import { inlineCode } from './guild-feed.js';
import { t, type FeedLocale } from './strings.js';

export const PREVIEW_ITEMS = 20;
const MAX_DESCRIPTION = 4_000;

export function filterPreviewEmbed(filter: ParsedFilter, briefs: readonly Brief[], locale: FeedLocale): APIEmbed {
	if (briefs.length === 0) return { description: t(locale, 'filterPreviewEmpty') };
	let posted = 0;
	const lines = briefs.map((brief) => {
		const verdict = evaluateFilter(filter, brief);
		const title = toSafeMarkdown(brief.title || brief.url || '?', 90);
		const clause = inlineCode(verdict.clause, 80);
		if (verdict.pass) {
			posted++;
			return t(locale, 'filterWouldPost', { title, why: t(locale, 'filterBecauseMatched', { clause }) });
		}
		const why = t(locale, verdict.clauseMatched ? 'filterBecauseExcluded' : 'filterBecauseMissing', { clause });
		return t(locale, 'filterWouldSkip', { title, why });
	});
	let description = '';
	for (const line of lines) {
		if (description.length + line.length + 1 > MAX_DESCRIPTION) break;
		description += `${line}\n`;
	}
	return {
		title: t(locale, 'filterPreviewTitle', { n: briefs.length }),
		description: description.trimEnd(),
		footer: { text: t(locale, 'filterSummary', { posted, total: briefs.length }) },
	};
}
