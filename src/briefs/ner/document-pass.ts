import type { TaggedSpan } from './tagger.js';
import type { EntityKind } from './tags.js';

/**
 * One article names one thing one way: every span with the same words gets the kind most of its mentions got
 * (ties to the first), and a single word that is part of a person's full name in the article is that person
 * ("Stenger" after "Thomas Stenger"), whatever the tagger said of it out of context.
 */
export function harmoniseKinds(spans: readonly TaggedSpan[]): TaggedSpan[] {
	const votes = new Map<string, Map<EntityKind, number>>();
	for (const span of spans) {
		const counts = votes.get(span.text) ?? new Map<EntityKind, number>();
		counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
		votes.set(span.text, counts);
	}
	const personWords = new Set<string>();
	for (const span of spans) {
		const words = span.text.split(/\s+/);
		if (span.kind === 'PER' && words.length >= 2) for (const word of words) personWords.add(word);
	}
	return spans.map((span) => {
		if (!span.text.includes(' ') && personWords.has(span.text)) return { ...span, kind: 'PER' };
		let best = span.kind;
		let top = 0;
		for (const [kind, count] of votes.get(span.text) ?? []) {
			if (count > top) {
				top = count;
				best = kind;
			}
		}
		return best === span.kind ? span : { ...span, kind: best };
	});
}
