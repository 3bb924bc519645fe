/**
 * A brief as the Discord embed would read, in plain text for a terminal.
 */
import type { Brief } from '../briefs/types.js';

const RULE = '─'.repeat(72);

export function formatBrief(brief: Brief, options: { alsoReportedBy?: string[]; format?: 'full' | 'compact' | 'headline' } = {}): string {
	const lines: string[] = [RULE];
	const source = brief.originalSource?.name ?? brief.siteName ?? hostOf(brief.url);
	const via = brief.republishedVia.length > 0 ? ` (via ${brief.republishedVia.join(', ')})` : '';
	lines.push(`▌ ${brief.title}`);
	lines.push(`  ${[source ? `${source}${via}` : null, brief.url].filter(Boolean).join(' · ')}`);
	const original = brief.originalSource?.url;
	if (original && original !== brief.url) lines.push(`  original: ${original}`);
	if (brief.contentSource === 'feed') lines.push(`  (from the feed's own text: ${brief.contentNote ?? 'the page was not used'})`);
	if (options.format === 'headline') return lines.join('\n');
	if (options.format === 'compact') {
		// As on Discord: one summary sentence and the top quote.
		const quote = brief.quotes.find((q) => q.key);
		if (brief.summary[0]) lines.push('', `  ${brief.summary[0]}`);
		if (quote) lines.push(`   «${quote.text}» — ${quote.speaker ?? quote.speakerText ?? 'unattributed'}`);
		return lines.join('\n');
	}
	lines.push('');
	for (const sentence of brief.summary) lines.push(`  ${sentence}`);
	const keyQuotes = brief.quotes.filter((q) => q.key);
	if (keyQuotes.length > 0) {
		lines.push('', '  Quotes');
		for (const q of keyQuotes) lines.push(`   «${q.text}» — ${q.speaker ?? q.speakerText ?? 'unattributed'}`);
	}
	const people = brief.entities.filter((e) => e.type === 'person');
	const companies = brief.entities.filter((e) => e.type === 'organization');
	if (people.length > 0) {
		lines.push('', '  People');
		for (const p of people) lines.push(`   ${p.name}${p.roles.length > 0 ? ` — ${p.roles.slice(0, 2).join('; ')}` : ''}`);
	}
	if (companies.length > 0) lines.push('', `  Companies: ${companies.map((c) => c.name).join(', ')}`);
	const footer = [brief.language, brief.publishedAt].filter(Boolean);
	if (options.alsoReportedBy && options.alsoReportedBy.length > 0) footer.push(`also reported by ${options.alsoReportedBy.join(', ')}`);
	lines.push('', `  ${footer.join(' · ')}`);
	return lines.join('\n');
}

function hostOf(url: string | null): string | null {
	if (!url) return null;
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return null;
	}
}
