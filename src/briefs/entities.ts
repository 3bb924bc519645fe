import type { Entity } from './types.js';
import type { Span } from './junk-spans.js';
import { isPlaceOrProduct, type NameType } from './classify-name.js';
import { checkPersonTypes } from './entity-types.js';
import { ALL_LEXICONS, getLexicon, type Lexicon } from './lexicons/index.js';
import { ORG_SUFFIXES } from './lexicons/organizations.js';
import { loadModel } from './ner/load-model.js';
import { findNamesByTagger } from './ner/tagger-names.js';
import { findNamesByRules, type NameFinding } from './rule-drafts.js';
import { extractRoles } from './roles.js';
import { tokenize } from './tokens.js';

interface Draft {
	name: string;
	type: NameType;
	strength: number;
	aliases: Set<string>;
	firstSeen: number;
}

const STOPWORDS: ReadonlySet<string> = new Set(ALL_LEXICONS.flatMap((l) => l.stopwords));
const stopwordSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The article's own function words plus English ones, which news in every language borrows ("The Guardian" aside). */
function stopwordsFor(lexicon: Lexicon): ReadonlySet<string> {
	let set = stopwordSets.get(lexicon);
	if (!set) {
		set = new Set([...lexicon.stopwords, ...getLexicon('en').stopwords]);
		stopwordSets.set(lexicon, set);
	}
	return set;
}

function acronymOf(name: string): string | null {
	const initials = name
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
	return initials.length >= 2 && initials.length < name.split(/\s+/).length + 1 && name.split(/\s+/).length >= 2 ? initials : null;
}

/** Surfaces that can stand for an organisation alone: "Zhipu" for "Zhipu AI", the acronym. */
function organizationAliases(name: string, textWords: ReadonlySet<string>): string[] {
	const aliases: string[] = [];
	const words = name.split(/\s+/);
	const lastWord = words[words.length - 1] ?? '';
	if (words.length >= 2 && ORG_SUFFIXES.has(lastWord.toLowerCase().replace(/\.$/, ''))) {
		const stem = words.slice(0, -1).join(' ');
		if (!STOPWORDS.has(stem.toLowerCase()) && stem.length >= 3) aliases.push(stem);
	}
	const acronym = acronymOf(name);
	if (acronym && textWords.has(acronym)) aliases.push(acronym);
	return aliases;
}

/** Parts of a person's name used alone in the article ("Yao" for "Yao Shunyu"), or the last name by default. */
function personAliases(name: string, standalone: ReadonlySet<string>): string[] {
	const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	if (words.length < 2) return [];
	const used = words.filter((w) => standalone.has(w));
	return used.length > 0 ? used : [words[words.length - 1] ?? ''];
}

function addDraft(drafts: Map<string, Draft>, finding: NameFinding): void {
	const { type, strength } = finding;
	const existing = drafts.get(finding.text);
	if (existing) {
		if (strength > existing.strength) {
			existing.type = type;
			existing.strength = strength;
		}
		return;
	}
	drafts.set(finding.text, { name: finding.text, type, strength, aliases: new Set(), firstSeen: finding.start });
}

/** Folds single-word drafts into the longer names they belong to ("Yao" into "Yao Shunyu"). */
function mergeDrafts(drafts: Map<string, Draft>, standalone: ReadonlySet<string>, textWords: ReadonlySet<string>): Draft[] {
	const all = [...drafts.values()].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
	const kept: Draft[] = [];
	const surfaceOwner = new Map<string, Draft>();
	for (const draft of all) {
		const owner = surfaceOwner.get(draft.name);
		if (owner) {
			owner.firstSeen = Math.min(owner.firstSeen, draft.firstSeen);
			continue;
		}
		const aliases = draft.type === 'person' ? personAliases(draft.name, standalone) : organizationAliases(draft.name, textWords);
		for (const alias of aliases) {
			draft.aliases.add(alias);
			if (!surfaceOwner.has(alias)) surfaceOwner.set(alias, draft);
		}
		if (draft.type === 'person') {
			for (const word of draft.name.split(/\s+/)) if (/^\p{Lu}/u.test(word) && !surfaceOwner.has(word)) surfaceOwner.set(word, draft);
		}
		surfaceOwner.set(draft.name, draft);
		kept.push(draft);
	}
	return kept;
}

/** Every mention of every entity, longest surface first, a surname going to the latest person it names. */
function findMentions(text: string, drafts: readonly Draft[]): Map<Draft, Array<{ start: number; end: number; text: string }>> {
	const bySurface = new Map<string, Draft[]>();
	for (const draft of drafts) {
		for (const surface of [draft.name, ...draft.aliases]) {
			const owners = bySurface.get(surface) ?? [];
			owners.push(draft);
			bySurface.set(surface, owners);
		}
	}
	const mentions = new Map<Draft, Array<{ start: number; end: number; text: string }>>();
	if (bySurface.size === 0) return mentions;
	const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${surfaces.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
		'gu',
	);
	const lastFull = new Map<Draft, number>();
	for (const match of text.matchAll(pattern)) {
		const owners = bySurface.get(match[0]) ?? [];
		let owner = owners.find((d) => d.name === match[0]);
		if (!owner) {
			owner = owners.slice().sort((a, b) => (lastFull.get(b) ?? -1) - (lastFull.get(a) ?? -1))[0];
		}
		if (!owner) continue;
		if (owner.name === match[0]) lastFull.set(owner, match.index);
		const list = mentions.get(owner) ?? [];
		list.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
		mentions.set(owner, list);
	}
	return mentions;
}

export interface EntityOptions {
	/**
	 * `rules`: the rule-based finder even where a tagger was trained (the evaluation's baseline); `tagger-only`: the
	 * tagger without the organisations the rules add where it is silent (to measure what they add).
	 */
	finder?: 'tagger' | 'tagger-only' | 'rules';
	/**
	 * Stretches of the text that are likely junk the cleaner kept (a byline, a credit, a widget): a name mentioned
	 * only there is not listed, since a missed entity costs less than an invented one.
	 */
	doubtful?: readonly Span[];
}

const inside = (mention: { start: number; end: number }, spans: readonly Span[]): boolean =>
	spans.some((span) => mention.start >= span.start && mention.end <= span.end);

/** People and organisations named in `text`, each with aliases, roles and every mention's offsets. */
export function extractEntities(text: string, language: string, options: EntityOptions = {}): Entity[] {
	const lexicon = getLexicon(language);
	const tokens = tokenize(text, language);
	const model = options.finder === 'rules' ? null : loadModel(language);
	const byRules = findNamesByRules(text, tokens, lexicon, stopwordsFor(lexicon));
	const { findings, standalone } = model && options.finder !== 'tagger-only' ? findNamesByTagger(model, text, tokens, language, byRules.findings) : model ? findNamesByTagger(model, text, tokens, language) : byRules;
	const drafts = new Map<string, Draft>();
	for (const finding of findings) addDraft(drafts, finding);
	const textWords = new Set(tokens.map((t) => t.text));
	// The rules need the place and product lists as a veto; the tagger learnt what a place is and types it LOC.
	const merged = mergeDrafts(drafts, standalone, textWords).filter((d) => model || !isPlaceOrProduct(d.name));
	const mentions = findMentions(text, merged);
	const entities: Entity[] = merged
		.filter((d) => mentions.has(d) && !(mentions.get(d) ?? []).every((mention) => inside(mention, options.doubtful ?? [])))
		.sort((a, b) => (mentions.get(a)?.[0]?.start ?? a.firstSeen) - (mentions.get(b)?.[0]?.start ?? b.firstSeen))
		.map((draft, index) => ({
			id: `e${index + 1}`,
			name: draft.name,
			type: draft.type,
			aliases: [...draft.aliases],
			roles: [],
			mentions: mentions.get(draft) ?? [],
		}));
	extractRoles(text, language, entities);
	return options.finder === 'rules' ? entities : checkPersonTypes(entities, text, lexicon);
}
