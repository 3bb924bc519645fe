import type { NameType } from './classify-name.js';

/** A name found in the text with its type: what the entity builder merges, aliases and finds mentions of. */
export interface NameFinding {
	text: string;
	start: number;
	type: NameType;
	/** How sure the finder is: a stronger finding of the same words wins. */
	strength: number;
}
