import { ALL_LEXICONS, type Lexicon } from './lexicons/index.js';
import { FIRST_NAMES, SURNAMES } from './lexicons/first-names.js';
import { KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES } from './lexicons/organizations.js';
import type { Token } from './tokens.js';

/** A run of capitalised words that may name a person or an organisation. */
export interface NameRun {
	/** Index of the first token in the token list. */
	first: number;
	/** Index after the last token. */
	last: number;
	start: number;
	end: number;
	text: string;
	/** The run starts a sentence, so its capital says nothing. */
	initial: boolean;
	/** An honorific ("Mr.", "Mme", "Herr") or a role noun ("Vorstandschef") came right before it. */
	honorific: boolean;
	/** An organisation noun came right before it, inside the capitalised run ("Der Autobauer Volkswagen"). */
	orgNoun: boolean;
	/** A definite article came right before it ("the Miami Dolphins", "la Bourse"): people rarely get one. */
	article: boolean;
	/** The run is all that stands between two quotation marks: a title ("The Glass Bottom Boat"). */
	quoted: boolean;
}

const MAX_RUN_TOKENS = 7;
// Function words that are also given names: only sentence-initial they are function words ("Will Smith", "April Ferry").
const NAME_LIKE_FUNCTION_WORDS = new Set(['will', 'may', 'april', 'june', 'august', 'mark', 'sun', 'son', 'ma']);
const DEFINITE_ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux', 'der', 'die', 'das', 'dem', 'den', 'des', 'el', 'los', 'las', 'del', 'al']);
const EMPLOYER_PREPOSITIONS = new Set(['of', 'at', 'von', 'bei', 'de', 'du', 'des', 'del', 'chez']);
const GERMAN_ROLE = /[\p{L}-]{3,}(?:chef|chefin|leiter|leiterin|sprecher|sprecherin|präsident|präsidentin|minister|ministerin|vorsitzender|vorsitzende|vorstand|direktor|direktorin|experte|expertin|analyst|analystin)$/u;

/** "Last", "Tuesday" end no name; "IF" in "Hvidovre IF" is an acronym, and "Will" may be a name. */
function isTrailingFunctionWord(word: string, stopwords: ReadonlySet<string>): boolean {
	const key = normalise(word);
	return /^\p{Lu}\p{Ll}/u.test(word) && stopwords.has(key) && !NAME_LIKE_FUNCTION_WORDS.has(key);
}

function isSpaceGap(gap: string): boolean {
	return gap === ' ' || gap === '\u00a0';
}

function normalise(word: string): string {
	return word.toLowerCase().replace(/\.$/, '');
}

/** Finds runs of capitalised words, joined by name particles ("de", "von", "of"), without leading function words. */
export function findNameRuns(tokens: readonly Token[], text: string, lexicon: Lexicon, stopwords: ReadonlySet<string>): NameRun[] {
	const particles = new Set(lexicon.nameParticles);
	const honorifics = new Set([...lexicon.honorifics.map(normalise), ...ALL_LEXICONS.flatMap((l) => l.roleNouns)]);
	const orgNouns = new Set(ALL_LEXICONS.flatMap((l) => l.orgNouns));
	const runs: NameRun[] = [];
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		if (!token?.capitalised) {
			i++;
			continue;
		}
		let last = i + 1;
		while (last < tokens.length && last - i < MAX_RUN_TOKENS) {
			const next = tokens[last];
			if (!next) break;
			if (next.capitalised && isSpaceGap(next.gap)) {
				last++;
				continue;
			}
			const after = tokens[last + 1];
			const particleGap = isSpaceGap(next.gap);
			const afterGap = after ? isSpaceGap(after.gap) || /^['’]$/.test(after.gap) : false;
			if (particleGap && particles.has(next.text) && after?.capitalised && afterGap && !after.initial && canJoinParticle(tokens, i, last, stopwords, lexicon.capitalisesNouns === true)) {
				last += 2;
				continue;
			}
			const joined = last - i >= 2 ? joinCoordinatedOrganization(tokens, last) : last;
			if (joined > last) {
				last = joined;
				continue;
			}
			break;
		}
		const extended = extendWithAdjectives(tokens, i, last, stopwords);
		const keepUntil = extended > last ? extended : 0;
		last = extended;
		runs.push(...trimRun(tokens, i, last, text, { honorifics, orgNouns, stopwords, openingGap: token.gap, keepUntil, keepEnglishThe: !lexicon.capitalisesTitles }));
		i = last;
	}
	return runs;
}

// "Shares of Nvidia", "Die Aktie von Siemens", "Vorstandsvorsitzender von RWE": a common noun before "of"/"von" is not
// the head of a name, but "Bank of America", "Duke of York" (several capitals) or "Ursula von der Leyen" (a given name) are.
function canJoinParticle(
	tokens: readonly Token[],
	first: number,
	particle: number,
	stopwords: ReadonlySet<string>,
	capitalisesNouns: boolean,
): boolean {
	let head = first;
	while (head < particle - 1 && stopwords.has(normalise(tokens[head]?.text ?? ''))) head++;
	// "Actors Studio de Lee Strasberg": a given name and surname after the particle are a name of their own.
	const after = tokens[particle + 1];
	if (after && FIRST_NAMES.has(normalise(after.text)) && tokens[particle + 2]?.capitalised && isSpaceGap(tokens[particle + 2]?.gap ?? '')) return false;
	if (particle - head >= 2) return true;
	const word = tokens[head];
	if (!word) return false;
	const key = normalise(word.text);
	if (ORG_HEADS.has(key) || ORG_HEAD_WORDS.has(key) || FIRST_NAMES.has(key)) return true;
	if (stopwords.has(key) || COMMON_NOUN_SUFFIX.test(key)) return false;
	return !word.initial && !capitalisesNouns;
}

// German (and English) common-noun endings: a capitalised word with one of these is a noun, not a name.
const COMMON_NOUN_SUFFIX = /\p{L}{2,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ismus|nde|nden|ender|ieren|vorsitzender|vorsitzende)$/u;

// Romance-language institutions put lower-case adjectives after a capitalised head: "Académie française",
// "Parti démocratique des peuples", "Forces armées canadiennes", "Banco central".
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:ale?s?|aux|éenne?s?|éens?|ique|iques|aise?s?|ienne?s?|aine?s?|ée?s?|ive?s?|elle?s?|iste?s?|oise?s?|aire?s?|ano|ana|anos|anas|ico|ica|icos|icas|ista|al|ales)$/u;
const ORG_HEAD_WORDS = new Set('académie assemblée banque banco conseil consejo cour corte forces fuerzas ligue liga parti partido sénat senado chambre cámara confédération organisation organización armée ejército église iglesia union unión fédération federación agence agencia comité commission comisión ministère ministerio institut instituto université universidad société sociedad compagnie compañía groupe grupo tribunal bibliothèque biblioteca musée museo'.split(' '));

const CONJUNCTIONS = new Set(['and', 'et', 'und', 'y']);

/**
 * "National Oceanic and Atmospheric Administration": "and" inside a name when two words or more stand on each side
 * and what follows ends like an organisation; "MiniMax and Zhipu AI" are two.
 */
function joinCoordinatedOrganization(tokens: readonly Token[], last: number): number {
	const conjunction = tokens[last];
	if (!conjunction || !CONJUNCTIONS.has(conjunction.text) || !isSpaceGap(conjunction.gap)) return last;
	const before = tokens[last - 1];
	if (!before || ORG_SUFFIXES.has(normalise(before.text)) || KNOWN_ORGS.has(normalise(tokens[last - 2]?.text ?? ''))) return last;
	for (let end = last + 2; end < Math.min(tokens.length, last + 4); end++) {
		const word = tokens[end];
		if (!tokens[end - 1]?.capitalised || !word?.capitalised || !isSpaceGap(word.gap) || word.initial) return last;
		if (ORG_SUFFIXES.has(normalise(word.text))) return end + 1;
	}
	return last;
}

const COMPLEMENT_PARTICLES = new Set(['de', 'des', 'du', 'del', 'de los', 'de las']);

function extendWithAdjectives(tokens: readonly Token[], first: number, last: number, stopwords: ReadonlySet<string>): number {
	if (last - first !== 1 || !ORG_HEAD_WORDS.has(tokens[first]?.text.toLowerCase() ?? '')) return last;
	let end = last;
	while (end < tokens.length && end - last < 2) {
		const next = tokens[end];
		if (!next || !isSpaceGap(next.gap) || !ADJECTIVE.test(next.text)) break;
		end++;
	}
	// "Parti démocratique des peuples", "Ligue américaine de hockey": after an adjective, the complement of the name.
	const particle = tokens[end];
	const noun = tokens[end + 1];
	if (end > last && particle && noun && COMPLEMENT_PARTICLES.has(particle.text) && isSpaceGap(particle.gap) && isSpaceGap(noun.gap)) {
		if (/^\p{Ll}{4,}$/u.test(noun.text) && !stopwords.has(noun.text)) end += 2;
	}
	return end;
}

function trimRun(
	tokens: readonly Token[],
	first: number,
	last: number,
	text: string,
	words: {
		honorifics: ReadonlySet<string>;
		orgNouns: ReadonlySet<string>;
		stopwords: ReadonlySet<string>;
		openingGap: string;
		/** An institution's lower-case tail ("Ligue américaine de hockey") stays up to here. */
		keepUntil: number;
		/** Outside English, "The Cure" or "The Guardian" is a foreign name, article included. */
		keepEnglishThe: boolean;
	},
): NameRun[] {
	const { honorifics, orgNouns, stopwords } = words;
	let honorific = false;
	let orgNoun = false;
	let initial = tokens[first]?.initial ?? false;
	const previous = tokens[first - 1];
	let article = Boolean(previous && isSpaceGap(tokens[first]?.gap ?? '') && DEFINITE_ARTICLES.has(previous.text.toLowerCase()));
	if (previous && honorifics.has(normalise(previous.text)) && previous.capitalised) honorific = true;
	while (first < last) {
		const word = normalise(tokens[first]?.text ?? '');
		if (/^\p{Lu}\.$/u.test(tokens[first]?.text ?? '')) break;
		// German writes role and company nouns with a capital: "Vorstandschef Oliver Blume", "Der Autobauer Volkswagen".
		if (honorifics.has(word) || (last - first > 1 && GERMAN_ROLE.test(word))) {
			// "Chef von RWE", "head of Intel": what follows the role's preposition is the employer, not a person.
			if (EMPLOYER_PREPOSITIONS.has(normalise(tokens[first + 1]?.text ?? ''))) {
				honorific = false;
				orgNoun = true;
				first += 2;
				initial = false;
				continue;
			}
			honorific = true;
		}
		else if (ORG_HEADS.has(word) || ORG_HEAD_WORDS.has(word)) break;
		else if (orgNouns.has(word)) orgNoun = true;
		else if (word === 'the' && words.keepEnglishThe && last - first > 1) break;
		else if (DEFINITE_ARTICLES.has(word)) article = true;
		else if (!stopwords.has(word) || (!initial && NAME_LIKE_FUNCTION_WORDS.has(word))) break;
		first++;
		initial = false;
	}
	// "The Prime Minister Richard Seddon", "Louisiana Governor Thomas Moore": the name starts after the last title.
	let employer: NameRun | null = null;
	for (let k = last - 2; k >= first; k--) {
		if (honorifics.has(normalise(tokens[k]?.text ?? ''))) {
			// "Nvidia CEO Jensen Huang": what comes before the title names the employer.
			if (k > first) employer = makeRun(tokens, text, first, k, { initial, honorific: false, orgNoun: true, article, openingGap: words.openingGap });
			first = k + 1;
			honorific = true;
			initial = false;
			break;
		}
	}
	// "German anarchist Adolf Brand", "Mumbai star Hrithik Roshan": a given name inside a run starts the person's name.
	if (!employer && !honorific) {
		const split = findGivenNameStart(tokens, first, last);
		if (split > first) {
			employer = makeRun(tokens, text, first, split, { initial, honorific: false, orgNoun: false, article, openingGap: words.openingGap });
			first = split;
			initial = false;
			article = false;
		}
	}
	// A particle cannot end a run ("Banque de" after trimming); an adjective after an institution's head can.
	while (last > Math.max(first, words.keepUntil) && !tokens[last - 1]?.capitalised && !(ADJECTIVE.test(tokens[last - 1]?.text ?? '') && last - first > 1)) last--;
	// "Musk posted on X. Last Tuesday": a weekday or function word never ends a name.
	while (last - first > 1 && isTrailingFunctionWord(tokens[last - 1]?.text ?? '', stopwords)) {
		last--;
	}
	while (last > Math.max(first, words.keepUntil) && !tokens[last - 1]?.capitalised) last--;
	// "the Prime Minister", "le Président": a title alone names nobody.
	if (first < last && honorifics.has(normalise(tokens[last - 1]?.text ?? '')) && (last - first === 1 || honorifics.has(normalise(tokens.slice(first, last).map((t) => t.text).join(' '))))) {
		last = first;
	}
	if (first >= last) return employer ? [employer] : [];
	const run = makeRun(tokens, text, first, last, { initial, honorific, orgNoun, article, openingGap: words.openingGap });
	return [...(employer ? [employer] : []), ...(run ? [run] : [])];
}

/** Where "Geologist Farouk El-Baz" or "German anarchist Adolf Brand" turns from description to a given name and surname. */
function findGivenNameStart(tokens: readonly Token[], first: number, last: number): number {
	const k = last - 2;
	if (k <= first) return first;
	const given = tokens[k];
	const surname = tokens[last - 1];
	if (!given || !surname || !NEWS_GIVEN_SHAPE.test(given.text) || !NEWS_GIVEN_SHAPE.test(surname.text)) return first;
	if (!FIRST_NAMES.has(normalise(given.text)) || ORG_SUFFIXES.has(normalise(surname.text))) return first;
	if (!SURNAMES.has(normalise(surname.text)) && !tokens[first]?.initial) return first;
	const before = tokens.slice(first, k);
	const named = before.some((t) => FIRST_NAMES.has(normalise(t.text)) || SURNAMES.has(normalise(t.text)) || !NEWS_GIVEN_SHAPE.test(t.text));
	return named ? first : k;
}

const NEWS_GIVEN_SHAPE = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;

function makeRun(
	tokens: readonly Token[],
	text: string,
	first: number,
	last: number,
	flags: { initial: boolean; honorific: boolean; orgNoun: boolean; article: boolean; openingGap: string },
): NameRun | null {
	const { initial, honorific, orgNoun, article } = flags;
	const startToken = tokens[first];
	const endToken = tokens[last - 1];
	if (!startToken || !endToken) return null;
	return {
		first,
		last,
		start: startToken.start,
		end: endToken.end,
		text: text.slice(startToken.start, endToken.end),
		initial,
		honorific,
		orgNoun,
		article,
		quoted: /[«“"„‚‹‘]\s*$/.test(flags.openingGap) && /^\s*[,.]?\s*[»”"“‘’›]/.test(text.slice(endToken.end, endToken.end + 4)),
	};
}
