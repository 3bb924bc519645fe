/**
 * Readers of the quote datasets in `../shared/datasets/quotes/` (read in place, never copied), into one form:
 * an article's text and its gold quotes, each with the character ranges of the quote and of its source.
 * Shared by `train-quotes.ts` (train splits) and `eval-quotes.ts` (dev splits), so both count the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const QUOTES_DIR = path.resolve(REPO_ROOT, '../shared/datasets/quotes');

export interface GoldQuote {
	ranges: Array<[number, number]>;
	/** Where the source is written (empty when the dataset gives a name only, as fr-dev does). */
	sourceRanges: Array<[number, number]>;
	/** The source as written, or the name an editor would print; null when nobody is said or named. */
	source: string | null;
	/** Other names of the same speaker (fr-dev aliases). */
	aliases: string[];
	/** Counted in recall: a direct quote of 4+ words. */
	counted: boolean;
}

export interface GoldArticle {
	id: string;
	language: string;
	text: string;
	quotes: GoldQuote[];
}

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function parseRanges(spec: string): Array<[number, number]> {
	return spec.split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
}

/** PolNeAR (brat stand-off): attributions whose content holds a quoted run of 4+ words are direct quotes. */
function polnearArticle(text: string, ann: string, id: string): GoldArticle {
	const spans = new Map<string, Array<[number, number]>>();
	const events: string[] = [];
	for (const line of ann.split('\n')) {
		if (line.startsWith('T')) {
			const [tid, info] = line.split('\t');
			const [, ...rest] = (info ?? '').split(' ');
			if (tid) spans.set(tid, parseRanges(rest.join(' ')));
		} else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
	}
	const quotes: GoldQuote[] = [];
	for (const event of events) {
		const roles = Object.fromEntries(event.split(' ').map((p) => p.split(':') as [string, string]));
		const content = roles.Content ? spans.get(roles.Content) : undefined;
		if (!content) continue;
		const source = roles.Source ? spans.get(roles.Source) : undefined;
		const contentText = content.map(([a, b]) => text.slice(a, b)).join(' ');
		const quoted = [...contentText.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => words(m[1] ?? ''));
		quotes.push({
			ranges: content,
			sourceRanges: source ?? [],
			source: source ? source.map(([a, b]) => text.slice(a, b)).join(' ') : null,
			aliases: [],
			counted: /["“”]/.test(contentText) && Math.max(0, ...quoted) >= 4,
		});
	}
	return { id, language: 'en', text, quotes };
}

export function loadPolnear(split: 'train' | 'dev'): GoldArticle[] {
	const root = path.join(QUOTES_DIR, `polnear-${split}`, split);
	if (!existsSync(root)) return [];
	const annFiles = readdirSync(path.join(root, 'attributions')).sort();
	const articles: GoldArticle[] = [];
	for (const file of readdirSync(path.join(root, 'text')).sort()) {
		const prefix = file.replace(/\.txt$/, '');
		const annFile = annFiles.find((a) => a.startsWith(`${prefix}_`));
		if (!annFile) continue;
		const text = readFileSync(path.join(root, 'text', file), 'utf8');
		articles.push(polnearArticle(text, readFileSync(path.join(root, 'attributions', annFile), 'utf8'), prefix));
	}
	return articles;
}

interface WikinewsSpan {
	charBegin: number;
	charEnd: number;
}
interface WikinewsAnnotation {
	type: string;
	quote: { spans: WikinewsSpan[]; text: string };
	speaker: { spans: WikinewsSpan[]; text: string };
}

/** German Wikinews: Direct quotations; those of 4+ words with a speaker are counted. */
export function loadWikinews(split: 'train' | 'dev'): GoldArticle[] {
	const root = path.join(QUOTES_DIR, 'de-wikinews', split);
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const doc = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { originalText: string; annotations: WikinewsAnnotation[] };
			const quotes = doc.annotations
				.filter((a) => a.type === 'Direct')
				.map((a) => ({
					ranges: a.quote.spans.map((s) => [s.charBegin, s.charEnd] as [number, number]),
					sourceRanges: a.speaker.spans.map((s) => [s.charBegin, s.charEnd] as [number, number]),
					source: a.speaker.text || null,
					aliases: [],
					counted: words(a.quote.text) >= 4 && Boolean(a.speaker.text),
				}));
			return { id: file.replace(/\.json$/, ''), language: 'de', text: doc.originalText, quotes };
		});
}

interface FrLabels {
	articles: Array<{
		id: string;
		text: string;
		quotes: Array<{ text: string; start: number; speaker: string | null }>;
		people: Array<{ name: string; aliases: string[] }>;
		organizations: Array<{ name: string; aliases: string[] }>;
	}>;
}

/** fr-dev: a description ("un témoin") not among the people or organisations counts as nobody named. */
export function loadFrDev(): GoldArticle[] {
	const root = path.join(QUOTES_DIR, 'fr-dev');
	if (!existsSync(root)) return [];
	const labels = JSON.parse(readFileSync(path.join(root, 'labels.json'), 'utf8')) as FrLabels;
	return labels.articles.map((article) => {
		const text = readFileSync(path.join(root, article.text), 'utf8');
		const known = [...article.people, ...article.organizations];
		const quotes = article.quotes.map((q) => {
			const entry = q.speaker ? known.find((k) => k.name === q.speaker || k.aliases.includes(q.speaker ?? '')) : undefined;
			return {
				ranges: [[q.start, q.start + q.text.length]] as Array<[number, number]>,
				sourceRanges: [],
				source: entry ? (q.speaker ?? null) : null,
				aliases: entry ? [entry.name, ...entry.aliases] : [],
				counted: words(q.text) >= 4,
			};
		});
		return { id: article.id, language: 'fr', text, quotes };
	});
}

/** Lower-cased words without punctuation or parenthetical party tags ("Rep. Gwen Moore (D-Wis.)" → rep gwen moore). */
export function normaliseWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter(Boolean);
}

export function overlap(start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): number {
	let inside = 0;
	for (const [a, b] of ranges) inside += Math.max(0, Math.min(end, b) - Math.max(start, a));
	return inside;
}

/** The gold quote a predicted span belongs to: at least half of it lies inside the gold quote. */
export function matchGold(article: GoldArticle, start: number, end: number): GoldQuote | undefined {
	return article.quotes.find((g) => overlap(start, end, g.ranges) >= (end - start) / 2);
}

/**
 * Whether a predicted source is the gold one, leniently: for sources written in the text, the last word of the
 * words or of the resolved name occurs in the gold source; for fr-dev names, the name or an alias is given, or the
 * given name ends with the gold name's last word.
 */
export function speakerMatches(gold: GoldQuote, speaker: string | null, speakerText: string | null): boolean {
	if (!gold.source) return false;
	const goldWords = normaliseWords(gold.source);
	if (gold.aliases.length > 0) {
		if (!speaker) return false;
		if (gold.aliases.includes(speaker)) return true;
		const last = normaliseWords(speaker).pop();
		return Boolean(last && last === goldWords[goldWords.length - 1]);
	}
	return [speakerText, speaker].some((s) => {
		const last = normaliseWords(s ?? '').pop();
		return Boolean(last && goldWords.includes(last));
	});
}

/** The training articles held out of the weights (every fifth, in load order): calibration and error analysis. */
export function calibrationFold(articles: readonly GoldArticle[]): GoldArticle[] {
	return articles.filter((_, i) => i % 5 === 4);
}

/** The training articles that fit the weights. */
export function fitFold(articles: readonly GoldArticle[]): GoldArticle[] {
	return articles.filter((_, i) => i % 5 !== 4);
}

/**
 * fr-dev's fixed split (documented in models/quotes/MODEL_CARD.md): the odd-indexed articles of labels.json may inform
 * decisions (French calibration, error analysis); the even-indexed ones are only ever reported.
 */
export function frenchTuneHalf(articles: readonly GoldArticle[]): GoldArticle[] {
	return articles.filter((_, i) => i % 2 === 1);
}

export function frenchReportHalf(articles: readonly GoldArticle[]): GoldArticle[] {
	return articles.filter((_, i) => i % 2 === 0);
}
