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
	marks?: Marks;
}

interface Marks {
	term: Int32Array;
	user: Int32Array;
	/** Scratch lists reused by every brief: the terms found, then the subscriptions satisfied. */
	present: Int32Array;
	matched: Int32Array;
	generation: number;
	/** Term → subscription positions, as one list: `users[usersStart[t] .. usersStart[t + 1]]`. */
	usersStart: Int32Array;
	users: Int32Array;
	/** Subscription position → where its program starts (see `satisfies`). */
	programStart: Int32Array;
	program: Int32Array;
}

interface StemmedTerms {
	/** Stemmed word → its number. Only words that some term uses are numbered. */
	wordIds: Map<string, number>;
	/** Word number → the one-word terms that are this word. */
	singlesStart: Int32Array;
	singles: Int32Array;
	/** The numbers of a phrase's first two words (first * wordCount + second) → the phrases starting so. */
	phrasesByPair: Map<number, number[]>;
	wordCount: number;
	/** Each term's words as numbers, to check a phrase's words after its first two. */
	termWordIds: Int32Array[];
	/** Scratch reused by every brief: its words as numbers, -1 where no term uses the word. */
	ids: Int32Array;
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
	const nameCache = new WeakMap<Brief, string[]>();
	return {
		size,
		match(brief, context) {
			const index = guilds.get(context.guildId);
			if (!index) return [];
			const byKeywords = index.keywords.length > 0 ? matchKeywords(index, readTokens(brief, tokenCache)) : [];
			const byEntity = matchEntities(index, readNames(brief, nameCache), context);
			if (byEntity.size === 0) return byKeywords;
			// A subscription is either keywords or an entity, so the two sorted lists share no id.
			return mergeById(byKeywords, [...byEntity.values()].sort((a, b) => a.id - b.id));
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

function matchEntities(index: GuildIndex, names: readonly string[], context: MatchContext): Map<number, Subscription> {
	const found = new Map<number, Subscription>();
	if (index.byEntityId.size === 0) return found;
	for (const id of context.entityIds ?? []) {
		for (const subscription of index.byEntityId.get(id) ?? []) found.set(subscription.id, subscription);
	}
	for (const name of names) {
		for (const subscription of index.byEntityName.get(name) ?? []) found.set(subscription.id, subscription);
	}
	return found;
}

function mergeById(left: Subscription[], right: Subscription[]): Subscription[] {
	const merged = new Array<Subscription>(left.length + right.length);
	let l = 0;
	let r = 0;
	for (let i = 0; i < merged.length; i++) {
		const next = r >= right.length || (l < left.length && (left[l] as Subscription).id < (right[r] as Subscription).id);
		merged[i] = (next ? left[l++] : right[r++]) as Subscription;
	}
	return merged;
}

function matchKeywords(index: GuildIndex, tokens: BriefTokens): Subscription[] {
	const stems = stemIndex(index, tokens.stemmer);
	const marks = markArrays(index);
	// Generation stamps instead of fresh Sets per brief: a brief touches thousands of terms in a large guild.
	const generation = ++marks.generation;
	const term = marks.term;
	const present = marks.present;
	let presentCount = 0;
	const words = tokens.words;
	const count = words.length;
	if (stems.ids.length < count) stems.ids = new Int32Array(count * 2);
	const { ids, singlesStart, singles } = stems;
	// Words become numbers once; a word seen again costs a lookup and a stamp check, nothing more.
	for (let position = 0; position < count; position++) {
		const id = stems.wordIds.get(words[position] as string) ?? -1;
		ids[position] = id;
		if (id < 0) continue;
		const end = singlesStart[id + 1] as number;
		for (let i = singlesStart[id] as number; i < end; i++) {
			const termId = singles[i] as number;
			if (term[termId] === generation) continue;
			term[termId] = generation;
			present[presentCount++] = termId;
		}
	}
	// Phrases are found through their first two words together, which are rare even when each word is common
	// ("of the"): a phrase is only checked where it may actually start.
	if (stems.phrasesByPair.size > 0) {
		const wordCount = stems.wordCount;
		for (let position = 0; position + 1 < count; position++) {
			const first = ids[position] as number;
			const second = ids[position + 1] as number;
			if (first < 0 || second < 0) continue;
			const candidates = stems.phrasesByPair.get(first * wordCount + second);
			if (!candidates) continue;
			for (let i = 0; i < candidates.length; i++) {
				const termId = candidates[i] as number;
				if (term[termId] === generation) continue;
				if (phraseAt(ids, count, position, stems.termWordIds[termId] as Int32Array)) {
					term[termId] = generation;
					present[presentCount++] = termId;
				}
			}
		}
	}
	const { user, matched, usersStart, users, programStart, program } = marks;
	let matchedCount = 0;
	for (let i = 0; i < presentCount; i++) {
		const termId = present[i] as number;
		const end = usersStart[termId + 1] as number;
		for (let j = usersStart[termId] as number; j < end; j++) {
			const position = users[j] as number;
			if (user[position] === generation) continue;
			user[position] = generation;
			if (satisfies(program, programStart[position] as number, term, generation)) matched[matchedCount++] = position;
		}
	}
	// Positions follow subscription ids (indexed in id order), so a numeric sort gives ascending ids.
	const order = matched.subarray(0, matchedCount).sort();
	const result = new Array<Subscription>(matchedCount);
	for (let i = 0; i < matchedCount; i++) result[i] = (index.keywords[order[i] as number] as CompiledKeywords).subscription;
	return result;
}

/**
 * Runs one subscription's program: [exclusion count, exclusions..., alternative count, then per alternative its
 * term count and terms]. Flat typed arrays keep the hundreds of subscriptions a brief wakes in a few cache lines.
 */
function satisfies(program: Int32Array, start: number, term: Int32Array, generation: number): boolean {
	let at = start;
	const exclusions = program[at++] as number;
	for (let i = 0; i < exclusions; i++) if (term[program[at++] as number] === generation) return false;
	const alternatives = program[at++] as number;
	for (let a = 0; a < alternatives; a++) {
		const length = program[at++] as number;
		const end = at + length;
		while (at < end && term[program[at] as number] === generation) at++;
		if (at === end) return true;
		at = end;
	}
	return false;
}

/** The per-brief stamps and scratch lists, and the subscriptions flattened into typed arrays, on first match. */
function markArrays(index: GuildIndex): Marks {
	if (index.marks) return index.marks;
	const termCount = index.terms.length;
	const usersStart = new Int32Array(termCount + 1);
	for (let t = 0; t < termCount; t++) usersStart[t + 1] = (usersStart[t] as number) + (index.termUsers[t] as number[]).length;
	const users = new Int32Array(usersStart[termCount] as number);
	for (let t = 0; t < termCount; t++) users.set(index.termUsers[t] as number[], usersStart[t] as number);
	const programStart = new Int32Array(index.keywords.length);
	const code: number[] = [];
	for (const [position, compiled] of index.keywords.entries()) {
		programStart[position] = code.length;
		code.push(compiled.exclusions.length, ...compiled.exclusions, compiled.alternatives.length);
		for (const terms of compiled.alternatives) code.push(terms.length, ...terms);
	}
	// Each term and each subscription enters a brief's lists at most once, so these bounds are exact.
	index.marks = {
		term: new Int32Array(termCount),
		user: new Int32Array(index.keywords.length),
		present: new Int32Array(termCount),
		matched: new Int32Array(index.keywords.length),
		generation: 0,
		usersStart,
		users,
		programStart,
		program: Int32Array.from(code),
	};
	return index.marks;
}

/** Whether a phrase whose first two words are at `start` continues with its other words. */
function phraseAt(ids: Int32Array, count: number, start: number, phrase: Int32Array): boolean {
	if (start + phrase.length > count) return false;
	for (let offset = 2; offset < phrase.length; offset++) {
		if (ids[start + offset] !== phrase[offset]) return false;
	}
	return true;
}

/** The terms' words stemmed for one language and numbered, built on the first brief in that language. */
function stemIndex(index: GuildIndex, stemmer: string): StemmedTerms {
	let stems = index.stemmed.get(stemmer);
	if (stems) return stems;
	const wordIds = new Map<string, number>();
	const termWordIds = index.terms.map((termWords) =>
		Int32Array.from(termWords, (word) => {
			const stemmed = stemWord(word, stemmer);
			let id = wordIds.get(stemmed);
			if (id === undefined) {
				id = wordIds.size;
				wordIds.set(stemmed, id);
			}
			return id;
		}),
	);
	const wordCount = wordIds.size;
	const phrasesByPair = new Map<number, number[]>();
	// One-word terms per word as one list (counted, then placed): `singles[singlesStart[w] .. singlesStart[w + 1]]`.
	const singlesStart = new Int32Array(wordCount + 1);
	for (const phrase of termWordIds) if (phrase.length === 1) (singlesStart[(phrase[0] as number) + 1] as number)++;
	for (let w = 0; w < wordCount; w++) singlesStart[w + 1] = (singlesStart[w + 1] as number) + (singlesStart[w] as number);
	const singles = new Int32Array(singlesStart[wordCount] as number);
	const filled = singlesStart.slice(0, wordCount);
	for (const [termId, phrase] of termWordIds.entries()) {
		const first = phrase[0] as number;
		if (phrase.length === 1) singles[(filled[first] as number)++] = termId;
		else pushTo(phrasesByPair, first * wordCount + (phrase[1] as number), termId);
	}
	stems = { wordIds, singlesStart, singles, phrasesByPair, wordCount, termWordIds, ids: new Int32Array(0) };
	index.stemmed.set(stemmer, stems);
	return stems;
}

interface BriefTokens {
	stemmer: string;
	/** Stemmed words in order, for phrases. */
	words: string[];
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
		tokens = { stemmer, words };
		cache.set(brief, tokens);
	}
	return tokens;
}

/** The brief's entity names and aliases, normalised once per brief object for every guild. */
function readNames(brief: Brief, cache: WeakMap<Brief, string[]>): string[] {
	let names = cache.get(brief);
	if (!names) {
		names = [...new Set(brief.entities.flatMap((entity) => [entity.name, ...entity.aliases].map(normalizeName)))];
		cache.set(brief, names);
	}
	return names;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
