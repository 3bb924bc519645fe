/**
 * Stage 0 of the speaker decision: which tagged entities may speak at all, and what the article says about each one
 * as a person. The tagger's "persons" include places ("la Drôme"), demonyms and titles ("le Parisien", "la
 * République"), and capitalised words ("Attention"); a speaker must be a person or an organisation the article names.
 * The words tested (articles, honorifics, first names, places) are lexicon data, so this is the same in every language.
 */
import type { Entity } from '../types.js';
import { alternation } from '../lexicon-patterns.js';
import { FIRST_NAMES } from '../lexicons/first-names.js';
import type { Lexicon } from '../lexicons/index.js';
import { PLACES } from '../lexicons/places.js';

interface Evidence {
	/** The name's first word is a known given name ("Aurélien Esprit"). */
	firstName: boolean;
	/** Some mention follows an honorific ("M. Jacob", "Frau Merkel", "Mr. Hale"). */
	honorific: boolean;
	/** Mentions right after an article ("la Drôme", "le Parisien", "the Bible"), and all mentions. */
	afterArticle: number;
	mentions: number;
	words: number;
	place: boolean;
	/** The name opens with an article ("Le Parisien", "Die Welt"): a title, never a person. */
	articleName: boolean;
}

interface LexiconTests {
	articleEnd: RegExp;
	honorificEnd: RegExp;
}

const testsCache = new WeakMap<Lexicon, LexiconTests>();

function testsOf(lexicon: Lexicon): LexiconTests {
	let tests = testsCache.get(lexicon);
	if (!tests) {
		const articles = lexicon.articles ?? [];
		tests = {
			articleEnd: articles.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(articles)})\\s*$`, 'iu') : /$^/u,
			// Honorifics are capitalised abbreviations ("M.", "Dr"): matched as written, so "me" (a pronoun) is not "Me".
			honorificEnd: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.honorifics)})\\s*$`, 'u'),
		};
		testsCache.set(lexicon, tests);
	}
	return tests;
}

/** "Le Parisien", "L'Est Républicain", "Die Welt": the name's first word is an article, or an elided one glued on. */
function opensWithArticle(words: readonly string[], lexicon: Lexicon): boolean {
	const articles = lexicon.articles ?? [];
	const first = (words[0] ?? '').toLowerCase().replace(/’/gu, "'");
	const elided = first.match(/^\p{L}{1,2}'(?=\p{L})/u)?.[0];
	return (words.length > 1 && articles.includes(first)) || Boolean(elided && articles.includes(elided));
}

const evidenceCache = new WeakMap<Entity, Evidence>();

function evidenceOf(entity: Entity, text: string, lexicon: Lexicon): Evidence {
	const cached = evidenceCache.get(entity);
	if (cached) return cached;
	const { articleEnd, honorificEnd } = testsOf(lexicon);
	const words = entity.name.split(/\s+/u).filter(Boolean);
	let afterArticle = 0;
	let honorific = false;
	for (const mention of entity.mentions) {
		const before = text.slice(Math.max(0, mention.start - 14), mention.start);
		// "l'Est Républicain": the elided article is glued to the name.
		if (articleEnd.test(before) || /(?:^|[^\p{L}])[lL]['’]$/u.test(before)) afterArticle++;
		if (honorificEnd.test(before)) honorific = true;
	}
	const evidence: Evidence = {
		firstName: FIRST_NAMES.has((words[0] ?? '').toLowerCase()),
		honorific,
		afterArticle,
		mentions: entity.mentions.length,
		words: words.length,
		place: PLACES.has(entity.name.toLowerCase()),
		articleName: opensWithArticle(words, lexicon),
	};
	evidenceCache.set(entity, evidence);
	return evidence;
}

/**
 * A "person" that is a place, or that the article writes after an article most of the time with neither a given
 * name nor an honorific ("de la Drôme", "le Parisien"), or whose name opens with an article ("Le Parisien"), is not
 * someone who can speak. Organisations are kept: "la
 * SNCF", "die Grünen", "Russia said" do speak.
 */
export function maySpeak(entity: Entity, text: string, lexicon: Lexicon): boolean {
	if (entity.type !== 'person') return true;
	const e = evidenceOf(entity, text, lexicon);
	if ((e.place || e.articleName) && !e.honorific) return false;
	if (e.firstName || e.honorific) return true;
	return !(e.mentions > 0 && e.afterArticle * 2 >= e.mentions);
}

/** The entities that may speak (the others are left out of every speaker decision, and of pronoun antecedents). */
export function speakingEntities(entities: readonly Entity[], text: string, lexicon: Lexicon): Entity[] {
	return entities.filter((entity) => maySpeak(entity, text, lexicon));
}

/** Features of a candidate's entity as a possible speaker: how sure the article is that it names a person. */
export function entityFeatures(entity: Entity, text: string, lexicon: Lexicon): string[] {
	const e = evidenceOf(entity, text, lexicon);
	if (entity.type !== 'person') return [`entity:org:words:${Math.min(e.words, 3)}`, ...(e.afterArticle > 0 ? ['entity:org:article'] : [])];
	const features: string[] = [];
	if (e.firstName) features.push('entity:person:firstName');
	if (e.honorific) features.push('entity:person:honorific');
	if (!e.firstName && !e.honorific) features.push(e.words === 1 ? 'entity:person:bareWord' : 'entity:person:bareName');
	if (e.afterArticle > 0) features.push('entity:person:article');
	return features;
}
