import type { Entity } from './types.js';
import { ALL_LEXICONS } from './lexicons/index.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicons/gendered-first-names.js';
import type { MentionIndex } from './mention-index.js';

// How far back a pronoun looks for its antecedent: about the two or three sentences a reader keeps in mind.
const ANTECEDENT_WINDOW = 700;

export type Gender = 'female' | 'male';

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
	['he', 'male'], ['il', 'male'], ['lui', 'male'], ['er', 'male'], ['él', 'male'],
	['she', 'female'], ['elle', 'female'], ['sie', 'female'], ['ella', 'female'],
]);
const FEMALE_HONORIFIC = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Mme|Mlle|Madame|Frau|Sra|Srta|Señora|Doña|Dame|Lady)\.?\s*$/u;
const MALE_HONORIFIC = /(?:^|[^\p{L}])(?:Mr|M|MM|Monsieur|Herr|Sr|Señor|Don|Sir|Lord)\.?\s*$/u;

/**
 * Role nouns whose form marks a gender, derived from the lexicons: a role noun that is another one plus a feminine
 * ending ("directora", "présidente", "Ministerin") is female and its base is male; English "-woman"/"-man" likewise.
 */
function buildRoleGenders(): ReadonlyMap<string, Gender> {
	const genders = new Map<string, Gender>();
	for (const lexicon of ALL_LEXICONS) {
		const nouns = new Set(lexicon.roleNouns.map((n) => n.toLowerCase()));
		for (const noun of nouns) {
			for (const ending of ['a', 'e', 'in', 'esa']) {
				if (noun.length > 3 && nouns.has(noun + ending)) {
					genders.set(noun + ending, 'female');
					if (!genders.has(noun)) genders.set(noun, 'male');
				}
			}
			if (/woman$/.test(noun)) genders.set(noun, 'female');
			else if (/man$/.test(noun) && nouns.has(noun.replace(/man$/, 'woman'))) genders.set(noun, 'male');
		}
	}
	for (const [female, male] of [['directrice', 'directeur'], ['fondatrice', 'fondateur'], ['cofondatrice', 'cofondateur'], ['chercheuse', 'chercheur'], ['sénatrice', 'sénateur'], ['ambassadrice', 'ambassadeur'], ['patronne', 'patron'], ['conseillère', 'conseiller']] as const) {
		genders.set(female, 'female');
		genders.set(male, 'male');
	}
	return genders;
}

const ROLE_GENDERS = buildRoleGenders();

/** The gender a subject pronoun refers to, or null for plural and unknown words. */
export function getPronounGender(word: string): Gender | null {
	return PRONOUN_GENDER.get(word.toLowerCase()) ?? null;
}

/** What the article shows of a person's gender: given name, an honorific before a mention, a gendered role noun. */
export function inferGender(entity: Entity, text: string): Gender | null {
	const first = entity.name.split(/\s+/)[0]?.toLowerCase() ?? '';
	if (FEMALE_FIRST_NAMES.has(first)) return 'female';
	if (MALE_FIRST_NAMES.has(first)) return 'male';
	for (const mention of entity.mentions) {
		const before = text.slice(Math.max(0, mention.start - 12), mention.start);
		if (FEMALE_HONORIFIC.test(before)) return 'female';
		if (MALE_HONORIFIC.test(before)) return 'male';
	}
	for (const role of entity.roles) {
		for (const word of role.toLowerCase().split(/[\s,]+/)) {
			const gender = ROLE_GENDERS.get(word);
			if (gender) return gender;
		}
	}
	return null;
}

export interface AntecedentHints {
	/** The previous quote's speaker: who is speaking stays the topic ("Il poursuit : « … »"). */
	preferred?: Entity | null;
	/** Genders learnt from pronouns already resolved to a person ("Jo Grady … she said"). */
	knownGenders?: ReadonlyMap<Entity, Gender>;
	/** Whether a mention is the object of a preposition ("les travaux de Didier Raoult"), so not the topic. */
	isGoverned?: (start: number) => boolean;
}

/**
 * The person a pronoun stands for, before `position`. A person of the other gender is never taken. A person whose
 * gender is known to match beats one of unknown gender ("Martine Aubry … Jean-Luc Mélenchon … elle" → Aubry); within
 * each, the previous quote's speaker beats the others, and a subject beats the object of a preposition ("Jean Martin
 * critique les travaux de Didier Raoult. « … », affirme-t-il" → Martin); then the most recent wins.
 */
export function findPronounAntecedent(pronoun: string, position: number, mentionIndex: MentionIndex, text: string, hints: AntecedentHints = {}): Entity | null {
	const wanted = getPronounGender(pronoun);
	const mentions = mentionIndex.between(Math.max(0, position - ANTECEDENT_WINDOW), position);
	const ranked: Array<{ entity: Entity; score: number }> = [];
	const seen = new Set<Entity>();
	for (let i = mentions.length - 1; i >= 0; i--) {
		const mention = mentions[i];
		const entity = mention?.entity;
		if (!mention || !entity || entity.type !== 'person' || seen.has(entity)) continue;
		seen.add(entity);
		const gender = hints.knownGenders?.get(entity) ?? inferGender(entity, text);
		if (wanted && gender && gender !== wanted) continue;
		const governed = hints.isGoverned?.(mention.start) ?? false;
		// Lexicographic: known match (8), preferred speaker (4), not governed (2), then recency by order.
		const score = (wanted && gender === wanted ? 8 : 0) + (entity === hints.preferred ? 4 : 0) + (governed ? 0 : 2) - ranked.length * 0.01;
		ranked.push({ entity, score });
	}
	const preferred = hints.preferred;
	if (preferred?.type === 'person' && !seen.has(preferred)) {
		const gender = hints.knownGenders?.get(preferred) ?? inferGender(preferred, text);
		if (!wanted || !gender || gender === wanted) ranked.push({ entity: preferred, score: (wanted && gender === wanted ? 8 : 0) + 4 + 2 - 1 });
	}
	ranked.sort((a, b) => b.score - a.score);
	return ranked[0]?.entity ?? null;
}
