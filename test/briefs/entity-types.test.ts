import { describe, expect, it } from 'vitest';
import { checkPersonTypes } from '../../src/briefs/entity-types.js';
import { getLexicon } from '../../src/briefs/lexicons/index.js';
import type { Entity } from '../../src/briefs/types.js';

/** Entities as the tagger and the role rules would leave them: every mention of `name` in `text`. */
function entity(text: string, name: string, type: Entity['type'], roles: string[] = []): Entity {
	const mentions = [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
	return { id: name, name, type, aliases: [], roles, mentions };
}

const kinds = (entities: Entity[]) => entities.map((e) => [e.name, e.type]);

describe('checkPersonTypes', () => {
	it("retypes a 'person' governed in another person's role as the organisation it is", () => {
		const text = 'Selon Paul Girard, responsable des achats chez Nordlys Data, la demande double.';
		const out = checkPersonTypes([entity(text, 'Paul Girard', 'person', ['responsable des achats chez Nordlys Data']), entity(text, 'Nordlys Data', 'person')], text, getLexicon('fr'));
		expect(kinds(out)).toEqual([
			['Paul Girard', 'person'],
			['Nordlys Data', 'organization'],
		]);
	});

	it('works on elided and English governing words too', () => {
		const fr = "Léa Martin, directrice d'Orvanta Labs, a signé.";
		expect(kinds(checkPersonTypes([entity(fr, 'Léa Martin', 'person', ["directrice d'Orvanta Labs"]), entity(fr, 'Orvanta Labs', 'person')], fr, getLexicon('fr')))[1]).toEqual(['Orvanta Labs', 'organization']);
		const en = 'Tom Reyes, an economist at Halvard Brook, disagreed.';
		expect(kinds(checkPersonTypes([entity(en, 'Tom Reyes', 'person', ['economist at Halvard Brook']), entity(en, 'Halvard Brook', 'person')], en, getLexicon('en')))[1]).toEqual(['Halvard Brook', 'organization']);
	});

	it('drops a bare name written only after a preposition of place', () => {
		const text = 'Le congrès se tient à Quai Nord, puis les élus se retrouvent à Quai Nord jeudi.';
		expect(checkPersonTypes([entity(text, 'Quai Nord', 'person')], text, getLexicon('fr'))).toEqual([]);
		const en = 'The plant opens near Valdora next year.';
		expect(checkPersonTypes([entity(en, 'Valdora', 'person')], en, getLexicon('en'))).toEqual([]);
	});

	it('keeps a person with a given name or an honorific, whatever the preposition', () => {
		const text = 'Le prix a été remis à Marie Lenoir, puis à M. Duchamp-Vasseur.';
		const out = checkPersonTypes([entity(text, 'Marie Lenoir', 'person'), entity(text, 'Duchamp-Vasseur', 'person')], text, getLexicon('fr'));
		expect(kinds(out)).toEqual([
			['Marie Lenoir', 'person'],
			['Duchamp-Vasseur', 'person'],
		]);
	});

	it('keeps a bare name that is also written elsewhere, or that holds a role', () => {
		const text = 'Réunion à Kovalenko. Kovalenko a ensuite pris la parole.';
		expect(checkPersonTypes([entity(text, 'Kovalenko', 'person')], text, getLexicon('fr'))).toHaveLength(1);
		const roled = 'Le sommet à Orlov: Orlov est président de la fédération.';
		expect(checkPersonTypes([entity(roled, 'Orlov', 'person', ['président de la fédération'])], roled, getLexicon('fr'))).toHaveLength(1);
	});

	it('leaves organisations as they are', () => {
		const text = 'Elle travaille à Brume Conseil.';
		expect(kinds(checkPersonTypes([entity(text, 'Brume Conseil', 'organization')], text, getLexicon('fr')))).toEqual([['Brume Conseil', 'organization']]);
	});
});
