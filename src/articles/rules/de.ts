import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');

export const de: RulePack = {
	language: 'de',
	syndication: [
		s(String.raw`(?:Der|Dieser) (?:Beitrag|Artikel|Post) .{1,400}? (?:erschien|erscheint) (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im) SITE`),
		s(String.raw`(?:Der|Dieser) (?:Beitrag|Artikel|Post) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals) (?:auf|bei|in|im) SITE`),
		s(String.raw`(?:Zuerst|Ursprünglich|Erstmals) (?:erschienen|veröffentlicht) (?:auf|bei|in|im) SITE`),
	],
	sourceLabels: ['quelle', 'quellen', 'originalartikel', 'ursprünglich veröffentlicht auf', 'via'],
	republisher: [new RegExp(String.raw`\b(?:Meinung|Ansichten|Position) (?:von|der|des) ${NAME}`, 'u')],
	lines: {
		promo: [
			...rules(600, /^(?:sie (?:möchten|wollen|suchen)|möchten sie|wollen sie|lust auf)\b[^?]{0,200}\?.{0,400}\b(?:unser\p{L}*|uns)\b/iu),
			...rules(40, /^(?:anzeige|werbung|gesponsert|sponsored|promotion|partnerinhalt)$/iu),
		],
		newsletter: [
			...rules(220, /^(?:abonnieren sie|melden sie sich|jetzt (?:kostenlos )?(?:anmelden|abonnieren)|erhalten sie)\b.{0,180}\b(?:newsletter|postfach|e-mail|updates)\b/iu),
			...rules(60, /\bnewsletter\b/iu),
		],
		share: [
			...rules(100, /^(?:teilen|artikel teilen|beitrag teilen|jetzt teilen|drucken|per (?:e-?mail|mail) (?:teilen|versenden)|link kopieren|link kopiert)\b.{0,60}$/iu),
			...rules(120, /^folgen sie uns (?:auf|bei)\b/iu),
		],
		'read-more': [
			...rules(250, /^(?:auch interessant|lesen sie auch|lesen sie mehr|mehr zum thema|weiterlesen|weitere artikel|das könnte sie auch interessieren|siehe auch|zum thema|passend dazu|empfehlungen|mehr dazu)\b[\s:»>-]*/iu),
		],
		credit: [
			...rules(220, /^(?:foto|fotos|bild|bilder|bildquelle|bildnachweis|grafik|illustration|video)\s*[:©|/]/iu),
			...rules(120, /^©/u),
		],
		cookie: [
			...rules(600, /\bcookies?\b.{0,300}\b(?:akzeptier\p{L}*|zustimm\p{L}*|einverstanden|verwende\p{L}*|einwilligung|einstellungen)\b/iu),
			...rules(600, /\b(?:wir verwenden|diese (?:website|seite) (?:verwendet|nutzt))\b.{0,300}\bcookies?\b/iu),
		],
		disclaimer: [
			...rules(3_000, /^(?:haftungsausschluss|disclaimer|rechtlicher hinweis|risikohinweis)\s*:/iu),
			...rules(800, /\bstell(?:t|en) keine (?:anlage|finanz|rechts|investment)\p{L}*beratung dar\b/iu),
		],
		byline: [...rules(100, /^(?:[Vv]on|[Gg]eschrieben von|[Ee]in Beitrag von)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|und|\||-|—)\s*.{0,60})?$/u)],
		chrome: [
			...rules(80, /^(?:zum inhalt springen|direkt zum inhalt|wird geladen\.*|anzeige|kommentare?|kommentar schreiben|nach oben|schlagwörter\s*:.*)$/iu),
			...rules(200, /\balle rechte vorbehalten\b/iu),
		],
	},
};
