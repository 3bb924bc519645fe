import { ORIGIN_LEXICONS, type OriginLexicon } from './rules/origin/index.js';
import { hostNameOf } from './source-line.js';
import type { OriginalSource } from './types.js';

/**
 * A grammar of statements of origin, over the words of rules/origin/: a verb of publishing with a preposition and a
 * name ("…originally appeared on X", "Repris de X", "wurde zuerst bei X veröffentlicht"), a label with a name or link
 * ("Source : X", "(via X)"), or a news-item noun with its publisher ("Eine Meldung von X"). The statement must speak
 * of the page itself (its subject is "this article", or it opens the line) and never of a picture.
 */

interface Token {
	text: string;
	lower: string;
	kind: 'word' | 'url' | 'punct';
}

/** Every language's words merged: a statement may be in another language than the article. */
interface Lexicon {
	verbs: WordSet;
	firstness: WordSet;
	prepositions: WordSet;
	agents: WordSet;
	bylineVerbs: WordSet;
	subjects: WordSet;
	deictics: WordSet;
	itemNouns: WordSet;
	readVerbs: WordSet;
	/** Particles of languages that capitalise nouns: "Printausgabe der X" names X. */
	nounParticles: WordSet;
	particles: WordSet;
	articles: WordSet;
	outlets: WordSet;
	/** Outlet words of languages that capitalise nouns: skipped even when capitalised. */
	nounOutlets: WordSet;
	bridges: WordSet;
	calendar: WordSet;
	media: WordSet;
	labels: string[][];
}

interface WordSet {
	words: Set<string>;
	prefixes: string[];
}

function wordSet(lists: ReadonlyArray<readonly string[]>): WordSet {
	const all = lists.flat().map((word) => word.toLowerCase());
	return {
		words: new Set(all.filter((word) => !word.endsWith('*'))),
		prefixes: all.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
	};
}

const has = (set: WordSet, word: string | undefined): boolean =>
	word !== undefined && (set.words.has(word) || set.prefixes.some((prefix) => word.startsWith(prefix)));

// A URL, a domain ("Coin.com", not "Ledger.The": the part after the dot is a lower-case TLD), a word, or punctuation.
const TOKEN =
	/https?:\/\/[^\s<>"'()]+|[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.(?:[a-z]{2,6}|[\p{L}\p{N}]+(?=\.[a-z]{2,6}\b)))*(?![\p{L}\p{N}])|[^\s\p{L}\p{N}'’]/gu;

export function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map(([raw]) => {
		const kind = /^https?:/u.test(raw) ? 'url' : /^[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
		const clean = kind === 'url' ? raw.replace(/[.,;:!?]+$/u, '') : raw;
		return { text: clean, lower: clean.toLowerCase(), kind };
	});
}

function buildLexicon(lexicons: readonly OriginLexicon[]): Lexicon {
	type ListKey = { [K in keyof OriginLexicon]: OriginLexicon[K] extends readonly string[] ? K : never }[keyof OriginLexicon];
	const pick = (key: ListKey): WordSet => wordSet(lexicons.map((lexicon) => lexicon[key]));
	return {
		verbs: pick('verbs'),
		firstness: pick('firstness'),
		prepositions: pick('prepositions'),
		agents: pick('agents'),
		bylineVerbs: pick('bylineVerbs'),
		subjects: pick('subjects'),
		deictics: pick('deictics'),
		itemNouns: pick('itemNouns'),
		readVerbs: pick('readVerbs'),
		nounParticles: wordSet(lexicons.filter((lexicon) => lexicon.capitalisedNouns).map((lexicon) => lexicon.nameParticles)),
		particles: pick('nameParticles'),
		articles: pick('articles'),
		outlets: pick('outlets'),
		nounOutlets: wordSet(lexicons.filter((lexicon) => lexicon.capitalisedNouns).map((lexicon) => lexicon.outlets)),
		bridges: pick('bridges'),
		calendar: pick('calendar'),
		media: pick('media'),
		// Longest first, so that "read the original article" wins over "read the original".
		labels: [...new Set(lexicons.flatMap((lexicon) => lexicon.labels))]
			.map((label) => tokenize(label).map((token) => token.lower))
			.sort((a, b) => b.length - a.length),
	};
}

const LEXICON = buildLexicon(ORIGIN_LEXICONS);
const MAX_NAME_WORDS = 6;
// Between a verb of publishing and its preposition: "appeared first on", "est paru en premier dans".
const MAX_VERB_GAP = 4;

const isCapitalised = (token: Token | undefined): boolean =>
	token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !has(LEXICON.calendar, token.lower.replace(/\.$/u, ''));
const isDomain = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && /\.[a-z]{2,6}$/u.test(token.text);

/** One capitalised word ending like a German common noun ("Printausgabe", "Partnerportal", "Zeitung"). */
const isDeNoun = (words: readonly string[]): boolean => words.length === 1 && /(?:ung|heit|keit|ion|ausgabe|portal|seite|blatt|zeitung|magazin|partner|plattform|schaft)$/u.test(words[0] ?? '');

export interface NameSpan {
	source: OriginalSource;
	end: number;
}

/**
 * The publication named from `start`: a link, a domain, or capitalised words with particles inside ("El Faro del
 * Sur"). It stops at punctuation, a date, a number or any other lower-case word; a leading article ("the", "le") is
 * skipped.
 */
export function nameSpanAt(tokens: readonly Token[], start: number): NameSpan | null {
	let index = start;
	const first = tokens[index];
	if (first?.kind === 'url') {
		const host = hostNameOf(first.text);
		return host ? { source: { name: host, url: first.text }, end: index + 1 } : null;
	}
	const opensName = (at: number): boolean => isCapitalised(tokens[at]) || isDomain(tokens[at]);
	// "the Baltimore Sun", "le blog Mediapart", "der Wochenzeitung Die Zeit", "el diario El Mundo": not part of the name.
	if (first && has(LEXICON.articles, first.lower) && !opensName(index)) index++;
	const outlet = tokens[index];
	const isOutlet = outlet !== undefined && (/^\p{Ll}/u.test(outlet.text) ? has(LEXICON.outlets, outlet.lower) : has(LEXICON.nounOutlets, outlet.lower));
	if (isOutlet && (opensName(index + 1) || (has(LEXICON.prepositions, tokens[index + 1]?.lower) && opensName(index + 2)))) {
		index += opensName(index + 1) ? 1 : 2;
	}
	const words: string[] = [];
	while (index < tokens.length && words.length < MAX_NAME_WORDS) {
		const token = tokens[index] as Token;
		const startsName = words.length === 0;
		if (isCapitalised(token) || isDomain(token)) words.push(token.text);
		// "20 Minutes": a number opens a name only when a capitalised word follows.
		else if (startsName && token.kind === 'word' && /^\d+$/u.test(token.text) && isCapitalised(tokens[index + 1])) words.push(token.text);
		else if (!startsName && (has(LEXICON.particles, token.lower) || token.text === '&') && (isCapitalised(tokens[index + 1]) || isDomain(tokens[index + 1])))
			words.push(token.text);
		else break;
		index++;
	}
	// "in der Printausgabe der Nordwacht": where every noun is capitalised, a noun and a genitive name the last part.
	const split = words.findLastIndex((word, at) => at > 0 && /^\p{Ll}/u.test(word) && has(LEXICON.nounParticles, word) && !has(LEXICON.articles, words[0]?.toLowerCase()));
	if (split > 0 && isDeNoun(words.slice(0, split))) words.splice(0, split + 1);
	// "erschien im Original bei X": a word of the statement itself is not a name.
	if (words.length === 0 || (words.length === 1 && (has(LEXICON.firstness, words[0]?.toLowerCase()) || has(LEXICON.subjects, words[0]?.toLowerCase())))) return null;
	const name = words.join(' ').replace(/ & /gu, ' & ');
	return { source: { name: isDomain(tokens[index - 1]) && words.length === 1 ? name.toLowerCase().replace(/^www\./u, '') : name, url: null }, end: index };
}

/** Skips ':' '-' '–' after a label. */
function afterColon(tokens: readonly Token[], index: number): number {
	let at = index;
	while (tokens[at]?.kind === 'punct' && /^[:：\-–—]$/u.test(tokens[at]?.text ?? '')) at++;
	return at;
}

function labelAt(tokens: readonly Token[], index: number): number | null {
	for (const label of LEXICON.labels) {
		if (label.every((word, offset) => tokens[index + offset]?.lower === word)) return index + label.length;
	}
	return null;
}

/** "Source: X", "Via https://…", "Read the original article at X", "(via X)": a label, then the name or link. */
function labelStatement(tokens: readonly Token[]): OriginalSource | null {
	// "(via X)" after a sentence credits it; "…à Vallorcine (via Chamonix)" inside a sentence is a route.
	const opensAfterSentence = (index: number): boolean => index === 0 || /^[.!?…»”"]$/u.test(tokens[index - 1]?.text ?? '');
	const starts = [0, ...tokens.flatMap((token, index) => (token.text === '(' && opensAfterSentence(index) ? [index + 1] : []))];
	for (const start of starts) {
		const after = labelAt(tokens, start);
		if (after === null) continue;
		let at = afterColon(tokens, after);
		const hadColon = at > after;
		if (has(LEXICON.prepositions, tokens[at]?.lower)) at++;
		const span = nameSpanAt(tokens, at) ?? (hadColon ? lowerCaseAgency(tokens, at) : null);
		if (!span) continue;
		// Without a colon, only a link or a parenthesis makes "from X" or "via X" a label: "From Monday, …" is prose.
		if (!hadColon && !span.source.url && start === 0 && !isLabelEnd(tokens, span.end)) continue;
		return span.source;
	}
	return null;
}

/** "Quelle: dpa", "Source : afp": agencies write their short names in lower case; only as the line's last word. */
function lowerCaseAgency(tokens: readonly Token[], at: number): NameSpan | null {
	const token = tokens[at];
	const last = at === tokens.length - 1 || (at === tokens.length - 2 && tokens[at + 1]?.kind === 'punct');
	return token?.kind === 'word' && last && /^\p{Ll}{2,5}$/u.test(token.text) ? { source: { name: token.text, url: null }, end: at + 1 } : null;
}

/** The name ends the line (but for a full stop) or its clause before a colon: "Via X." or "Via X: read on". */
const isLabelEnd = (tokens: readonly Token[], end: number): boolean =>
	end >= tokens.length || (end === tokens.length - 1 && tokens[end]?.kind === 'punct') || /^[:)]$/u.test(tokens[end]?.text ?? '');

/** The sentence speaks of the page: "This article", "L'article", "Der Beitrag …" open it. */
function hasPageSubject(tokens: readonly Token[]): boolean {
	const opensWithDeictic = has(LEXICON.deictics, tokens[0]?.lower);
	// "This article", "The original article", "Der Originalartikel": a subject among the first words, after a deictic.
	for (let index = 0; index < Math.min(tokens.length, 4); index++) {
		if (has(LEXICON.subjects, tokens[index]?.lower) && (index === 0 || opensWithDeictic)) return true;
	}
	return false;
}

/** "…published first on X": the preposition after a verb of publishing, and the name after it. */
function nameAfterVerb(tokens: readonly Token[], verb: number, gap: number, agentAllowed: boolean): OriginalSource | null {
	for (let at = verb + 1; at <= verb + 1 + gap && at < tokens.length; at++) {
		const token = tokens[at] as Token;
		if (token.kind === 'punct') return null;
		if (has(LEXICON.agents, token.lower) && !agentAllowed) return null;
		if (has(LEXICON.prepositions, token.lower)) {
			const span = nameSpanAt(tokens, at + 1);
			// "in Kooperation mit X": a lone German common noun is the relation, the name comes after it.
			if (span && !isDeNoun(span.source.name.split(' '))) return span.source;
			if (span) {
				at = span.end - 1;
				continue;
			}
		}
		// Only adverbs, auxiliaries and bridges sit between: another capitalised word means the name came without a preposition.
		const statementWord = has(LEXICON.firstness, token.lower) || has(LEXICON.bridges, token.lower) || has(LEXICON.subjects, token.lower) || token.lower === 'sie';
		if (isCapitalised(token) && !statementWord) return null;
	}
	return null;
}

/** "…wurde zuerst bei X veröffentlicht": verb-final clauses name the publisher before the verb. */
function nameBeforeVerb(tokens: readonly Token[], verb: number): OriginalSource | null {
	for (let at = verb - 2; at >= Math.max(0, verb - 1 - MAX_NAME_WORDS - 1); at--) {
		// A preposition after a capitalised word sits inside a name ("El Faro del Sur publicó…").
		if (!has(LEXICON.prepositions, tokens[at]?.lower) || isCapitalised(tokens[at - 1])) continue;
		const span = nameSpanAt(tokens, at + 1);
		// "…bei der X zuerst erschienen": adverbs may sit between the name and the verb.
		if (span && tokens.slice(span.end, verb).every((token) => has(LEXICON.firstness, token.lower))) return span.source;
	}
	return null;
}

/** "Coastal Ledger first published this story": the publisher as subject, the page as object. */
function subjectStatement(tokens: readonly Token[]): OriginalSource | null {
	const span = nameSpanAt(tokens, 0);
	if (!span) return null;
	let at = span.end;
	while (at < span.end + 3 && tokens[at]?.kind === 'word' && !has(LEXICON.verbs, tokens[at]?.lower)) at++;
	if (!has(LEXICON.verbs, tokens[at]?.lower)) return null;
	const rest = tokens.slice(at + 1, at + 5);
	const aboutPage = rest.some((token, index) => has(LEXICON.subjects, token.lower) && has(LEXICON.deictics, rest[index - 1]?.lower));
	return aboutPage ? span.source : null;
}

/** A verb of publishing with its publisher, in a sentence about the page or opening the line. */
function verbStatement(tokens: readonly Token[], loose: boolean): OriginalSource | null {
	const aboutPage = hasPageSubject(tokens);
	// From the end: a headline quoted in the statement ("The post <title> appeared first on X") may hold verbs too.
	for (let verb = tokens.length - 1; verb >= 0; verb--) {
		const token = tokens[verb] as Token;
		const reads = has(LEXICON.readVerbs, token.lower);
		if (token.kind !== 'word' || (!has(LEXICON.verbs, token.lower) && !reads)) continue;
		// "We republish this article…", "Lesen Sie den ganzen Artikel bei X": the page as the verb's object.
		const objectIsPage = tokens.slice(verb + 1, verb + 6).some((other) => has(LEXICON.subjects, other.lower));
		if (reads && !objectIsPage) continue;
		const opensLine =
			(verb <= 1 && (verb === 0 || has(LEXICON.firstness, tokens[0]?.lower) || has(LEXICON.deictics, tokens[0]?.lower))) ||
			// "Bei X zuerst erschienen.": a verb-final line that opens with the preposition of its publisher.
			(verb === tokens.length - 1 - (tokens.at(-1)?.kind === 'punct' ? 1 : 0) && has(LEXICON.prepositions, tokens[0]?.lower) && !has(LEXICON.agents, tokens[0]?.lower));
		const near = tokens.slice(Math.max(0, verb - 3), verb + 4).some((other) => has(LEXICON.firstness, other.lower));
		if (!aboutPage && !objectIsPage && !opensLine && !(loose && near)) continue;
		const source = nameAfterVerb(tokens, verb, objectIsPage ? MAX_VERB_GAP + 4 : MAX_VERB_GAP, aboutPage || objectIsPage || near || !has(LEXICON.bylineVerbs, token.lower)) ?? nameBeforeVerb(tokens, verb);
		if (source) return source;
	}
	return null;
}

/** "Une information X", "Eine Meldung von X", "A story from X" at the start of a line. */
function itemStatement(tokens: readonly Token[]): OriginalSource | null {
	if (!has(LEXICON.deictics, tokens[0]?.lower) || !has(LEXICON.itemNouns, tokens[1]?.lower)) return null;
	let at = 2;
	if (['de', 'von', 'der', 'des', 'from', 'of', 'd', 'del'].includes(tokens[at]?.lower ?? '')) at++;
	return nameSpanAt(tokens, at)?.source ?? null;
}

const MAX_LINK_LINE_TOKENS = 16;
// Links to social networks and sharing services are follow and share prompts, not sources.
const SOCIAL_HOST = /(?:^|\.)(?:twitter|x|facebook|instagram|linkedin|whatsapp|t|telegram|youtube|youtu|tiktok|pinterest|reddit|threads|bsky|mastodon|flipboard|wa)\.[a-z.]+$/u;

const SOCIAL_NAME = /^(?:twitter|x|facebook|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest|reddit|threads|bluesky|mastodon|flipboard|snapchat)$/iu;

/** The first link in the sentence to a page other than a social network. */
function linkIn(tokens: readonly Token[]): OriginalSource | null {
	for (const token of tokens) {
		if (token.kind !== 'url') continue;
		const host = hostNameOf(token.text);
		if (host && !SOCIAL_HOST.test(host)) return { name: host, url: token.text };
	}
	return null;
}

const MAX_LINK_LABEL_WORDS = 6;

/** "<a few words>: https://site/2024/some-story": a short line ending with the only link, to an article's address. */
function endsWithArticleLink(tokens: readonly Token[]): boolean {
	// Closing punctuation may follow the link: "(https://…)", "<https://…>.".
	let end = tokens.length - 1;
	while (end > 0 && tokens[end]?.kind === 'punct') end--;
	const last = tokens[end];
	if (last?.kind !== 'url' || tokens.filter((token) => token.kind === 'url').length !== 1) return false;
	if (tokens.filter((token) => token.kind === 'word').length > MAX_LINK_LABEL_WORDS) return false;
	try {
		return /[\d-]/u.test(new URL(last.text).pathname.split('/').filter(Boolean).at(-1) ?? '');
	} catch {
		return false;
	}
}

const isOriginWord = (word: string): boolean =>
	has(LEXICON.verbs, word) || has(LEXICON.firstness, word) || has(LEXICON.subjects, word) || LEXICON.labels.some((label) => label.length === 1 && label[0] === word);

/** True when the text speaks of pictures or graphics: such a line credits a picture, never the article. */
export function speaksOfMedia(text: string): boolean {
	return tokenize(text).some((token) => token.kind === 'word' && has(LEXICON.media, token.lower));
}

/** A stated origin and the form that stated it: a label ("Source: X") is plainer than a sentence. */
export interface StatedOrigin extends OriginalSource {
	/** `link`: a short junk line ending with a link to an article page, in words the lexicons do not know. */
	form: 'label' | 'verb' | 'item' | 'link';
}

export interface StatementOptions {
	/**
	 * Also accept a verb of publishing near "first"/"originally" without a subject about the page ("…was first
	 * published on X"): right for lines already removed as junk, too loose for the article's own sentences.
	 */
	loose?: boolean;
}

/** The publisher a line states the article comes from, or null when the line is no statement of origin. */
export function findOriginStatement(line: string, options: StatementOptions = {}): StatedOrigin | null {
	// A social handle marks an embedded post or a follow prompt ("A post shared by X (@x)"), not a publisher's credit.
	if (/(?:^|[\s(])@[\p{L}\p{N}_]{2,}/u.test(line)) return null;
	// One sentence at a time: a statement glued before the lede is its own sentence.
	const sentences = line.split(/(?<=[.!?])\s+|(?<=\p{Ll}[.!?])(?=\p{Lu})/u).map(tokenize);
	const words = sentences.flat();
	// Most lines have no word a statement is made of: they are let go before the grammar runs.
	if (!words.some((token) => token.kind === 'url' || isTrigger(token.lower))) return null;
	if (words.some((token) => token.kind === 'word' && has(LEXICON.media, token.lower))) return null;
	const found = statementIn(sentences, options);
	// "View this post on Instagram": an embedded post, and a social network is never the publisher.
	return found && !SOCIAL_NAME.test(found.name) ? found : null;
}

const TRIGGERS = new Set([
	...LEXICON.verbs.words,
	...LEXICON.readVerbs.words,
	...LEXICON.itemNouns.words,
	...LEXICON.labels.map((label) => label[0] ?? ''),
]);
const isTrigger = (word: string): boolean => TRIGGERS.has(word) || LEXICON.verbs.prefixes.some((prefix) => word.startsWith(prefix));

function statementIn(sentences: readonly Token[][], options: StatementOptions): StatedOrigin | null {
	for (const tokens of sentences) {
		if (tokens.length === 0) continue;
		const link = linkIn(tokens);
		const label = labelStatement(tokens);
		if (label) return { ...(label.url ? label : (link ?? label)), form: 'label' };
		const verb = verbStatement(tokens, options.loose === true) ?? subjectStatement(tokens);
		if (verb) return { ...(link ?? verb), form: 'verb' };
		// Any wording with a link: a short line with a word of origin ("original", "Quelle", "zuerst") and a link to a page.
		if (link && tokens.length <= MAX_LINK_LINE_TOKENS && tokens.some((token) => isOriginWord(token.lower))) return { ...link, form: 'label' };
		const item = itemStatement(tokens);
		if (item) return { ...item, form: 'item' };
		if (options.loose && link && endsWithArticleLink(tokens)) return { ...link, form: 'link' };
	}
	return null;
}
