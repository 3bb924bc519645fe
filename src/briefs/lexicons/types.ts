/** Per-language word lists the brief rules read. Everything here is data, so a language is added by one file. */
export interface Lexicon {
	/** Speech verbs and phrases, conjugated as they appear ("said", "a déclaré", "sagte"). */
	speechVerbs: string[];
	/** Prepositions that introduce a source ("according to", "selon", "laut", "según"). */
	sourcePrepositions: string[];
	/** Subject pronouns that can stand for a person. */
	personPronouns: string[];
	/** Object pronouns or elided forms that can stand for a person ("him", "l'", "ihn"). */
	objectPronouns: string[];
	/** Titles and honorifics that precede a person's name ("Mr.", "Mme", "Herr", "Sra."). */
	honorifics: string[];
	/** Nouns for a role or job ("chief executive", "PDG", "Vorstandschef", "portavoz"). */
	roleNouns: string[];
	/** Nouns that mean an organisation ("company", "entreprise", "Unternehmen", "empresa"). */
	orgNouns: string[];
	/** Prepositions after which a name is an organisation ("chez", "bei"). */
	orgPrepositions: string[];
	/** Verbs and phrases whose object is an organisation: "joined", "signed with", "a rejoint". */
	orgObjectCues?: string[];
	/** Verbs with a person subject and an organisation object, and the role each implies ("founded" → "founder of"). */
	roleVerbs: Array<{ verb: string; role: string }>;
	/** Verbs "X worked at Y" ("worked", "travaillait", "arbeitete"); the role is "former … at Y". */
	workVerbs: string[];
	/** "as", "en tant que", "als", "como": introduces the job after a work verb. */
	asWords: string[];
	/** "at"/"chez"/"bei"/"en": links a job to its organisation. */
	atWords: string[];
	/** "of", "de", "von": links a role to its organisation ("CEO of Nvidia"). */
	ofWord: string;
	/** "former", "ancien", "ehemaliger", "ex": prefix for past jobs. */
	formerWord: string;
	/**
	 * Prepositions that make the name after them an object, not a subject ("an adviser to Tom Hale", "head of X"):
	 * a speaker-model feature, since a governed name is rarely the one speaking.
	 */
	governingPrepositions?: string[];
	/**
	 * Prepositions of place ("in", "near", "à", "près de"): a name written only after one, with no given name, honorific
	 * or role, is a place or a venue, not a person (src/briefs/entity-types.ts). Not "at"/"chez": those govern employers.
	 */
	placePrepositions?: string[];
	/** Definite and indefinite articles ("the", "le", "l'", "der", "el"): a name right after one is rarely a speaker. */
	articles?: string[];
	/** Subordinating conjunctions: a clause after a quote that opens with one is another event ("…,” when she left). */
	subordinators?: string[];
	/** Words that glue a source phrase to the clause before it ("but he said", "to which she replied"). */
	clauseGlue?: string[];
	/** Relative and interrogative words: a common-noun phrase holding one is a clause, not a source. */
	clauseWords?: string[];
	/** Coordinating conjunctions: a source phrase ending in one is an object, its subject is elsewhere. */
	conjunctions?: string[];
	/** Adverbs that trail a source before its verb ("he further said", "er sagte auch"). */
	trailingAdverbs?: string[];
	/** Copulas after which a role follows ("is", "est", "ist", "es"). */
	copulas: string[];
	/** Verbs "Y appointed X R" with the person as object ("named", "a nommé", "ernannte"). */
	appointVerbs: string[];
	/** Function words: sentence-initial capitalised words that are never names. */
	stopwords: string[];
	/** Words that join the parts of a name ("de", "von", "van", "del"). */
	nameParticles: string[];
	/** Words that, before a quote, mean a title rather than a quote ("film", "livre", "Buch"). */
	titleCues: string[];
	/** German: every noun is capitalised, so a capital alone is no evidence of a name. */
	capitalisesNouns?: boolean;
	/** English: titles of works, events and groups are written in Title Case, so two capitals make no name alone. */
	capitalisesTitles?: boolean;
}
