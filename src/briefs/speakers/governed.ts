import { alternation } from '../lexicon-patterns.js';
import type { Lexicon } from '../lexicons/index.js';

const governedCache = new WeakMap<Lexicon, RegExp>();

/** A governing preposition right before a name ("adviser to", "travaux de"): the name is an object, not a subject. */
export function governedBefore(lexicon: Lexicon): RegExp {
	let pattern = governedCache.get(lexicon);
	if (!pattern) {
		const words = lexicon.governingPrepositions ?? [];
		pattern = words.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words)})\\s*$`, 'iu') : /$^/u;
		governedCache.set(lexicon, pattern);
	}
	return pattern;
}
