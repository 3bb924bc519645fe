import type { Entity } from '../../briefs/types.js';
import { isFullName, normalizeName } from '../normalize-name.js';

/** Keys start at the first few words only: long names add noise, not findability. */
const MAX_KEY_STARTS = 4;

export interface NameForm {
	norm: string;
	name: string;
	/** Whether the name may merge across articles (a full person name, or any organisation name). */
	full: boolean;
}

/** A brief entity's names, normalised and deduplicated, with whether each may merge across articles. */
export function nameForms(entity: Pick<Entity, 'name' | 'aliases' | 'type'>): NameForm[] {
	const forms = new Map<string, NameForm>();
	for (const raw of [entity.name, ...entity.aliases]) {
		const name = raw.trim().replace(/\s+/g, ' ');
		const norm = normalizeName(name);
		if (!norm || forms.has(norm)) continue;
		// Organisations have no "bare surname" problem: any of their names identifies them.
		forms.set(norm, { norm, name, full: entity.type === 'organization' || isFullName(norm) });
	}
	return [...forms.values()];
}

/** The name an entity is stored under: its own name if full, else its first full alias, else its bare name. */
export function canonicalForm(entity: Pick<Entity, 'name'>, forms: NameForm[]): NameForm {
	const own = normalizeName(entity.name);
	return forms.find((f) => f.full && f.norm === own) ?? forms.find((f) => f.full) ?? forms[0]!;
}

/**
 * The names looked up to find the stored entity. Full names meet full names (and aliases) of the same type; a bare
 * person name ("Lin") only meets a stored bare name, never a full name's alias, so it never becomes Lin Junyang.
 */
export function lookupPlan(forms: NameForm[]): { kind: 'full'; norms: string[] } | { kind: 'bare'; norm: string } {
	const full = forms.filter((f) => f.full);
	return full.length === 0 ? { kind: 'bare', norm: forms[0]!.norm } : { kind: 'full', norms: full.map((f) => f.norm) };
}

export interface MergeCandidate {
	id: number;
	full: boolean;
	/** How many names the entity is known by. */
	names: number;
}

/** When an article links several stored entities: full-named ones win, then the one known by more names, then the oldest. */
export function pickSurvivor(candidates: MergeCandidate[]): number {
	const ranked = [...candidates].sort((a, b) => Number(b.full) - Number(a.full) || b.names - a.names || a.id - b.id);
	return ranked[0]!.id;
}

/** A bare name seen first gives way to the full name once an article links them. */
export function shouldRename(canonical: NameForm, stored: { full: boolean }): boolean {
	return canonical.full && !stored.full;
}

/** Word-suffixes of a name ("emmanuel macron" → itself and "macron"), the keys autocomplete matches. */
export function searchKeys(norm: string): string[] {
	const tokens = norm.split(' ');
	const keys: string[] = [];
	for (let i = 0; i < tokens.length && i < MAX_KEY_STARTS; i++) keys.push(tokens.slice(i).join(' '));
	return keys;
}

/**
 * Names recorded as evidence that an article calls the entity so: only names other than the stored one (that an
 * article names the entity by its own name is its mention row already).
 */
export function evidenceNorms(forms: NameForm[], storedNorm: string): string[] {
	return forms.filter((f) => f.norm !== storedNorm).map((f) => f.norm);
}

/** A role as recorded: trimmed, empty ones dropped, each once. */
export function cleanRoles(roles: readonly string[]): string[] {
	return [...new Set(roles.map((r) => r.trim()).filter((r) => r !== ''))];
}
