import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');
const A = String.raw`['’]`;

export const fr: RulePack = {
	language: 'fr',
	syndication: [
		s(String.raw`(?:L${A}article|Le (?:post|billet|message)|L${A}entrée|La publication) .{1,400}? est (?:paru|apparu|publié)e? (?:en premier |d${A}abord |initialement |à l${A}origine )?(?:sur|dans|chez) SITE`),
		s(String.raw`Cet (?:article|billet) (?:a été |est )?(?:publié|paru|apparu)e? (?:à l${A}origine |initialement |en premier |d${A}abord )(?:sur|dans|par) SITE`),
		s(String.raw`(?:Publié|Paru) (?:à l${A}origine|initialement|en premier) (?:sur|dans) SITE`),
	],
	sourceLabels: ['source', 'sources', 'article original', 'publié à l’origine sur', "publié à l'origine sur", 'via', 'lien original'],
	republisher: [new RegExp(String.raw`\b(?:opinions?|points? de vue|position) (?:de |d['’])${NAME}`, 'u')],
	lines: {
		promo: [
			...rules(600, /^(?:vous (?:souhaitez|voulez|cherchez|désirez)|envie d[e'’]|besoin d[e'’]|et si vous)\b[^?]{0,200}\?.{0,400}\b(?:notre|nos|nous)\b/iu),
			...rules(40, /^(?:publicité|pub|contenu sponsorisé|article sponsorisé|sponsorisé|partenariat|contenu partenaire)$/iu),
		],
		newsletter: [
			...rules(220, /^(?:abonnez-vous|inscrivez-vous|recevez|ne manquez)\b.{0,180}\b(?:newsletter|lettre d['’]information|infolettre|alertes?|actualités|courriel|e-mail)\b/iu),
			...rules(60, /\b(?:newsletters?|infolettres?)\b/iu),
			...rules(120, /^(?:s['’]abonner|abonnez-vous|déjà abonné.*|je m['’]abonne)$/iu),
		],
		share: [
			...rules(100, /^(?:partager|partagez|partager (?:sur|cet article|l['’]article)|imprimer|envoyer par (?:e-?mail|courriel)|copier le lien|lien copié)\b.{0,60}$/iu),
			...rules(120, /^suivez-(?:nous|moi) sur\b/iu),
		],
		'read-more': [
			...rules(250, /^(?:lire aussi|à lire aussi|a lire aussi|lire également|à lire également|à lire|lire la suite|voir aussi|sur le même sujet|en savoir plus|à découvrir|pour aller plus loin|articles? similaires?|dans la même rubrique|vous aimerez aussi|la suite après cette publicité)\b[\s:»>-]*/iu),
		],
		credit: [
			...rules(220, /^(?:photo|photos|crédits?(?: photo)?|illustration|image|vidéo|légende)\s*[:©|/]/iu),
			...rules(120, /^©/u),
		],
		cookie: [
			...rules(600, /\bcookies?\b.{0,300}\b(?:accepte[rz]?|consentement|utilis\p{L}*|paramétrer|politique)\b/iu),
			...rules(600, /\b(?:accepte[rz]?|utilise|utilisons|ce site utilise)\b.{0,300}\bcookies?\b/iu),
		],
		disclaimer: [
			...rules(3_000, /^(?:clause de non-responsabilité|avis de non-responsabilité|avertissement|déni de responsabilité|mention légale)\s*:/iu),
			...rules(1_500, /^les (?:articles|contenus|informations|opinions)\b.{0,200}\bne (?:reflètent|représentent|constituent) pas\b/iu),
			...rules(800, /\bne constitu(?:e|ent) (?:pas|en aucun cas) (?:un |des )?(?:conseils?|recommandations?) (?:financiers?|en investissement|d['’]investissement|juridiques?)\b/iu),
		],
		byline: [...rules(100, /^(?:[Pp]ar|[Pp]ublié par|[ÉéEe]crit par)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|et|\||-|—)\s*.{0,60})?$/u)],
		chrome: [
			...rules(80, /^(?:aller au contenu(?: principal)?|chargement\.*|publicité|commentaires?|laisser un commentaire|retour en haut|mots-clés\s*:.*)$/iu),
			...rules(200, /\btous droits réservés\b/iu),
		],
	},
};
