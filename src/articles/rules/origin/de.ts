import type { OriginLexicon } from './types.js';

export const de: OriginLexicon = {
	language: 'de',
	verbs: [
		'erschienen', 'erschien', 'erscheint', 'veröffentlicht', 'publiziert', 'stammt', 'stammen', 'nachdruck', 'übernommen',
		'nachgedruckt', 'produziert', 'verfasst', 'geschrieben', 'gesendet', 'ausgestrahlt',
	],
	firstness: ['zuerst', 'ursprünglich', 'erstmals', 'original', 'vorher', 'erst'],
	prepositions: ['auf', 'bei', 'in', 'im', 'von', 'vom', 'aus', 'der', 'des'],
	subjects: ['artikel', 'beitrag', 'text', 'post', 'bericht', 'meldung', 'kommentar', 'inhalt', 'stück', 'reportage', 'interview', 'fassung'],
	deictics: ['dieser', 'diese', 'dieses', 'der', 'die', 'das', 'ein', 'eine'],
	labels: ['quelle', 'quellen', 'via', 'originalquelle', 'originalartikel', 'originalbeitrag', 'zum originalartikel', 'zum originalbeitrag', 'ursprünglich veröffentlicht auf', 'nachdruck von'],
	itemNouns: ['meldung', 'nachricht', 'pressemitteilung'],
	nameParticles: ['der', 'die', 'das', 'des', 'von', 'und', '&', 'am', 'im'],
	articles: ['der', 'die', 'das', 'dem', 'den'],
	media: ['foto*', 'bild*', 'grafik*', 'infografik*', 'video*', 'galerie', 'karte', 'illustration*', 'fotograf*', 'screenshot'],
};
