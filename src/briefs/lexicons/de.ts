import type { Lexicon } from './types.js';

export const de: Lexicon = {
	speechVerbs: [
		'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'fügte hinzu', 'ergänzte', 'ergänzt', 'meinte',
		'meint', 'schrieb', 'schreibt', 'warnte', 'warnt', 'argumentierte', 'sagte er', 'behauptete', 'behauptet', 'räumte ein',
		'kritisierte', 'kritisiert', 'versicherte', 'unterstrich', 'bekräftigte', 'erläuterte', 'erläutert', 'berichtete',
		'berichtet', 'antwortete', 'erzählte', 'erzählt', 'mahnte', 'forderte', 'fordert', 'stellte klar', 'teilte mit',
		'so', 'hat gesagt', 'hatte gesagt', 'sagte dem', 'sagte der', 'glaubt', 'findet', 'fand', 'resümierte', 'verriet', 'teilte', 'teilt', 'fügte', 'räumte', 'stellte', 'gab zu', 'erklärten', 'betonten', 'warnten', 'sagen', 'kommentierte', 'ergänzten', 'unterstrichen',
	],
	sourcePrepositions: ['laut', 'nach Angaben von', 'zufolge', 'gemäß'],
	personPronouns: ['er', 'sie'],
	objectPronouns: ['ihn', 'sie'],
	honorifics: ['Herr', 'Frau', 'Dr.', 'Prof.', 'Professor', 'Professorin', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Minister', 'Ministerin', 'Präsident', 'Präsidentin'],
	roleNouns: [
		'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'geschäftsführer', 'geschäftsführerin',
		'chef', 'chefin', 'gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'präsident', 'präsidentin', 'direktor', 'direktorin',
		'leiter', 'leiterin', 'sprecher', 'sprecherin', 'minister', 'ministerin', 'analyst', 'analystin', 'ökonom', 'ökonomin',
		'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'ingenieur', 'professor', 'professorin', 'manager',
		'managerin', 'vorsitzender', 'vorsitzende', 'technikchef', 'finanzchef', 'chefökonom', 'chefvolkswirt', 'trainer',
		'kapitän', 'spieler', 'abgeordneter', 'abgeordnete', 'bürgermeister', 'bürgermeisterin', 'berater', 'beraterin', 'mitglied',
	],
	orgNouns: ['unternehmen', 'konzern', 'firma', 'gruppe', 'bank', 'agentur', 'labor', 'universität', 'partei', 'zeitung', 'sender', 'hersteller', 'autobauer', 'chiphersteller', 'startup', 'start-up', 'institut', 'verein', 'klub', 'ministerium', 'behörde', 'versicherer', 'fonds', 'verband'],
	orgPrepositions: ['bei'],
	orgObjectCues: ['wechselte zu', 'spielt für', 'spielte für', 'Tochter von', 'Tochterfirma von', 'übernommen von', 'Aktionäre von', 'Mitarbeiter von', 'Beteiligung an'],
	roleVerbs: [
		{ verb: 'gründete', role: 'Gründer von' },
		{ verb: 'hat gegründet', role: 'Gründer von' },
		{ verb: 'leitet', role: 'Leiter von' },
		{ verb: 'führt', role: 'Chef von' },
		{ verb: 'leitete', role: 'ehemaliger Leiter von' },
	],
	workVerbs: ['arbeitete', 'hat gearbeitet', 'arbeitet', 'war'],
	asWords: ['als'],
	placePrepositions: ['in', 'im', 'nahe'],
	atWords: ['bei', 'für', 'an der', 'am'],
	ofWord: 'von',
	governingPrepositions: ['von', 'vom', 'der', 'des', 'für', 'bei', 'beim', 'mit', 'gegen', 'an', 'zu', 'zum', 'zur', 'über'],
	articles: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen'],
	subordinators: ['als', 'wenn', 'während', 'nachdem', 'weil'],
	clauseGlue: ['und', 'aber', 'dann'],
	clauseWords: ['dass', 'was', 'welche', 'welcher'],
	conjunctions: ['und', 'oder', 'aber'],
	trailingAdverbs: ['auch'],
	formerWord: 'ehemaliger',
	copulas: ['ist', 'war', 'wurde'],
	appointVerbs: ['ernannte', 'hat ernannt', 'berief', 'holte', 'stellte ein'],
	stopwords: (
		'der die das den dem des ein eine einer eines einem einen und oder aber doch denn sondern sowie auch nur noch schon ' +
		'er sie es wir ihr ich du man sich ihm ihn ihnen uns euch mein dein sein ihr unser euer dieser diese dieses diesen diesem ' +
		'jener jene welche welcher welches wer was wo wie warum wann wenn als ob dass weil da damit obwohl während nachdem bevor ' +
		'seit bis mit nach von vor zu zum zur bei aus auf an am im in ins über unter um durch für gegen ohne zwischen neben ' +
		'hinter laut trotz wegen alle alles jeder jede jedes kein keine keinen viele mehr weniger einige andere anderen ' +
		'ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können muss müssen soll sollen will wollen ' +
		'nicht nichts ja nein hier dort dann jetzt heute gestern morgen nun so sehr immer nie bereits zudem außerdem jedoch ' +
		'trotzdem deshalb daher also zwei drei vier fünf sechs sieben acht neun zehn erste ersten zweite letzte neue neuen ' +
		'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september ' +
		'oktober november dezember laut zufolge denn etwa rund fast knapp bislang bisher inzwischen allerdings dabei dazu ' +
		'niemand jemand nichts etwas jeder jedem jeden manche solche'
	).split(' '),
	nameParticles: ['von', 'van', 'der', 'den', 'de', 'zu', 'vom', 'zur', 'di', 'da', '&'],
	capitalisesNouns: true,
	titleCues: ['film', 'buch', 'roman', 'lied', 'song', 'album', 'serie', 'sendung', 'titel', 'titelte', 'überschrift', 'bericht', 'studie', 'slogan', 'kampagne', 'hashtag', 'stück', 'dokumentation'],
};
