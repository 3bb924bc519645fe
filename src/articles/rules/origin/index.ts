import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { OriginLexicon } from './types.js';

export type { OriginLexicon } from './types.js';

/** Every language's words for statements of origin: junk is often in another language than the body. */
export const ORIGIN_LEXICONS: readonly OriginLexicon[] = [en, fr, de, es];
