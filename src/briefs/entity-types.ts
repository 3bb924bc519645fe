/**
 * A second look at the tagger's "people" once roles are read, from what the article itself says of each name. A
 * statistical tagger sees a few words around a name; the article sees all its mentions. Two signals carry over to any
 * article because they are grammar, not names:
 * - a name governed by "of"/"at" in someone's role ("directeur général d'Adaptive ML", "analyst at Bernstein") is the
 *   organisation that person works for, not a second person;
 * - a name written only after a preposition of place ("à Station F", "near Sines"), with neither a given name, an
 *   honorific nor a role, is a place or a venue: better missed than listed as a person.
 * A name with a known given name or an honorific is always left as the tagger typed it (a wrong entity is worse than
 * none, but so is losing "Marie Dupont" because she was thanked "à Marie Dupont").
 */
import { alternation } from './lexicon-patterns.js';
import { FIRST_NAMES } from './lexicons/first-names.js';
import type { Lexicon } from './lexicons/index.js';
import type { Entity } from './types.js';

interface Tests {
	governed: (name: string) => RegExp;
	placeBefore: RegExp | null;
	honorificBefore: RegExp;
}

const cache = new WeakMap<Lexicon, Tests>();

function testsOf(lexicon: Lexicon): Tests {
	let tests = cache.get(lexicon);
	if (!tests) {
		const governing = alternation([lexicon.ofWord, ...lexicon.atWords, ...lexicon.orgPrepositions]);
		const places = lexicon.placePrepositions ?? [];
		tests = {
			governed: (name) => new RegExp(`(?:(?:^|\\s)(?:${governing})\\s+|(?:^|\\s)[dD]['’])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u'),
			placeBefore: places.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(places)})\\s+$`, 'iu') : null,
			honorificBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.honorifics)})\\s*$`, 'u'),
		};
		cache.set(lexicon, tests);
	}
	return tests;
}

/** The article names this person as a person: a known given name, or an honorific before some mention. */
function surelyPerson(entity: Entity, text: string, tests: Tests): boolean {
	if (FIRST_NAMES.has((entity.name.split(/\s+/u)[0] ?? '').toLowerCase())) return true;
	return entity.mentions.some((m) => tests.honorificBefore.test(text.slice(Math.max(0, m.start - 14), m.start)));
}

/** Retypes people governed in another person's role as organisations, and drops people named only as places. */
export function checkPersonTypes(entities: Entity[], text: string, lexicon: Lexicon): Entity[] {
	const tests = testsOf(lexicon);
	const roles = entities.filter((e) => e.type === 'person').flatMap((e) => e.roles.map((role) => ({ owner: e, role })));
	return entities.filter((entity) => {
		if (entity.type !== 'person' || surelyPerson(entity, text, tests)) return true;
		const governed = tests.governed(entity.name);
		if (roles.some(({ owner, role }) => owner !== entity && governed.test(role))) {
			entity.type = 'organization';
			entity.roles = [];
			return true;
		}
		const placeBefore = tests.placeBefore;
		if (!placeBefore || entity.roles.length > 0 || entity.mentions.length === 0) return true;
		return !entity.mentions.every((m) => placeBefore.test(text.slice(Math.max(0, m.start - 20), m.start)));
	});
}
