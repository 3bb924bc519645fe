import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');

export const it: RulePack = {
	language: 'it',
	syndication: [
		s(String.raw`(?:L['’]articolo|Il post) .{1,400}? (?:è apparso|è stato pubblicato) (?:per la prima volta |originariamente |prima )?su SITE`),
		s(String.raw`(?:Questo articolo|Articolo) (?:è apparso|è stato pubblicato) (?:per la prima volta |originariamente )su SITE`),
	],
	sourceLabels: ['fonte', 'fonti', 'articolo originale'],
	republisher: [new RegExp(String.raw`\b(?:opinioni|posizione) di ${NAME}`, 'u')],
	lines: {
		promo: [...rules(40, /^(?:pubblicità|contenuto sponsorizzato|sponsorizzato)$/iu)],
		newsletter: [...rules(220, /^(?:iscriviti|abbonati|ricevi)\b.{0,180}\b(?:newsletter|email|notizie)\b/iu)],
		share: [...rules(100, /^(?:condividi|condividi su|stampa|invia per e-?mail)\b.{0,60}$/iu)],
		'read-more': [...rules(250, /^(?:leggi anche|leggi di più|potrebbe interessarti|vedi anche|articoli correlati|continua a leggere)(?=[^\p{L}\p{N}]|$)/iu)],
		credit: [...rules(220, /^(?:foto|immagine|credito)\s*[:©|/]/iu)],
		cookie: [...rules(600, /\bcookie\b.{0,300}\b(?:accett\p{L}*|consenso|utilizz\p{L}*|informativa)\b/iu)],
		disclaimer: [...rules(3_000, /^(?:disclaimer|esclusione di responsabilità|avvertenza)\s*:/iu)],
		byline: [...rules(100, /^(?:[Dd]i|[Ss]critto da)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u)],
		chrome: [...rules(200, /\btutti i diritti riservati\b/iu)],
	},
};
