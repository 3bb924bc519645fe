import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

const LEXICONS: Record<string, Lexicon> = { en, fr, de, es };

/** The lexicon of a language (ISO 639-1), English when the language has none. */
export function getLexicon(language: string): Lexicon {
	return LEXICONS[language.slice(0, 2).toLowerCase()] ?? en;
}

/** All lexicons, for rules that must recognise a word whatever the article's language. */
export const ALL_LEXICONS: readonly Lexicon[] = [en, fr, de, es];
