import type { Entity } from './types.js';

export interface IndexedMention {
	start: number;
	end: number;
	text: string;
	entity: Entity;
}

/** Mentions sorted by offset, so that lookups by position stay logarithmic on long articles. */
export interface MentionIndex {
	/** The mentions that start in [from, to). */
	between(from: number, to: number): IndexedMention[];
	/** The mention that starts exactly at `position`. */
	at(position: number): IndexedMention | undefined;
	/** The latest mention of an entity of `type` that starts before `position`. */
	latestBefore(position: number, type: Entity['type']): IndexedMention | undefined;
}

function lowerBound(mentions: readonly IndexedMention[], position: number): number {
	let low = 0;
	let high = mentions.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Indexes every mention of `entities` by its start offset. */
export function createMentionIndex(entities: readonly Entity[]): MentionIndex {
	const mentions = entities
		.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity })))
		.sort((a, b) => a.start - b.start);
	const byStart = new Map(mentions.map((m) => [m.start, m]));
	return {
		between(from, to) {
			const result: IndexedMention[] = [];
			for (let i = lowerBound(mentions, from); i < mentions.length && (mentions[i]?.start ?? Infinity) < to; i++) {
				const mention = mentions[i];
				if (mention) result.push(mention);
			}
			return result;
		},
		at(position) {
			return byStart.get(position);
		},
		latestBefore(position, type) {
			for (let i = lowerBound(mentions, position) - 1; i >= 0; i--) {
				const mention = mentions[i];
				if (mention?.entity.type === type) return mention;
			}
			return undefined;
		},
	};
}
