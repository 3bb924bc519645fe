/** A French brief written for the language-model tests: two summary sentences, one key quote and one that is not. */
import type { Brief } from '../../src/briefs/types.js';
import { makeBrief } from '../discord/helpers/make-brief.js';

let counter = 0;

export function frenchBrief(overrides: Partial<Brief> = {}): Brief {
	counter++;
	const text =
		'Le conseil portuaire de Brest a voté mardi un plan de 1,5 milliard d’euros pour le nouveau terminal. ' +
		'« Ce terminal servira la région pendant cinquante ans », a déclaré Marie Lefèvre, présidente du port. ' +
		'Les travaux commenceront au printemps et devraient créer 2 000 emplois, selon la Région Bretagne.';
	return makeBrief({
		title: `Brest vote le nouveau terminal (${counter})`,
		url: `https://journal.example.fr/brest-terminal-${counter}`,
		language: 'fr',
		text,
		summary: ['Le conseil portuaire de Brest a voté mardi un plan de 1,5 milliard d’euros.', 'Les travaux commenceront au printemps.'],
		quotes: [
			{ text: 'Ce terminal servira la région pendant cinquante ans', start: 0, end: 0, speaker: 'Marie Lefèvre', speakerText: 'Marie Lefèvre', speakerEntityId: 'e1', cue: 'a déclaré', key: true },
			{ text: 'Nous verrons', start: 0, end: 0, speaker: null, speakerText: null, speakerEntityId: null, cue: null, key: false },
		],
		entities: [
			{ id: 'e1', name: 'Marie Lefèvre', type: 'person', aliases: [], roles: ['présidente du port'], mentions: [] },
			{ id: 'e2', name: 'Région Bretagne', type: 'organization', aliases: [], roles: [], mentions: [] },
		],
		...overrides,
	});
}
