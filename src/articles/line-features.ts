import { endsLikeSentence, normalizeForCompare } from './pieces.js';
import { CUE_GROUPS } from './rules/cues.js';

/** What the line classifier sees of a line: its text, whether the page made it a link, and its neighbours. */
export interface LineContext {
	text: string;
	link: boolean;
	index: number;
	count: number;
	title: string | null;
	previous: string | null;
	next: string | null;
	/** The other lines' comparable text, to find a line that repeats part of another (a pull quote). */
	others: readonly string[];
}

interface CueMatcher {
	whole: Set<string>;
	prefixes: string[];
}

const CUES: ReadonlyArray<[string, CueMatcher]> = Object.entries(CUE_GROUPS).map(([group, words]) => [
	group,
	{
		whole: new Set(words.filter((word) => !word.endsWith('*'))),
		prefixes: words.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
	},
]);

const HASH_BUCKETS = 1024;

function hashWord(word: string): number {
	let hash = 2_166_136_261;
	for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16_777_619);
	return (hash >>> 0) % HASH_BUCKETS;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const isShort = (text: string | null): boolean => text !== null && text.length < 60;

const ACTION = CUES.find(([group]) => group === 'action')?.[1];
const MONTH = CUES.find(([group]) => group === 'month')?.[1];
const cueHas = (cue: CueMatcher | undefined, token: string): boolean =>
	cue !== undefined && (cue.whole.has(token) || cue.prefixes.some((prefix) => token.startsWith(prefix)));
// Words that may sit inside a name ("Lucía de la Vega", "Jan van Dijk") or join two names.
const NAME_LINKS = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'du', 'le', 'and', 'et', 'und', 'y', '&']);

/**
 * The line's shape, whatever its words: only names (a byline), only a date and time (a dateline), an imperative
 * first word, a price or a change in per cent, a credit in brackets at the end, "Name/Agency", a list header.
 */
function shapeFeatures(text: string, tokens: readonly string[]): number[] {
	const raw = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
	const nameOnly = raw.length >= 1 && raw.length <= 6 && !endsLikeSentence(text) && raw.every((word) => /^[(“"«@—–-]*\p{Lu}/u.test(word) || NAME_LINKS.has(word.toLowerCase()));
	const dateWords = tokens.filter((token) => !/^\d/u.test(token) && !cueHas(MONTH, token) && !/^(?:uhr|h|am|pm|et|utc|gmt|le|el|de|à|a|at|on|um|am)$/u.test(token));
	const dateOnly = tokens.length > 0 && /\d/u.test(text) && dateWords.length <= 1;
	return [
		nameOnly ? 1 : 0,
		dateOnly ? 1 : 0,
		tokens[0] !== undefined && cueHas(ACTION, tokens[0]) ? 1 : 0,
		/[$€£¥]\s?\d|\d\s?[$€£¥]|[+\-−]\s?\d+(?:[.,]\d+)?\s?%|\b[A-Z]{2,5}\/[A-Z]{3}\b/u.test(text) ? 1 : 0,
		/\([^()]{2,60}\)[.]?$/u.test(text) ? 1 : 0,
		/\p{L}\s?\/\s?\p{Lu}/u.test(text) ? 1 : 0,
		/:$/u.test(text.trim()) ? 1 : 0,
	];
}

/** How much of the line's vocabulary the closest other line shares (a repeated title, a teaser of a paragraph). */
function maxSimilarity(own: ReadonlySet<string>, others: readonly string[]): number {
	let best = 0;
	for (const other of others) best = Math.max(best, jaccard(own, new Set(other.split(' '))));
	return best;
}

/** The dense features' names, in the order `lineFeatures` returns them; the model card lists them. */
export const DENSE_FEATURES = [
	'bias', 'logChars', 'words<=3', 'words<=8', 'words>=25', 'endsSentence', 'endsQuestionOrBang', 'capitalisedShare',
	'upperShare>=0.6', 'digitShare', 'url', 'handle', 'copyright', 'separators', 'startsWithDash', 'time', 'year',
	'labelColon', 'relativePosition', 'first', 'last', 'top2', 'bottom2', 'link', 'titleSimilarity', 'startsWithTitle',
	'containedInOther', 'nearDuplicate', 'previousShort', 'nextShort', 'quoted',
	'nameOnly', 'dateOnly', 'startsWithAction', 'price', 'parenthesisEnd', 'slashNames', 'endsColon', 'shortRun',
	'maxSimilarity', 'lowerStart', 'bracketed',
	...CUES.map(([group]) => `cue:${group}`),
] as const;

/**
 * A line's features: its shape, its place, how it relates to the title and the other lines, and the share of its
 * words in each cue group. The hashed words come after the dense features, scaled so long lines do not dominate.
 */
export function lineFeatures(line: LineContext): { dense: number[]; hashed: number[] } {
	const text = line.text;
	const tokens = words(text);
	const count = Math.max(tokens.length, 1);
	const letters = text.match(/\p{L}/gu) ?? [];
	const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
	const capitalised = (text.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
	const digits = (text.match(/\p{N}/gu) ?? []).length;
	const normal = normalizeForCompare(text);
	const titleNormal = line.title ? normalizeForCompare(line.title) : '';
	const own = new Set(tokens);
	const titleSimilarity = line.title ? jaccard(own, new Set(words(line.title))) : 0;
	const containedInOther = normal.length >= 30 && line.others.some((other) => other.length > normal.length + 10 && other.includes(normal));
	const nearDuplicate = line.others.some((other) => other !== normal && jaccard(own, new Set(other.split(' '))) >= 0.8);
	const position = line.count > 1 ? line.index / (line.count - 1) : 0;
	const dense = [
		1,
		Math.log(1 + text.length) / 6,
		tokens.length <= 3 ? 1 : 0,
		tokens.length <= 8 ? 1 : 0,
		tokens.length >= 25 ? 1 : 0,
		endsLikeSentence(text) ? 1 : 0,
		/[?!]["'»”’)]*$/u.test(text) ? 1 : 0,
		capitalised / count,
		letters.length > 0 && upper / letters.length >= 0.6 ? 1 : 0,
		digits / Math.max(text.length, 1),
		/https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|co|io)\b/iu.test(text) ? 1 : 0,
		/(?:^|\s|\()@\w{2,}/u.test(text) ? 1 : 0,
		/©|\(c\)/iu.test(text) ? 1 : 0,
		/\s[|•·]\s|\s\/\s/u.test(text) ? 1 : 0,
		/^[—–-]\s/u.test(text) ? 1 : 0,
		/\b\d{1,2}[:.h]\d{2}\b/u.test(text) ? 1 : 0,
		/\b(?:19|20)\d{2}\b/u.test(text) ? 1 : 0,
		/^[^:]{1,30}\s?:/u.test(text) ? 1 : 0,
		position,
		line.index === 0 ? 1 : 0,
		line.index === line.count - 1 ? 1 : 0,
		line.index < 2 ? 1 : 0,
		line.index >= line.count - 2 ? 1 : 0,
		line.link ? 1 : 0,
		titleSimilarity,
		titleNormal.length > 0 && normal.startsWith(titleNormal) ? 1 : 0,
		containedInOther ? 1 : 0,
		nearDuplicate ? 1 : 0,
		isShort(line.previous) ? 1 : 0,
		isShort(line.next) ? 1 : 0,
		/^["“«„]/u.test(text) ? 1 : 0,
		...shapeFeatures(text, tokens),
		isShort(text) && isShort(line.previous) && isShort(line.next) ? 1 : 0,
		maxSimilarity(own, line.others),
		/^\p{Ll}/u.test(text) ? 1 : 0,
		/^[[(].*[\])]$/u.test(text.trim()) ? 1 : 0,
	];
	for (const [, cue] of CUES) {
		const hits = tokens.filter((token) => cue.whole.has(token) || cue.prefixes.some((prefix) => token.startsWith(prefix))).length;
		dense.push(Math.min(1, (2 * hits) / count) + (hits > 0 ? 0.5 : 0));
	}
	const hashed = [...own].map(hashWord);
	return { dense, hashed };
}

/** The hidden layer over the dense features: tanh units and the weight of each in the score. */
export interface HiddenLayer {
	weights: ReadonlyArray<readonly number[]>;
	bias: readonly number[];
	out: readonly number[];
}

/**
 * A wide-and-deep line scorer: logistic regression over the dense features and hashed words (the wide part), plus a
 * small tanh layer over the dense features that learns their crosses (short and at the top, a name and a date).
 */
export interface LineModelWeights {
	dense: readonly number[];
	hashed: readonly number[];
	hidden?: HiddenLayer;
	/** A line whose junk probability is at least this is removed. */
	threshold: number;
}

/** The hidden units' outputs for a line's dense features. */
export function hiddenUnits(dense: readonly number[], layer: HiddenLayer): number[] {
	return layer.weights.map((row, j) => {
		let sum = layer.bias[j] ?? 0;
		for (let k = 0; k < dense.length; k++) sum += (row[k] ?? 0) * (dense[k] ?? 0);
		return Math.tanh(sum);
	});
}

/** The junk probability of a line. */
export function junkProbability(features: { dense: number[]; hashed: number[] }, model: LineModelWeights): number {
	let score = 0;
	features.dense.forEach((value, i) => (score += value * (model.dense[i] ?? 0)));
	const scale = 1 / Math.sqrt(Math.max(features.hashed.length, 1));
	for (const bucket of features.hashed) score += scale * (model.hashed[bucket] ?? 0);
	if (model.hidden) hiddenUnits(features.dense, model.hidden).forEach((unit, j) => (score += unit * (model.hidden?.out[j] ?? 0)));
	return 1 / (1 + Math.exp(-score));
}

export { HASH_BUCKETS };
