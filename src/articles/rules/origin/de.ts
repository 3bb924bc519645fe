import type { OriginLexicon } from './types.js';

export const de: OriginLexicon = {
	language: 'de',
	verbs: [
		'erschienen', 'erschien', 'erscheint', 'veröffentlicht', 'publiziert', 'stammt', 'stammen', 'nachdruck', 'übernommen',
		'nachgedruckt', 'produziert', 'verfasst', 'geschrieben', 'gesendet', 'ausgestrahlt', 'übersetzt', 'übernahme', 'veröffentlichen', 'übernehmen', 'publizieren', 'dokumentieren', 'veröffentlicht', 'kommt', 'gesehen'],
	firstness: ['zuerst', 'ursprünglich', 'erstmals', 'original', 'vorher', 'erst'],
	prepositions: ['auf', 'bei', 'in', 'im', 'von', 'vom', 'aus', 'der', 'des', 'mit'],
	agents: ['von', 'vom'],
	bylineVerbs: ['veröffentlicht', 'verfasst', 'geschrieben', 'publiziert', 'erstellt', 'aktualisiert'],
	subjects: ['artikel', 'beitrag', 'text', 'post', 'bericht', 'meldung', 'kommentar', 'inhalt', 'stück', 'reportage', 'interview', 'fassung', 'originalartikel', 'originalbeitrag', 'originaltext'],
	deictics: ['dieser', 'diese', 'dieses', 'der', 'die', 'das', 'ein', 'eine'],
	labels: ['mit freundlicher genehmigung von', 'mit freundlicher genehmigung der', 'mit freundlicher genehmigung des', 'übernommen von', 'übernommen aus', 'quelle', 'quellen', 'via', 'originalquelle', 'originalartikel', 'originalbeitrag', 'zum originalartikel', 'zum originalbeitrag', 'ursprünglich veröffentlicht auf', 'nachdruck von', 'weiterlesen auf', 'weiterlesen bei', 'den ganzen artikel lesen sie auf', 'erstveröffentlichung', 'erstmals erschienen in', 'mit material von', 'zuerst bei', 'zuerst auf', 'zuerst in', 'zuerst im'],
	readVerbs: ['lesen', 'weiterlesen', 'finden', 'lest'],
	itemNouns: ['meldung', 'nachricht', 'pressemitteilung'],
	nameParticles: ['der', 'die', 'das', 'des', 'von', 'und', '&'],
	articles: ['der', 'die', 'das', 'dem', 'den'],
	outlets: ['partnerportal', 'partnerseite', 'partnermedium', 'partnerzeitung', 'blog', 'website', 'seite', 'zeitung', 'tageszeitung', 'wochenzeitung', 'magazin', 'zeitschrift', 'portal', 'nachrichtenportal', 'newsletter'],
	bridges: ['genehmigung', 'freundlicher', 'erlaubnis', 'hier'],
	capitalisedNouns: true,
	calendar: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'heute', 'gestern'],
	media: ['foto*', 'bild*', 'grafik*', 'infografik*', 'video*', 'galerie', 'karte', 'illustration*', 'fotograf*', 'screenshot'],
};
