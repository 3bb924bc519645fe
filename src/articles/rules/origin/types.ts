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
	/** Prepositions of the agent ("by", "par", "von", "por"). */
	agents: readonly string[];
	/**
	 * Verbs that take the author as agent: "Published by X", "Publié par X" opening a line is a byline, so with these an
	 * agent names a publisher only in a sentence about the page ("This story was produced by X").
	 */
	bylineVerbs: readonly string[];
	/** Subjects that make a sentence speak of the page itself: "article", "story", "Beitrag", "billet". */
	subjects: readonly string[];
	/** Deictic words before a subject: "this", "the", "cet", "dieser". */
	deictics: readonly string[];
	/** Line-opening labels that name the source directly: "source", "via", "original article". */
	labels: readonly string[];
	/** Verbs of reading that point to the original with a subject ("Read the full article on X", "Lesen Sie den Artikel bei X"). */
	readVerbs: readonly string[];
	/** Nouns of a news item that name its publisher right after ("Une information X", "Eine Meldung von X"). */
	itemNouns: readonly string[];
	/** Lower-case words allowed inside a publication's name ("of", "de", "del", "von"). */
	nameParticles: readonly string[];
	/** Lower-case articles that may stand before a name and are not part of it ("the", "le", "der"). */
	articles: readonly string[];
	/** Kinds of outlet that may stand before its name and are not part of it ("the blog X", "der Zeitung X"). */
	outlets: readonly string[];
	/** Words that may stand between a verb of publishing and its preposition ("…mit freundlicher Genehmigung von X"). */
	bridges: readonly string[];
	/** The language capitalises every noun: a capitalised outlet word ("im Magazin X") is still not part of the name. */
	capitalisedNouns: boolean;
	/** Month and weekday names: a capitalised one is a date, not a name ("published on Monday"). */
	calendar: readonly string[];
	/** Words about pictures and graphics: a line with one credits a picture, never the article. */
	media: readonly string[];
}
