import type { Token } from '../tokens.js';
import { barriersOf, viterbi } from './decode.js';
import { featuresOf } from './features.js';
import { gazetteerFor } from './gazetteer.js';
import { emissionsOf, type NerModel } from './model.js';
import { isInside, kindOf, type EntityKind } from './tags.js';

/** One entity the tagger found: tokens [first, last), character offsets [start, end). */
export interface TaggedSpan {
	kind: EntityKind;
	first: number;
	last: number;
	start: number;
	end: number;
	text: string;
}

/** Tags tokens with the model and reads the entity spans off the BIO tags. */
export function tagTokens(model: NerModel, tokens: readonly Token[], text: string, language: string): TaggedSpan[] {
	const features = featuresOf(tokens, gazetteerFor(language));
	const tags = viterbi({ emissions: emissionsOf(model, features), transitions: model.transitions, start: model.start, barriers: barriersOf(tokens) }, tokens.length);
	return spansOf(tags, tokens, text);
}

export function spansOf(tags: readonly number[], tokens: readonly Token[], text: string): TaggedSpan[] {
	const spans: TaggedSpan[] = [];
	let i = 0;
	while (i < tags.length) {
		const kind = kindOf(tags[i] ?? 0);
		if (!kind) {
			i++;
			continue;
		}
		let last = i + 1;
		while (last < tags.length && isInside(tags[last] ?? 0) && kindOf(tags[last] ?? 0) === kind) last++;
		const start = tokens[i]?.start ?? 0;
		const end = tokens[last - 1]?.end ?? start;
		spans.push({ kind, first: i, last, start, end, text: text.slice(start, end) });
		i = last;
	}
	return spans;
}
