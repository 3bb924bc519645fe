/**
 * The in-memory reverse index of subscriptions: folded/stemmed term → keyword subscriptions, entity id and
 * normalised entity name → entity subscriptions. Built once from `SubscriptionStore.listAll()` and rebuilt
 * when subscriptions change; matching a brief reads its words once and touches only the terms it contains.
 */
import type { Brief } from '../briefs/types.js';
import type { Subscription } from '../store/types.js';
import { normalizeName, splitWords } from './fold-text.js';
import { parseTopicQuery, type TopicQuery } from './parse-topic-query.js';
import { stemmerFor, stemWord, stemWordsInPlace } from './stem-word.js';

export interface MatchContext {
	guildId: string;
	/** Stored ids of the entities of this brief, when the caller has them (ingest resolves them). */
	entityIds?: readonly number[];
}

export interface SubscriptionMatcher {
	/** Active subscriptions of the guild that the brief matches, by ascending id. */
	match(brief: Brief, context: MatchContext): Subscription[];
	/** How many active subscriptions are indexed. */
	readonly size: number;
}

interface CompiledKeywords {
	subscription: Subscription;
	/** Term indexes per alternative. */
	alternatives: number[][];
	exclusions: number[];
}

interface GuildIndex {
	/** Unique terms (folded words), shared by every subscription that uses them. */
	terms: string[][];
	termKeys: Map<string, number>;
	/** Term index → the keyword subscriptions (positions in `keywords`) that need it. */
	termUsers: number[][];
	keywords: CompiledKeywords[];
	byEntityId: Map<number, Subscription[]>;
	byEntityName: Map<string, Subscription[]>;
	/** Per stemmer: the terms' stemmed words, indexed by one anchor word each. Built on first use. */
	stemmed: Map<string, StemmedTerms>;
	/** Per-term and per-subscription "seen in this brief" stamps, allocated on the first match. */
	marks?: { term: Int32Array; user: Int32Array; generation: number };
}

interface StemmedTerms {
	/** One-word terms: word → term indexes. Looked up once per distinct word of a brief. */
	singles: Map<string, number[]>;
	/** Phrases: anchor word → term indexes. Looked up at every position, to check the words around it. */
	byAnchor: Map<string, number[]>;
	words: string[][];
	/** Position of the anchor within each term. */
	anchorAt: number[];
}

// Keeps the title's last words from forming a phrase with the body's first ones.
const BOUNDARY = '\u0000';

/** Builds the reverse index; paused subscriptions and unparseable keyword topics are left out. */
export function createSubscriptionMatcher(subscriptions: readonly Subscription[]): SubscriptionMatcher {
	const guilds = new Map<string, GuildIndex>();
	let size = 0;
	// Keyword subscriptions are indexed in id order, so a brief's matches come out sorted without a sort.
	for (const subscription of [...subscriptions].sort((a, b) => a.id - b.id)) {
		if (subscription.paused) continue;
		let index = guilds.get(subscription.guildId);
		if (!index) {
			index = createGuildIndex();
			guilds.set(subscription.guildId, index);
		}
		if (addSubscription(index, subscription)) size++;
	}
	const tokenCache = new WeakMap<Brief, BriefTokens>();
	return {
		size,
		match(brief, context) {
			const index = guilds.get(context.guildId);
			if (!index) return [];
			const byKeywords = index.keywords.length > 0 ? matchKeywords(index, readTokens(brief, tokenCache)) : [];
			const byEntity = matchEntities(index, brief, context);
			if (byEntity.size === 0) return byKeywords;
			for (const subscription of byKeywords) byEntity.set(subscription.id, subscription);
			return [...byEntity.values()].sort((a, b) => a.id - b.id);
		},
	};
}

/** Whether one subscription matches a brief, for previews ("3 recent briefs that would have matched"). */
export function matchesSubscription(subscription: Subscription, brief: Brief, entityIds?: readonly number[]): boolean {
	const matcher = createSubscriptionMatcher([{ ...subscription, paused: null }]);
	return matcher.match(brief, { guildId: subscription.guildId, ...(entityIds ? { entityIds } : {}) }).length > 0;
}

function createGuildIndex(): GuildIndex {
	return {
		terms: [],
		termKeys: new Map(),
		termUsers: [],
		keywords: [],
		byEntityId: new Map(),
		byEntityName: new Map(),
		stemmed: new Map(),
	};
}

function addSubscription(index: GuildIndex, subscription: Subscription): boolean {
	const topic = subscription.topic;
	if (topic.kind === 'entity') {
		pushTo(index.byEntityId, topic.entityId, subscription);
		const name = normalizeName(topic.label);
		if (name) pushTo(index.byEntityName, name, subscription);
		return true;
	}
	const parsed = parseTopicQuery(topic.query);
	if (parsed.status !== 'ok') return false;
	index.keywords.push(compileKeywords(index, subscription, parsed.query));
	return true;
}

function compileKeywords(index: GuildIndex, subscription: Subscription, query: TopicQuery): CompiledKeywords {
	const position = index.keywords.length;
	const intern = (words: string[]): number => {
		const key = words.join(' ');
		let id = index.termKeys.get(key);
		if (id === undefined) {
			id = index.terms.length;
			index.terms.push(words);
			index.termKeys.set(key, id);
			index.termUsers.push([]);
		}
		const users = index.termUsers[id];
		if (users && users[users.length - 1] !== position) users.push(position);
		return id;
	};
	return {
		subscription,
		alternatives: query.alternatives.map((terms) => terms.map((t) => intern(t.words))),
		exclusions: query.exclusions.map((t) => intern(t.words)),
	};
}

function matchEntities(index: GuildIndex, brief: Brief, context: MatchContext): Map<number, Subscription> {
	const found = new Map<number, Subscription>();
	if (index.byEntityId.size === 0) return found;
	for (const id of context.entityIds ?? []) {
		for (const subscription of index.byEntityId.get(id) ?? []) found.set(subscription.id, subscription);
	}
	for (const entity of brief.entities) {
		for (const name of [entity.name, ...entity.aliases]) {
			for (const subscription of index.byEntityName.get(normalizeName(name)) ?? []) found.set(subscription.id, subscription);
		}
	}
	return found;
}

function matchKeywords(index: GuildIndex, tokens: BriefTokens): Subscription[] {
	const stems = stemIndex(index, tokens.stemmer);
	const marks = markArrays(index);
	// Generation stamps instead of fresh Sets per brief: a brief touches thousands of terms in a large guild.
	const generation = ++marks.generation;
	const present: number[] = [];
	for (const word of tokens.distinct) {
		const singles = stems.singles.get(word);
		if (!singles) continue;
		for (const termId of singles) {
			marks.term[termId] = generation;
			present.push(termId);
		}
	}
	const words = tokens.words;
	if (stems.byAnchor.size > 0) {
		for (let position = 0; position < words.length; position++) {
			const candidates = stems.byAnchor.get(words[position] as string);
			if (!candidates) continue;
			for (const termId of candidates) {
				if (marks.term[termId] === generation) continue;
				const start = position - (stems.anchorAt[termId] as number);
				if (start >= 0 && phraseAt(words, start, stems.words[termId] as string[])) {
					marks.term[termId] = generation;
					present.push(termId);
				}
			}
		}
	}
	const matched: number[] = [];
	for (let i = 0; i < present.length; i++) {
		const users = index.termUsers[present[i] as number] as number[];
		for (let j = 0; j < users.length; j++) {
			const position = users[j] as number;
			if (marks.user[position] === generation) continue;
			marks.user[position] = generation;
			if (satisfies(index.keywords[position] as CompiledKeywords, marks.term, generation)) matched.push(position);
		}
	}
	matched.sort((a, b) => a - b);
	return matched.map((position) => (index.keywords[position] as CompiledKeywords).subscription);
}

function satisfies(compiled: CompiledKeywords, term: Int32Array, generation: number): boolean {
	for (const termId of compiled.exclusions) if (term[termId] === generation) return false;
	for (const terms of compiled.alternatives) {
		let all = true;
		for (const termId of terms) {
			if (term[termId] !== generation) {
				all = false;
				break;
			}
		}
		if (all) return true;
	}
	return false;
}

function markArrays(index: GuildIndex): { term: Int32Array; user: Int32Array; generation: number } {
	index.marks ??= { term: new Int32Array(index.terms.length), user: new Int32Array(index.keywords.length), generation: 0 };
	return index.marks;
}

function phraseAt(words: string[], start: number, phrase: string[]): boolean {
	for (let offset = 0; offset < phrase.length; offset++) {
		if (words[start + offset] !== phrase[offset]) return false;
	}
	return true;
}

/**
 * A phrase is looked up by its longest word, not its first: "the budget" would otherwise be checked at every
 * "the" of every article. Longer words are rarer in every language the stemmers cover.
 */
function stemIndex(index: GuildIndex, stemmer: string): StemmedTerms {
	let stems = index.stemmed.get(stemmer);
	if (stems) return stems;
	stems = { singles: new Map(), byAnchor: new Map(), words: [], anchorAt: [] };
	for (const [termId, termWords] of index.terms.entries()) {
		const stemmedWords = termWords.map((word) => stemWord(word, stemmer));
		let anchorAt = 0;
		for (let i = 1; i < stemmedWords.length; i++) if ((stemmedWords[i]?.length ?? 0) > (stemmedWords[anchorAt]?.length ?? 0)) anchorAt = i;
		stems.words.push(stemmedWords);
		stems.anchorAt.push(anchorAt);
		pushTo(stemmedWords.length === 1 ? stems.singles : stems.byAnchor, stemmedWords[anchorAt] ?? '', termId);
	}
	index.stemmed.set(stemmer, stems);
	return stems;
}

interface BriefTokens {
	stemmer: string;
	/** Stemmed words in order, for phrases. */
	words: string[];
	/** Each stemmed word once, for one-word terms. */
	distinct: string[];
}

/** The brief's title and body as stemmed words in its own language, computed once per brief object. */
function readTokens(brief: Brief, cache: WeakMap<Brief, BriefTokens>): BriefTokens {
	let tokens = cache.get(brief);
	if (!tokens) {
		const stemmer = stemmerFor(brief.language);
		const words = splitWords(brief.title);
		words.push(BOUNDARY);
		for (const word of splitWords(brief.text)) words.push(word);
		stemWordsInPlace(words, stemmer);
		tokens = { stemmer, words, distinct: [...new Set(words)] };
		cache.set(brief, tokens);
	}
	return tokens;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
