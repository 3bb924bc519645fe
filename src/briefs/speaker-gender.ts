import type { Entity } from './types.js';
import { ALL_LEXICONS } from './lexicons/index.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicons/gendered-first-names.js';
import type { MentionIndex } from './mention-index.js';

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

// How far back a pronoun looks for its antecedent: about the two or three sentences a reader keeps in mind.
const ANTECEDENT_WINDOW = 700;

/**
 * The person a pronoun stands for, before `position`: a person whose gender is known to match beats one of unknown
 * gender ("Martine Aubry … Jean-Luc Mélenchon … elle" → Aubry, even when the later name's gender is unknown); among
 * those, the previous quote's speaker (`preferred`: who is speaking stays the topic, "Il poursuit : « … »") beats
 * the most recent one. A person of the other gender is never taken; with no match the latest person of unknown
 * gender is, and with none at all, nobody.
 */
export function findPronounAntecedent(pronoun: string, position: number, mentionIndex: MentionIndex, text: string, preferred: Entity | null = null): Entity | null {
	const wanted = getPronounGender(pronoun);
	const mentions = mentionIndex.between(Math.max(0, position - ANTECEDENT_WINDOW), position);
	const seen = new Map<Entity, Gender | null>();
	let matching: Entity | null = null;
	let unknown: Entity | null = null;
	for (let i = mentions.length - 1; i >= 0; i--) {
		const entity = mentions[i]?.entity;
		if (!entity || entity.type !== 'person' || seen.has(entity)) continue;
		const gender = inferGender(entity, text);
		seen.set(entity, gender);
		if (wanted && gender === wanted) matching ??= entity;
		else if (!gender || !wanted) unknown ??= entity;
	}
	const preferredGender = preferred?.type === 'person' ? (seen.has(preferred) ? seen.get(preferred) : inferGender(preferred, text)) : undefined;
	if (preferred && preferredGender !== undefined && (preferredGender === wanted || (!matching && !preferredGender))) return preferred;
	return matching ?? unknown ?? mentionIndex.latestBefore(position, 'person')?.entity ?? null;
}
