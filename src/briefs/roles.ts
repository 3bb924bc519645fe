import type { Entity } from './types.js';
import { getLexicon, type Lexicon } from './lexicons/index.js';
import { alternation } from './lexicon-patterns.js';
import { createMentionIndex, type MentionIndex } from './mention-index.js';

const MAX_ROLES = 4;
const MAX_ROLE_CHARS = 140;
const WINDOW = 220;
const B = '(?![\\p{L}\\p{N}])';
const ARTICLE = "(?:the|a|an|le|la|les|l['’]|un|une|der|die|das|den|ein|eine|el|los|las|un|una)";
const MONTHS =
	'january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
// A time phrase ends a role: "scientifique en chef de l'IA | en décembre dernier".
const TIME_CUT = new RegExp(
	`\\s+(?:en|in|im|el|last|this|au|à|seit|since|depuis|desde|earlier|plus tôt|the previous|l['’]an|l['’]année|en el)\\s+(?:${MONTHS}|\\d|dernier|dernière|last|year|années?|mois|semaine|week|jahr|año|mes|previous|précédent)`,
	'iu',
);
const LEADING_ARTICLE = /^(?:(?:the|a|an|le|la|les|un|une|der|die|das|den|ein|eine|el|los|las|una)\s+|l['’]\s*)/iu;
const PRESENT_WORK = new Set(['works', 'travaille', 'arbeitet', 'trabaja']);

interface RolePatterns {
	apposition: RegExp;
	copula: RegExp;
	roleVerb: RegExp;
	work: RegExp;
	appoint: RegExp;
	roleNoun: RegExp;
	possessiveBefore: RegExp;
	/** A role noun right before a name ("Nvidia CEO Jensen Huang"). */
	roleBefore: RegExp;
	/** A role and its preposition right before an organisation ("presidente del "). */
	roleOfBefore: RegExp;
}

const cache = new WeakMap<Lexicon, RolePatterns>();

function getRolePatterns(lexicon: Lexicon): RolePatterns {
	const cached = cache.get(lexicon);
	if (cached) return cached;
	const roles = alternation(lexicon.roleNouns);
	const anyCaseRoles = alternation(lexicon.roleNouns.flatMap((r) => [r, r.charAt(0).toUpperCase() + r.slice(1), r.toUpperCase(), r.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())]));
	const verbs = alternation(lexicon.roleVerbs.map((r) => r.verb));
	const work = alternation(lexicon.workVerbs);
	const as = alternation(lexicon.asWords);
	const at = alternation(lexicon.atWords);
	const appoint = alternation(lexicon.appointVerbs);
	const objects = alternation(lexicon.objectPronouns);
	const patterns: RolePatterns = {
		apposition: new RegExp(`^\\s*,\\s*((?:${ARTICLE}\\s*)?(?:[\\p{L}-]+\\s+){0,3}(?:${roles})${B}[^,.;:()\\n]{0,100})`, 'iu'),
		copula: new RegExp(`^\\s+(?:${alternation(lexicon.copulas)})\\s+((?:${ARTICLE}\\s*)?(?:[\\p{L}-]+\\s+){0,3}(?:${roles})${B}[^,.;:()\\n]{0,110})`, 'iu'),
		roleVerb: new RegExp(`^\\s+(?:[\\p{Ll}]+\\s+)?(${verbs})\\s+`, 'u'),
		work: new RegExp(`^[\\s,]+(${work})\\s+(?:[\\p{Ll}]+ment\\s+|previously\\s+|früher\\s+|antes\\s+|auparavant\\s+)?(?:(?:${as})\\s*)?([^,.;:\\n]{0,60}?)\\s*(${at})\\s+$`, 'u'),
		appoint: new RegExp(`^\\s+(?:(?:${objects})\\s*)?(?:${appoint})\\s+`, 'iu'),
		roleNoun: new RegExp(`(?<![\\p{L}])(?:${roles})${B}`, 'iu'),
		possessiveBefore: new RegExp(`(\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}&.-]*){0,3})['’]s\\s+((?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+),?\\s+$`, 'u'),
		roleOfBefore: new RegExp(`(?<![\\p{L}])((?:${anyCaseRoles})(?:\\s+[\\p{Ll}-]+){0,2}\\s+(?:of|de|del|du|des|d['’]|von|der|de la|at|chez|bei)\\s*)$`, 'u'),
		roleBefore: new RegExp(`(?<![\\p{L}])((?:[\\p{Ll}-]+\\s+){0,2}?(?:${anyCaseRoles}))\\s*,?\\s*$`, 'u'),
	};
	cache.set(lexicon, patterns);
	return patterns;
}

function cleanRole(role: string): string {
	const cut = TIME_CUT.exec(role);
	const text = (cut ? role.slice(0, cut.index) : role).replace(LEADING_ARTICLE, '');
	return text.replace(/\s+/g, ' ').trim().slice(0, MAX_ROLE_CHARS);
}

function addRole(person: Entity, role: string): void {
	const clean = cleanRole(role);
	if (clean.split(/\s+/).length < 1 || clean.length < 2) return;
	if (person.roles.some((r) => r.toLowerCase() === clean.toLowerCase())) return;
	if (person.roles.length < MAX_ROLES) person.roles.push(clean);
}

function organizationAt(index: MentionIndex, position: number): Entity | undefined {
	const mention = index.at(position);
	return mention?.entity.type === 'organization' ? mention.entity : undefined;
}

function rolesAfterPerson(text: string, person: Entity, index: MentionIndex, lexicon: Lexicon, patterns: RolePatterns): void {
	for (const mention of person.mentions) {
		const after = text.slice(mention.end, mention.end + WINDOW);
		const apposition = patterns.apposition.exec(after) ?? patterns.copula.exec(after);
		if (apposition?.[1]) addRole(person, apposition[1]);
		const verb = patterns.roleVerb.exec(after);
		if (verb?.[1]) {
			const org = organizationAt(index, mention.end + verb[0].length);
			const template = lexicon.roleVerbs.find((r) => r.verb.toLowerCase() === verb[1]?.toLowerCase());
			if (org && template) addRole(person, `${template.role} ${org.name}`);
		}
		for (const orgMention of index.between(mention.end + 1, mention.end + 121)) {
			if (orgMention.entity.type !== 'organization') continue;
			const work = patterns.work.exec(text.slice(mention.end, orgMention.start));
			if (!work) continue;
			const job = (work[2] ?? '').trim();
			const former = PRESENT_WORK.has((work[1] ?? '').toLowerCase()) ? '' : `${lexicon.formerWord} `;
			addRole(person, `${former}${job ? `${job} ` : ''}${work[3] ?? ''} ${orgMention.entity.name}`);
		}
		const before = text.slice(Math.max(0, mention.start - 80), mention.start);
		const possessive = patterns.possessiveBefore.exec(before);
		if (possessive?.[2] && patterns.roleNoun.test(possessive[2])) addRole(person, `${possessive[1]}'s ${possessive[2]}`);
		else addRoleBeforeName(before, mention.start, person, index, lexicon, patterns);
	}
}

function rolesFromAppointments(text: string, appointers: readonly Entity[], index: MentionIndex, lexicon: Lexicon, patterns: RolePatterns): void {
	const at = lexicon.atWords[0] ?? 'at';
	for (const appointer of appointers) {
		for (const mention of appointer.mentions) {
			const after = text.slice(mention.end, mention.end + WINDOW);
			const appoint = patterns.appoint.exec(after);
			if (!appoint) continue;
			const rest = after.slice(appoint[0].length);
			const namedMention = index.at(mention.end + appoint[0].length);
			const named = namedMention?.entity.type === 'person' ? namedMention : undefined;
			// "Tencent l'a nommé …" points back to the latest person; a person appointing needs the name after the verb.
			const person = named?.entity ?? (appointer.type === 'organization' ? index.latestBefore(mention.start, 'person')?.entity : undefined);
			if (!person || person === appointer) continue;
			const nameLength = named?.text.length ?? 0;
			const role = /^[\s,]*(?:as|comme|als|como|en tant que)?\s*([^,.;:\n]{2,100})/iu.exec(rest.slice(nameLength));
			if (!role?.[1] || !patterns.roleNoun.test(role[1])) continue;
			addRole(person, appointer.type === 'organization' ? `${cleanRole(role[1])} ${at} ${appointer.name}` : cleanRole(role[1]));
		}
	}
}

/** "El presidente del Gobierno, Pedro Sánchez": a role of an organisation in apposition before the name. */
function addRoleOfOrganizationBefore(before: string, mentionStart: number, person: Entity, index: MentionIndex, patterns: RolePatterns): void {
	const org = index.between(mentionStart - 60, mentionStart).filter((m) => m.entity.type === 'organization' && /^\s*,\s*$/.test(before.slice(m.end - mentionStart + before.length))).pop();
	if (!org) return;
	const beforeOrg = before.slice(0, org.start - mentionStart + before.length);
	const role = patterns.roleOfBefore.exec(beforeOrg);
	if (role?.[1]) addRole(person, `${role[1]}${org.entity.name === org.text ? org.text : org.entity.name}`);
}

/** "Nvidia CEO Jensen Huang": an organisation right before the role that comes right before the name. */
function addRoleBeforeName(before: string, mentionStart: number, person: Entity, index: MentionIndex, lexicon: Lexicon, patterns: RolePatterns): void {
	const role = patterns.roleBefore.exec(before);
	if (role?.[1]) {
		// "sagte Vorstandschef X", "said chief executive X": the verb before the role is not part of it.
		const words = role[1].trim().split(/\s+/);
		while (words.length > 1 && (lexicon.stopwords.includes(words[0] ?? '') || lexicon.speechVerbs.includes(words[0] ?? ''))) words.shift();
		role[1] = words.join(' ');
	}
	if (!role?.[1]) {
		addRoleOfOrganizationBefore(before, mentionStart, person, index, patterns);
		return;
	}
	const roleStart = mentionStart - before.length + role.index + (role[0].length - role[0].trimStart().length);
	const orgBefore = index.between(roleStart - 60, roleStart).filter((m) => m.entity.type === 'organization' && roleStart - m.end <= 2).pop();
	// Without an organisation the role stands alone ("le président Emmanuel Macron", "Vorstandschef Oliver Blume").
	addRole(person, orgBefore ? `${role[1].trim()} ${lexicon.ofWord} ${orgBefore.entity.name}` : role[1].trim());
}

/** Fills `roles` of the people in `entities` from appositions, possessives, copulas and verbs. */
export function extractRoles(text: string, language: string, entities: Entity[]): void {
	const lexicon = getLexicon(language);
	const patterns = getRolePatterns(lexicon);
	const index = createMentionIndex(entities);
	for (const person of entities.filter((e) => e.type === 'person')) rolesAfterPerson(text, person, index, lexicon, patterns);
	rolesFromAppointments(text, entities, index, lexicon, patterns);
}
