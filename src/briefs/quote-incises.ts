/**
 * Incises: the attribution written inside one pair of quotation marks ("« Nous gagnerons, poursuit-il, et vite. »",
 * "„Das ist gut“, sagte er" is the closed form; "„Das ist gut, sagte er, und richtig.“" the open one). The incise is
 * cut out: the quote becomes two spans of one quotation (same group), and the incise sits between them, where the
 * attribution frames find it, so its words are never part of the quote text.
 */
import { getAttributionPatterns } from './attribution-patterns.js';
import { alternation } from './lexicon-patterns.js';
import type { Lexicon } from './lexicons/index.js';
import type { QuoteSpan } from './quote-spans.js';

const cache = new WeakMap<Lexicon, RegExp>();

/** ", poursuit-il," / ", sagte er," / ", said Smith," / ", Smith said,": a comma-bounded clause of a cue and a source. */
function incisePattern(lexicon: Lexicon): RegExp {
	const cached = cache.get(lexicon);
	if (cached) return cached;
	const cues = alternation(lexicon.speechVerbs);
	const pronouns = alternation([...lexicon.personPronouns, 'they', 'ils', 'elles', 'sie', 'ellos']);
	const name = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
	const source = `(?:${pronouns}|${name}|(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)`;
	const inverted = "\\p{Ll}+(?:-t)?-(?:il|elle|ils|elles)(?:\\s+\\p{Ll}+){0,2}";
	const pattern = new RegExp(`,\\s+(?:${inverted}|(?:${cues})\\s+${source}|(?:${pronouns}|${name})\\s+(?:${cues}))\\s*,\\s+`, 'gu');
	cache.set(lexicon, pattern);
	return pattern;
}

/** The spans with each incise cut out; a span without one is returned as it is. */
export function splitIncises(text: string, spans: readonly QuoteSpan[], lexicon: Lexicon): QuoteSpan[] {
	const pattern = incisePattern(lexicon);
	const cueOnly = getAttributionPatterns(lexicon).cueAnywhere;
	const result: QuoteSpan[] = [];
	for (const span of spans) {
		let start = span.start;
		let open = span.open;
		const body = text.slice(span.start, span.end);
		pattern.lastIndex = 0;
		for (const match of body.matchAll(pattern)) {
			const inciseStart = span.start + match.index;
			cueOnly.lastIndex = 0;
			// The inverted French form needs no lexicon cue; the others must hold a speech verb of the language.
			if (!/-(?:t-)?(?:il|elle|ils|elles)\b/u.test(match[0]) && !cueOnly.test(match[0])) continue;
			if (inciseStart <= start) continue;
			result.push({ start, end: inciseStart, open, close: inciseStart, group: span.group });
			open = inciseStart + match[0].trimEnd().length - 1;
			start = inciseStart + match[0].length;
		}
		result.push(start === span.start ? span : { ...span, start, open });
	}
	return result;
}
