import type { OriginLexicon } from './types.js';

export const en: OriginLexicon = {
	language: 'en',
	verbs: ['cross-posted', 'crossposted', 
		'published', 'appeared', 'posted', 'ran', 'printed', 'reprinted', 'republished', 'produced', 'written', 'syndicated',
		'shared', 'distributed', 'reproduced', 'adapted', 'excerpted', 'reposted', 'reprint', 'licensed', 'translated', 'republish', 'publish', 'reproduce', 'carry', 'syndicate'],
	firstness: ['first', 'originally', 'initially', 'previously', 'earlier', 'original'],
	prepositions: ['on', 'in', 'at', 'by', 'from', 'with'],
	agents: ['by'],
	bylineVerbs: ['published', 'posted', 'written', 'updated', 'filed', 'produced', 'edited'],
	subjects: ['article', 'story', 'post', 'piece', 'report', 'text', 'column', 'content', 'essay', 'version', 'blog', 'entry', 'item', 'original'],
	deictics: ['this', 'the', 'that', 'a', 'an'],
	labels: ['cross-posted from', 'crossposted from', 'story via', 'story courtesy of', 'source', 'sources', 'original source', 'via', 'original article', 'original story', 'read the original', 'read the original article', 'originally published at', 'first published at', 'reprinted from', 'continue reading on', 'continue reading at', 'read the full story at', 'read the full story on', 'read the full article at', 'read the full article on', 'h/t', 'hat tip', 'first published in', 'first published on'],
	readVerbs: ['read', 'continue', 'find'],
	itemNouns: ['story', 'report', 'dispatch'],
	nameParticles: ['of', 'the', 'and', '&', 'de', 'del', 'la', 'le', 'du', 'von', 'der'],
	articles: ['the'],
	outlets: ['blog', 'site', 'website', 'newspaper', 'magazine', 'journal', 'newsletter', 'paper', 'outlet', 'podcast', 'daily', 'weekly'],
	bridges: ['permission', 'kind', 'courtesy', 'here'],
	capitalisedNouns: false,
	calendar: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday'],
	media: [
		'photo*', 'picture*', 'image*', 'illustration*', 'graphic*', 'chart*', 'infographic*', 'video*', 'gallery', 'caption*',
		'pictured', 'map', 'footage', 'photographer', 'screenshot',
	],
};
