import type { Entity } from './types.js';
import { ALL_LEXICONS } from './lexicons/index.js';

const MAX_TOPICS = 8;
const MAX_ENTITY_TOPICS = 5;
const STOPWORDS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.stopwords));

/** A few keywords for subscriptions: the most mentioned people and organisations, then the most frequent terms. */
export function extractTopics(entities: readonly Entity[], text: string, _language: string): string[] {
	const topics = entities
		.slice()
		.sort((a, b) => b.mentions.length - a.mentions.length)
		.slice(0, MAX_ENTITY_TOPICS)
		.map((e) => e.name);
	const taken = new Set(topics.flatMap((t) => t.toLowerCase().split(/\s+/)));
	const counts = new Map<string, number>();
	for (const word of text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}-]{4,}(?![\p{L}\p{M}])/gu) ?? []) {
		if (STOPWORDS.has(word) || taken.has(word)) continue;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const terms = [...counts.entries()].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	for (const [term] of terms) {
		if (topics.length >= MAX_TOPICS) break;
		topics.push(term);
	}
	return topics;
}
