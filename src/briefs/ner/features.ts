import type { Token } from '../tokens.js';
import type { Gazetteer } from './gazetteer.js';
import { hashParts } from './hash.js';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** "Xxxx" → "Xx", "IBM" → "X", "U.S." → "X.X.", "1996" → "d": the collapsed shape of a word. */
export function shapeOf(word: string): string {
	let shape = '';
	let last = '';
	for (const char of word) {
		const code = char.charCodeAt(0);
		const kind =
			code >= 97 && code <= 122 ? 'x' : code >= 65 && code <= 90 ? 'X' : code >= 48 && code <= 57 ? 'd' : code < 128 ? char : UPPER.test(char) ? 'X' : LOWER.test(char) ? 'x' : DIGIT.test(char) ? 'd' : char;
		if (kind !== last) shape += kind;
		last = kind;
	}
	return shape;
}

/** What stands between two words: nothing, a space, a line break, or the punctuation itself. */
function gapClass(gap: string): string {
	if (gap === '') return 'none';
	if (gap === ' ') return 'sp';
	if (gap.includes('\n')) return 'nl';
	const marks = gap.replace(/\s+/g, '');
	return marks === '' ? 'sp' : marks.slice(0, 3);
}

/** What a word brings wherever it stands, computed once per distinct word. */
interface WordInfo {
	lower: string;
	shape: string;
	gaz: readonly string[];
	/** Buckets of the features of the word alone: itself, lower case, shape, length, affixes, name lists. */
	own: readonly number[];
}

const NONE: WordInfo = { lower: '<s>', shape: '<s>', gaz: [], own: [] };
const MAX_CACHED_WORDS = 200_000;
const wordCaches = new WeakMap<Gazetteer, Map<string, WordInfo>>();

function wordInfo(word: string, gazetteer: Gazetteer, cache: Map<string, WordInfo>): WordInfo {
	let info = cache.get(word);
	if (info) return info;
	const lower = word.toLowerCase();
	const shape = shapeOf(word);
	const gaz = gazetteer(word);
	const own = [hashParts('w', word), hashParts('l', lower), hashParts('sh', shape), hashParts('len', String(Math.min(lower.length, 12)))];
	for (let k = 1; k <= 4 && k <= lower.length; k++) own.push(hashParts(`p${k}`, lower.slice(0, k)), hashParts(`s${k}`, lower.slice(-k)));
	for (const g of gaz) own.push(hashParts('z', g), hashParts('z|sh', g, shape));
	if (gaz.length === 0) own.push(hashParts('z=none|sh', shape));
	info = { lower, shape, gaz, own };
	if (cache.size >= MAX_CACHED_WORDS) cache.clear();
	cache.set(word, info);
	return info;
}

/** The token opens the text or a line (or there is no token there). */
function lineStart(tokens: readonly Token[], i: number): boolean {
	const token = tokens[i];
	return i <= 0 || !token || token.gap.includes('\n');
}

/**
 * The feature buckets of every token: the word, its affixes and shape, its neighbours, the punctuation around it,
 * sentence position and the name lists. Computed from the run-time tokenizer's tokens, in training as at run time.
 */
export function featuresOf(tokens: readonly Token[], gazetteer: Gazetteer): Uint32Array[] {
	let cache = wordCaches.get(gazetteer);
	if (!cache) {
		cache = new Map();
		wordCaches.set(gazetteer, cache);
	}
	const words = tokens.map((t) => wordInfo(t.text, gazetteer, cache));
	const out: Uint32Array[] = [];
	const f: number[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		const here = words[i] as WordInfo;
		// A line break ends the context: a headline's last word says nothing about the paragraph's first.
		const p1 = lineStart(tokens, i) ? NONE : (words[i - 1] ?? NONE);
		const p2 = lineStart(tokens, i) || lineStart(tokens, i - 1) ? NONE : (words[i - 2] ?? NONE);
		const n1 = lineStart(tokens, i + 1) ? NONE : (words[i + 1] ?? NONE);
		const n2 = lineStart(tokens, i + 1) || lineStart(tokens, i + 2) ? NONE : (words[i + 2] ?? NONE);
		const l = here.lower;
		const position = token.titleLine ? 'title' : token.initial ? 'init' : 'mid';
		const gapBefore = lineStart(tokens, i) ? 'nl' : gapClass(token.gap);
		const gapAfter = !tokens[i + 1] || lineStart(tokens, i + 1) ? 'nl' : gapClass(tokens[i + 1]?.gap ?? '');
		f.length = 0;
		f.push(
			hashParts('b', ''),
			hashParts('pos', position),
			hashParts('sh|pos', here.shape, position),
			hashParts('l|pos', l, position),
			hashParts('gb', gapBefore),
			hashParts('ga', gapAfter),
			hashParts('l-1', p1.lower),
			hashParts('l-2', p2.lower),
			hashParts('l+1', n1.lower),
			hashParts('l+2', n2.lower),
			hashParts('sh-1', p1.shape),
			hashParts('sh+1', n1.shape),
			hashParts('sh-1|sh', p1.shape, here.shape),
			hashParts('sh|sh+1', here.shape, n1.shape),
			hashParts('sh-1|sh|sh+1', p1.shape, here.shape, n1.shape),
			hashParts('l-1|l', p1.lower, l),
			hashParts('l|l+1', l, n1.lower),
			hashParts('gb|sh', gapBefore, here.shape),
			hashParts('ga|sh', gapAfter, here.shape),
		);
		for (const id of here.own) f.push(id);
		for (const g of here.gaz) f.push(hashParts('z|pos', g, position));
		for (const g of p1.gaz) f.push(hashParts('z-1', g), hashParts('z-1|sh', g, here.shape));
		for (const g of n1.gaz) f.push(hashParts('z+1', g), hashParts('z+1|sh', g, here.shape));
		for (const g of p2.gaz) f.push(hashParts('z-2', g));
		for (const g of n2.gaz) f.push(hashParts('z+2', g));
		out.push(Uint32Array.from(f));
	}
	return out;
}
