import { FIRST_NAMES, SURNAMES } from './lexicons/first-names.js';
import type { Lexicon } from './lexicons/index.js';
import { COMMON_ACRONYMS, KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES, PRODUCTS } from './lexicons/organizations.js';
import { PLACES } from './lexicons/places.js';
import { getPatterns } from './lexicon-patterns.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './tokens.js';

export type NameType = 'person' | 'organization';

export interface Classification {
	type: NameType;
	/** 2: the name itself says so (suffix, known name, honorific); 1: the context says so; 0: a guess. */
	strength: -1 | 0 | 1 | 2;
}

export interface ClassifyContext {
	text: string;
	tokens: readonly Token[];
	lexicon: Lexicon;
	/** Words the article also writes in lower case: common words, not names. */
	lowerWords: ReadonlySet<string>;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]{1,6}|(?:\p{Lu}\.){2,4})$/u;
// "Smith", "McCauley", "O'Neill", "DeLuca", "Jean-Luc", and a regnal number ("Napoleon III").
const NAME_SHAPED = /^(?:\p{Lu}(?=[\p{L}\p{M}'’-]*\p{Ll})[\p{L}\p{M}'’-]+|[IVX]{1,4})$/u;
const CONTEXT_CHARS = 60;
// "Louis XV", "Chapter XII": Roman numerals are written like acronyms.
const ROMAN_NUMERAL = /^[IVXLCDM]{2,}$/;
// Geography and buildings named like people: "Snake River", "Albion Mountains", "Estadio Jalisco", "Lac Léman".
const PLACE_SUFFIXES = new Set(
	'river rivers mountain mountains mount hills hill valley lake lakes park parks castle station island islands county province region desert sea ocean bay canyon caverns cave caves falls creek beach coast peninsula street avenue road boulevard square bridge airport stadium arena theatre theater garden gardens trail circle cathedral church chapel palace tower building hall forest gulf strait town village district'.split(' '),
);
// Events, awards, laws and storms are named like people too: "Summer Olympics", "Hurricane Katrina", "Hunting Act".
// Place words that are also frequent surnames: after a given name they are one ("David Park", "Alonzo Church").
const SURNAME_LIKE_SUFFIXES = new Set('park hill hall rivers lake church castle bridge wood forest brook banks'.split(' '));
const EVENT_SUFFIXES = new Set(
	'olympics games cup championship championships prix award awards prize war festival tour open act bill treaty trophy bowl derby marathon expo summit olympiad biennale jeux coupe mondial championnat guerre festival traité loi pokal meisterschaft krieg gesetz copa mundial campeonato guerra ley tratado'.split(' '),
);
const EVENT_HEADS = new Set('hurricane typhoon storm cyclone tempête ouragan sturm huracán tormenta operation opération operation operación battle bataille schlacht batalla siege siège treaty traité copa coupe'.split(' '));
const PLACE_HEADS = new Set('lake mount estadio stade stadion lac mont rue place avenida calle río rio fleuve château schloss palacio cap cape gulf golfe isla île saint sainte san santa sankt'.split(' '));
// "chief executive of X", "directora de estudios de X", "responsable chez X": the name after a role's preposition.
const ROLE_OF = /\s+(?:of|at|de|de\s+la|de\s+l['’]|d['’]|du|chez|von|bei|der|des|del)\s*$/iu;

function isSpaceGap(gap: string): boolean {
	return gap === ' ' || gap === '\u00a0';
}

function lower(word: string): string {
	return word.toLowerCase().replace(/\.$/, '');
}

/** Whether a name is a place, product or model rather than a person or company. */
export function isPlaceOrProduct(name: string): boolean {
	const key = lower(name);
	if (COMMON_ACRONYMS.has(key)) return true;
	if (PLACES.has(key) || PRODUCTS.has(key)) return true;
	const words = key.split(/\s+/);
	const personLike = words.length === 2 && FIRST_NAMES.has(words[0] ?? '') && SURNAME_LIKE_SUFFIXES.has(words[1] ?? '');
	if (words.length >= 2 && !personLike && (PLACE_SUFFIXES.has(words[words.length - 1] ?? '') || PLACE_HEADS.has(words[0] ?? ''))) return true;
	if (words.length >= 2 && (EVENT_SUFFIXES.has(words[words.length - 1] ?? '') || EVENT_HEADS.has(words[0] ?? ''))) return true;
	return words.every((w) => PLACES.has(w));
}

/** "Houston Astros", "San Jose Sharks", "Texas Instruments": a place followed by a plural is a team or a company. */
function isPlaceTeam(keys: readonly string[]): boolean {
	const last = keys[keys.length - 1] ?? '';
	if (keys.length < 2 || keys.length > 4 || !/\p{L}{2,}[^s]s$/u.test(last) || PLACES.has(last)) return false;
	for (let split = 1; split < keys.length && split <= 3; split++) {
		if (PLACES.has(keys.slice(0, split).join(' ')) && keys.length - split <= 2) return true;
	}
	return false;
}

function classifyByName(words: string[]): Classification | null {
	const keys = words.map(lower);
	const name = keys.join(' ');
	const firstKey = keys[0] ?? '';
	const lastKey = keys[keys.length - 1] ?? '';
	if (KNOWN_ORGS.has(name)) return { type: 'organization', strength: 2 };
	if (keys.length >= 2 && (ORG_SUFFIXES.has(lastKey) || ORG_HEADS.has(firstKey))) return { type: 'organization', strength: 2 };
	// "Motion Picture Association of America", "Conseil régional de Bretagne": the head before "of"/"de".
	const particle = keys.findIndex((k, i) => i > 0 && /^(?:of|de|du|des|von|der|del|d['’])$/.test(k));
	if (particle > 0 && ORG_SUFFIXES.has(keys[particle - 1] ?? '')) return { type: 'organization', strength: 2 };
	if (keys.length === 1 && ACRONYM.test(words[0] ?? '') && !ROMAN_NUMERAL.test(words[0] ?? '') && !PLACES.has(firstKey) && !COMMON_ACRONYMS.has(firstKey)) {
		return { type: 'organization', strength: 1 };
	}
	// "Google Drive", "Microsoft Office": a company's name followed by more words is one of its products.
	if (keys.length >= 2 && KNOWN_ORGS.has(firstKey) && !ORG_SUFFIXES.has(lastKey) && !FIRST_NAMES.has(firstKey)) return { type: 'organization', strength: -1 };
	if (isPlaceTeam(keys)) return { type: 'organization', strength: 1 };
	if (keys.length >= 2 && FIRST_NAMES.has(firstKey) && words.every((w) => NAME_SHAPED.test(w) || w.length <= 3)) {
		return { type: 'person', strength: 2 };
	}
	return null;
}

const orgCuePatterns = new WeakMap<Lexicon, RegExp | null>();

/** "joined X", "signed with X", "a rejoint X": cues whose object is an organisation, at the end of the text before a name. */
function orgCuePattern(lexicon: Lexicon): RegExp | null {
	if (!orgCuePatterns.has(lexicon)) {
		const cues = (lexicon.orgObjectCues ?? []).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
		orgCuePatterns.set(lexicon, cues.length ? new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})\\s+(?:(?:the|le|la|les|l['’]|der|die|das|den|dem|el|la|los|las)\\s*)?$`, 'iu') : null);
	}
	return orgCuePatterns.get(lexicon) ?? null;
}

function classifyByContext(run: NameRun, context: ClassifyContext): Classification | null {
	const { text, tokens, lexicon } = context;
	const patterns = getPatterns(lexicon);
	const before = text.slice(Math.max(0, run.start - CONTEXT_CHARS), run.start);
	const after = text.slice(run.end, run.end + CONTEXT_CHARS);
	if (run.honorific) return { type: 'person', strength: 2 };
	const previous = tokens[run.first - 1];
	if (previous && lexicon.orgPrepositions.includes(previous.text.toLowerCase())) return { type: 'organization', strength: 1 };
	if (orgCuePattern(lexicon)?.test(before)) return { type: 'organization', strength: 1 };
	if (patterns.orgApposition.test(after) || patterns.appointAfter.test(after)) return { type: 'organization', strength: 1 };
	if (/^['’]s?\s/.test(after) && patterns.roleAtStart.test(after.replace(/^['’]s?/, ''))) return { type: 'organization', strength: 1 };
	if (run.orgNoun) return { type: 'organization', strength: 1 };
	if (ROLE_OF.test(before) && patterns.roleAtEnd.test(before.replace(ROLE_OF, ''))) return { type: 'organization', strength: 1 };
	if (patterns.copulaRole.test(after) || patterns.personVerb.test(after)) return { type: 'person', strength: 1 };
	if (/^\s*,\s*/.test(after) && patterns.roleAtStart.test(after) && !patterns.orgApposition.test(after)) {
		return { type: 'person', strength: 1 };
	}
	if (patterns.roleAtEnd.test(before) && !/[.!?]\s*$/.test(before)) return { type: 'person', strength: 1 };
	// "said Smith." is an inverted attribution; "urged Congress to act" has the name as the verb's object.
	const inverted = patterns.speechAtEnd.test(before) && /^\s*(?:[,.;:!?)]|$|\(|\s(?:in|on|at|lors|am|en)\s)/u.test(after);
	if (patterns.speechAtStart.test(after) || inverted) return { type: 'person', strength: 1 };
	// German capitalises its organisation nouns, so "Die Bank stieg im dritten Quartal" says nothing of "Quartal".
	const nounThenWords = lexicon.capitalisesNouns === true && /\s\p{Ll}[\p{L}'’-]*[\s,]*$/u.test(before);
	if (patterns.orgNounAtEnd.test(before) && !nounThenWords) return { type: 'organization', strength: 1 };
	return null;
}

/** In English and German a guessed person needs a known given name first or a known surname last: capitals alone also make titles and nouns. */
function hasNameEvidence(words: readonly string[]): boolean {
	return FIRST_NAMES.has(lower(words[0] ?? '')) || SURNAMES.has(lower(words[words.length - 1] ?? ''));
}

// "Hamilton's", "Liszt saw", "Hindenburg pressed": a known surname acting as the subject of a past-tense verb.
const PAST_VERB = /^(?:\p{Ll}{2,}ed|saw|wrote|took|made|gave|became|began|won|lost|left|went|came|told|said|knew|thought|found|led|held|met|sold|bought|fought|ran|fell|died)$/u;

/** A surname written alone, with a possessive or a past-tense verb after it, as Wikipedia and features refer to people. */
function isLoneSurname(run: NameRun, word: string, context: ClassifyContext): boolean {
	if (!context.lexicon.capitalisesTitles || !NAME_SHAPED.test(word) || word.length < 3) return false;
	const key = lower(word);
	if (!(SURNAMES.has(key) || FIRST_NAMES.has(key)) || PLACES.has(key) || KNOWN_ORGS.has(key) || context.lowerWords.has(key)) return false;
	const next = context.tokens[run.last];
	if (!next) return false;
	if (/^\s*['’]\s*$/.test(next.gap) && next.text === 's') return true;
	return isSpaceGap(next.gap) && PAST_VERB.test(next.text);
}

// "Armenian champion", "Russian troops", "Japanese swords": English capitalises nationality adjectives.
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish|ic|an)$/u;

function isDemonymAdjective(run: NameRun, word: string, context: ClassifyContext): boolean {
	if (!context.lexicon.capitalisesTitles || !DEMONYM.test(word) || FIRST_NAMES.has(lower(word)) || KNOWN_ORGS.has(lower(word))) return false;
	const next = context.tokens[run.last];
	return Boolean(next && isSpaceGap(next.gap) && /^\p{Ll}/u.test(next.text) && !context.lexicon.stopwords.includes(next.text));
}

/** Decides whether a run of capitalised words names a person, an organisation, or neither (null). */
export function classifyRun(run: NameRun, context: ClassifyContext): Classification | null {
	const result = classifyWords(run, context);
	// "RWE", "NASA": an acronym alone names an organisation, never a person.
	if (result?.type === 'person' && run.last - run.first === 1 && ACRONYM.test(run.text)) return { type: 'organization', strength: result.strength };
	return result;
}

function classifyWords(run: NameRun, context: ClassifyContext): Classification | null {
	const words = context.tokens.slice(run.first, run.last).map((t) => t.text);
	if (isPlaceOrProduct(run.text)) return null;
	// In a French or German text, an English "The" starts the name of a band, a newspaper or a company.
	if (!context.lexicon.capitalisesTitles && words[0] === 'The' && words.length >= 2 && !run.quoted) return { type: 'organization', strength: 1 };
	const byName = classifyByName(words);
	if (byName?.strength === -1) return null;
	if (byName?.strength === 2 && byName.type === 'organization') return byName;
	// "liquid oxygen (LOX)": an acronym that abbreviates common words is not a name.
	if (words.length === 1 && /\(\s*$/.test(context.tokens[run.first]?.gap ?? '') && !context.tokens[run.first - 1]?.capitalised && byName) return null;
	if (words.length === 1 && isDemonymAdjective(run, words[0] ?? '', context)) return null;
	const byContext = classifyByContext(run, context);
	if (byName && (byName.strength === 2 || !byContext)) return byName;
	if (byContext) return byContext;
	if (run.quoted) return null;
	if (words.length === 1 && isLoneSurname(run, words[0] ?? '', context)) return { type: 'person', strength: 0 };
	if (run.initial && words.length === 1) return null;
	if (words.some((w) => /^\p{Lu}\.$/u.test(w)) && NAME_SHAPED.test(words[words.length - 1] ?? '') && !run.article) {
		return { type: 'person', strength: 1 };
	}
	const capitalisedWords = words.filter((w) => /^\p{Lu}/u.test(w));
	const looksLikeName =
		capitalisedWords.length >= 2 &&
		capitalisedWords.length <= 4 &&
		capitalisedWords.every((w) => NAME_SHAPED.test(w) && !context.lowerWords.has(w.toLowerCase()) && !PLACES.has(lower(w))) &&
		(!(context.lexicon.capitalisesTitles || context.lexicon.capitalisesNouns) || hasNameEvidence(capitalisedWords));
	// "the Miami Dolphins", "der Deutsche Bundestag": an unknown name with a definite article is an institution.
	if (run.article && capitalisedWords.length >= 2 && capitalisedWords.every((w) => NAME_SHAPED.test(w))) return { type: 'organization', strength: 0 };
	if (looksLikeName) return { type: 'person', strength: 0 };
	return null;
}
