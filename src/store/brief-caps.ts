/**
 * Per-article caps applied by the store to every brief it ingests, whatever produced the brief: one page of invented
 * quotes once stored 2,840 quotes and 1,871 entities. Key quotes and quote speakers are kept first, then the rest in
 * document order (quotes) or by mention count (entities). Real articles stay far below the caps.
 */
import type { Brief, Entity } from '../briefs/types.js';
import type { IngestInput } from './types.js';

export const MAX_STORED_QUOTES = 40;
export const MAX_STORED_ENTITIES = 60;
export const MAX_STORED_MENTIONS_PER_ENTITY = 50;

export function capBrief(brief: Brief): Brief {
	if (
		brief.quotes.length <= MAX_STORED_QUOTES &&
		brief.entities.length <= MAX_STORED_ENTITIES &&
		brief.entities.every((e) => e.mentions.length <= MAX_STORED_MENTIONS_PER_ENTITY)
	) {
		return brief;
	}
	const quotes = brief.quotes
		.map((quote, index) => ({ quote, index }))
		.sort((a, b) => Number(b.quote.key) - Number(a.quote.key) || a.index - b.index)
		.slice(0, MAX_STORED_QUOTES)
		.sort((a, b) => a.index - b.index)
		.map((x) => x.quote);
	const speakers = new Set(quotes.map((q) => q.speakerEntityId).filter((id): id is string => id !== null));
	const rank = (e: Entity) => (speakers.has(e.id) ? 1_000_000 : 0) + e.mentions.length;
	const entities = brief.entities
		.map((entity, index) => ({ entity, index }))
		.sort((a, b) => rank(b.entity) - rank(a.entity) || a.index - b.index)
		.slice(0, MAX_STORED_ENTITIES)
		.sort((a, b) => a.index - b.index)
		.map(({ entity }) => ({ ...entity, mentions: entity.mentions.slice(0, MAX_STORED_MENTIONS_PER_ENTITY) }));
	const kept = new Set(entities.map((e) => e.id));
	return {
		...brief,
		quotes: quotes.map((q) => (q.speakerEntityId && !kept.has(q.speakerEntityId) ? { ...q, speakerEntityId: null } : q)),
		entities,
	};
}

export function capIngest(input: IngestInput): IngestInput {
	const brief = capBrief(input.brief);
	return brief === input.brief ? input : { ...input, brief };
}
