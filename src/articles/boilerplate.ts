import type { Article } from './types.js';

/**
 * What a source's recent articles looked like, line by line: how many articles were recorded and, for each line
 * fingerprint, in how many of them it appeared. Matches `BoilerplateStore.load` in src/store/types.ts.
 */
export type BoilerplateStats = { articles: number; lines: Map<string, number> };

/** Below this many recorded articles, no line is called template text: too little evidence. */
export const MIN_ARTICLES_FOR_TEMPLATE = 5;
/** A line seen in at least this share of a source's recent articles is the site's template. */
export const TEMPLATE_SHARE = 0.5;
// Very short lines ("Photo", "1.") repeat by chance; they are left to the other rules.
const MIN_FINGERPRINT_CHARS = 12;

/** The line normalised so that dates, counters and spacing do not hide a repeated template line. */
export function lineFingerprint(line: string): string {
	return line
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\p{N}+/gu, '0')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** The distinct fingerprints of an article's lines (body and removed), to record for its source. */
export function fingerprintsOf(article: Pick<Article, 'paragraphs' | 'removed'>): string[] {
	const out = new Set<string>();
	for (const piece of [...article.paragraphs, ...article.removed]) {
		const fingerprint = lineFingerprint(piece.text);
		if (fingerprint.length >= MIN_FINGERPRINT_CHARS) out.add(fingerprint);
	}
	return [...out];
}

/** True when the stats say this line is the source's template text. */
export function isTemplateLine(line: string, stats: BoilerplateStats | undefined): boolean {
	if (!stats || stats.articles < MIN_ARTICLES_FOR_TEMPLATE) return false;
	const fingerprint = lineFingerprint(line);
	if (fingerprint.length < MIN_FINGERPRINT_CHARS) return false;
	return (stats.lines.get(fingerprint) ?? 0) >= stats.articles * TEMPLATE_SHARE;
}

/** Adds one article's fingerprints to the stats (a new object; the input is left alone). */
export function recordFingerprints(stats: BoilerplateStats, fingerprints: readonly string[]): BoilerplateStats {
	const lines = new Map(stats.lines);
	for (const fingerprint of fingerprints) lines.set(fingerprint, (lines.get(fingerprint) ?? 0) + 1);
	return { articles: stats.articles + 1, lines };
}
