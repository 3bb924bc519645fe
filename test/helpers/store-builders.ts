import { briefSchema, type Brief, type Entity, type Quote } from '../../src/briefs/types.js';

let counter = 0;

/** A MinHash signature no other builder call shares (64 values, like src/articles/minhash.ts). */
export function uniqueMinhash(): number[] {
	counter++;
	return Array.from({ length: 64 }, (_, i) => counter * 1_000 + i);
}

/**
 * A copy of `signature` with `share` of its positions kept and the rest changed: its estimated Jaccard
 * similarity with the original is `share`.
 */
export function similarMinhash(signature: number[], share: number): number[] {
	const keep = Math.round(signature.length * share);
	counter++;
	return signature.map((value, i) => (i < keep ? value : 9_000_000 + counter * 1_000 + i));
}

export function makeEntity(overrides: Partial<Entity> & Pick<Entity, 'name'>): Entity {
	return {
		id: 'e1',
		type: 'person',
		aliases: [],
		roles: [],
		mentions: [{ start: 0, end: overrides.name.length, text: overrides.name }],
		...overrides,
	};
}

export function makeQuote(overrides: Partial<Quote> & Pick<Quote, 'text'>): Quote {
	return {
		start: 0,
		end: overrides.text.length,
		speaker: null,
		speakerText: null,
		speakerEntityId: null,
		cue: 'said',
		key: false,
		...overrides,
	};
}

/**
 * A valid Brief (checked with briefSchema) with a unique URL and MinHash unless given. Quote offsets are
 * recomputed against the generated text so that `text.slice(start, end) === quote.text` holds.
 */
export function makeBrief(overrides: Partial<Brief> = {}): Brief {
	counter++;
	const quotes = overrides.quotes ?? [];
	const title = overrides.title ?? `Article number ${counter}`;
	const paragraphs = overrides.paragraphs ?? [
		{ text: `${title}.`, kind: 'paragraph' as const },
		...quotes.map((q) => ({ text: `"${q.text}" ${q.cue ?? 'said'} ${q.speakerText ?? q.speaker ?? 'someone'}.`, kind: 'paragraph' as const })),
	];
	const text = overrides.text ?? paragraphs.map((p) => p.text).join('\n\n');
	const placed = quotes.map((q) => {
		const start = text.indexOf(q.text);
		return start >= 0 ? { ...q, start, end: start + q.text.length } : q;
	});
	const brief = {
		schemaVersion: 1,
		title,
		url: `https://news.example/articles/${counter}`,
		canonicalUrl: null,
		originalSource: null,
		republishedVia: [],
		siteName: 'Example News',
		language: 'en',
		publishedAt: new Date(Date.UTC(2026, 0, 1) + counter * 60_000).toISOString(),
		byline: null,
		paragraphs,
		text,
		removed: [],
		minhash: uniqueMinhash(),
		summary: [`Summary of ${title}.`],
		entities: [],
		topics: [],
		...overrides,
		quotes: placed,
	};
	return briefSchema.parse(brief);
}
