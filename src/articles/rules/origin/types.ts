/**
 * One language's words for statements of origin ("This article originally appeared on X", "Repris de X",
 * "Source : X"), as data: the grammar in source-statement.ts reads them, so a language is added without code.
 * Words are lower case and matched as whole tokens; a trailing `*` matches a word start ("veröffentlich*").
 */
export interface OriginLexicon {
	language: string;
	/** Verbs and nouns of publishing: "published", "appeared", "reprinted", "Nachdruck", "repris". */
	verbs: readonly string[];
	/** Words that say the copy is not the first one: "first", "originally", "zuerst", "initialement". */
	firstness: readonly string[];
	/** Prepositions that introduce the publisher after a verb of publishing: "on", "in", "by", "from". */
	prepositions: readonly string[];
	/** Subjects that make a sentence speak of the page itself: "article", "story", "Beitrag", "billet". */
	subjects: readonly string[];
	/** Deictic words before a subject: "this", "the", "cet", "dieser". */
	deictics: readonly string[];
	/** Line-opening labels that name the source directly: "source", "via", "original article". */
	labels: readonly string[];
	/** Nouns of a news item that name its publisher right after ("Une information X", "Eine Meldung von X"). */
	itemNouns: readonly string[];
	/** Lower-case words allowed inside a publication's name ("of", "de", "del", "von"). */
	nameParticles: readonly string[];
	/** Lower-case articles that may stand before a name and are not part of it ("the", "le", "der"). */
	articles: readonly string[];
	/** Words about pictures and graphics: a line with one credits a picture, never the article. */
	media: readonly string[];
}
