import type { Token } from '../tokens.js';
import type { Gazetteer } from './gazetteer.js';
import { hashFeature } from './hash.js';

/** "Xxxx" → "Xx", "IBM" → "X", "U.S." → "X.X.", "1996" → "d": the collapsed shape of a word. */
export function shapeOf(word: string): string {
	let shape = '';
	let last = '';
	for (const char of word) {
		const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
		if (kind !== last) shape += kind;
		last = kind;
	}
	return shape;
}

/** What stands between two words: nothing, a space, a line break, or the punctuation itself. */
function gapClass(gap: string): string {
	if (gap === '') return 'none';
	if (gap.includes('\n')) return 'nl';
	const marks = gap.replace(/\s+/g, '');
	return marks === '' ? 'sp' : marks.slice(0, 3);
}

/** The token opens the text or a line (or there is no token there). */
function lineStart(tokens: readonly Token[], i: number): boolean {
	const token = tokens[i];
	return i <= 0 || !token || token.gap.includes('\n');
}

interface TokenView {
	lower: string;
	shape: string;
	gaz: readonly string[];
}

function view(token: Token | undefined, gazetteer: Gazetteer): TokenView {
	if (!token) return { lower: '<s>', shape: '<s>', gaz: [] };
	return { lower: token.text.toLowerCase(), shape: shapeOf(token.text), gaz: gazetteer(token.text) };
}

/**
 * The feature buckets of every token: the word, its affixes and shape, its neighbours, the punctuation around it,
 * sentence position and the name lists. Computed from the run-time tokenizer's tokens, in training as at run time.
 */
export function featuresOf(tokens: readonly Token[], gazetteer: Gazetteer): Uint32Array[] {
	const views = tokens.map((t) => view(t, gazetteer));
	const none = view(undefined, gazetteer);
	const out: Uint32Array[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		const here = views[i] as TokenView;
		// A line break ends the context: a headline's last word says nothing about the paragraph's first.
		const p1 = lineStart(tokens, i) ? none : (views[i - 1] ?? none);
		const p2 = lineStart(tokens, i) || lineStart(tokens, i - 1) ? none : (views[i - 2] ?? none);
		const n1 = lineStart(tokens, i + 1) ? none : (views[i + 1] ?? none);
		const n2 = lineStart(tokens, i + 1) || lineStart(tokens, i + 2) ? none : (views[i + 2] ?? none);
		const w = token.text;
		const l = here.lower;
		const position = token.titleLine ? 'title' : token.initial ? 'init' : 'mid';
		const gapBefore = lineStart(tokens, i) ? 'nl' : gapClass(token.gap);
		const gapAfter = !tokens[i + 1] || lineStart(tokens, i + 1) ? 'nl' : gapClass(tokens[i + 1]?.gap ?? '');
		const f: string[] = [
			'b',
			`w=${w}`,
			`l=${l}`,
			`sh=${here.shape}`,
			`pos=${position}`,
			`sh|pos=${here.shape}|${position}`,
			`l|pos=${l}|${position}`,
			`len=${Math.min(l.length, 12)}`,
			`gb=${gapBefore}`,
			`ga=${gapAfter}`,
			`l-1=${p1.lower}`,
			`l-2=${p2.lower}`,
			`l+1=${n1.lower}`,
			`l+2=${n2.lower}`,
			`sh-1=${p1.shape}`,
			`sh+1=${n1.shape}`,
			`sh-1|sh=${p1.shape}|${here.shape}`,
			`sh|sh+1=${here.shape}|${n1.shape}`,
			`sh-1|sh|sh+1=${p1.shape}|${here.shape}|${n1.shape}`,
			`l-1|l=${p1.lower}|${l}`,
			`l|l+1=${l}|${n1.lower}`,
			`gb|sh=${gapBefore}|${here.shape}`,
			`ga|sh=${gapAfter}|${here.shape}`,
		];
		for (let k = 1; k <= 4 && k <= l.length; k++) {
			f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
		}
		for (const g of here.gaz) f.push(`z=${g}`, `z|sh=${g}|${here.shape}`, `z|pos=${g}|${position}`);
		for (const g of p1.gaz) f.push(`z-1=${g}`, `z-1|sh=${g}|${here.shape}`);
		for (const g of n1.gaz) f.push(`z+1=${g}`, `z+1|sh=${g}|${here.shape}`);
		for (const g of p2.gaz) f.push(`z-2=${g}`);
		for (const g of n2.gaz) f.push(`z+2=${g}`);
		if (here.gaz.length === 0) f.push(`z=none|sh=${here.shape}`);
		const ids = new Uint32Array(f.length);
		for (let k = 0; k < f.length; k++) ids[k] = hashFeature(f[k] as string);
		out.push(ids);
	}
	return out;
}
