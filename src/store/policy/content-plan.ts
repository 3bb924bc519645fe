import type { Brief } from '../../briefs/types.js';
import { normalizeName } from '../normalize-name.js';

export interface ContentPlan {
	/** Mention count per stored entity: a brief entity's mentions (at least 1), and 1 for a speaker not listed. */
	mentions: Map<number, number>;
	/** The stored speaker of each of the brief's quotes, by index, or null when none is known. */
	speakers: Array<number | null>;
}

/**
 * Which stored entities an article mentions and who speaks each quote, once its entities are resolved
 * (`resolved[i]` is the stored id of `brief.entities[i]`, or null). A quote finds its speaker by the tagger's
 * entity id first, then by any name or alias of a resolved entity.
 */
export function planContent(brief: Pick<Brief, 'entities' | 'quotes'>, resolved: ReadonlyArray<number | null>): ContentPlan {
	const ids = new Map<string, number>();
	const mentions = new Map<number, number>();
	const byName = new Map<string, number>();
	brief.entities.forEach((entity, index) => {
		const id = resolved[index] ?? null;
		if (id === null) return;
		ids.set(entity.id, id);
		mentions.set(id, (mentions.get(id) ?? 0) + Math.max(1, entity.mentions.length));
		for (const name of [entity.name, ...entity.aliases]) byName.set(normalizeName(name), id);
	});
	const speakers = brief.quotes.map((quote) => {
		const byId = quote.speakerEntityId ? ids.get(quote.speakerEntityId) : undefined;
		return byId ?? (quote.speaker ? (byName.get(normalizeName(quote.speaker)) ?? null) : null);
	});
	for (const speaker of speakers) if (speaker !== null && !mentions.has(speaker)) mentions.set(speaker, 1);
	return { mentions, speakers };
}
