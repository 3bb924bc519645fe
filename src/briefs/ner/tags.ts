/** The BIO tag set of the entity tagger, in the order the model's weight rows use. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export type EntityKind = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const TAG_COUNT = TAGS.length;

export function tagIndex(tag: string): number {
	const index = (TAGS as readonly string[]).indexOf(tag);
	return index < 0 ? 0 : index;
}

/** The entity kind of a tag, or null for O. */
export function kindOf(tag: number): EntityKind | null {
	const name = TAGS[tag] ?? 'O';
	return name === 'O' ? null : (name.slice(2) as EntityKind);
}

export function isInside(tag: number): boolean {
	return (TAGS[tag] ?? 'O').startsWith('I-');
}

/** BIO is well formed only when I-X follows B-X or I-X: the decoder never considers the other transitions. */
export function allowed(previous: number, next: number): boolean {
	if (!isInside(next)) return true;
	return previous !== 0 && kindOf(previous) === kindOf(next);
}
