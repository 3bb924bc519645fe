import type { OriginLexicon } from './types.js';

export const en: OriginLexicon = {
	language: 'en',
	verbs: [
		'published', 'appeared', 'posted', 'ran', 'printed', 'reprinted', 'republished', 'produced', 'written', 'syndicated',
		'shared', 'distributed', 'reproduced', 'adapted', 'excerpted', 'reposted', 'reprint', 'licensed',
	],
	firstness: ['first', 'originally', 'initially', 'previously', 'earlier', 'original'],
	prepositions: ['on', 'in', 'at', 'by', 'from', 'with'],
	subjects: ['article', 'story', 'post', 'piece', 'report', 'text', 'column', 'content', 'essay', 'version', 'blog', 'entry', 'item'],
	deictics: ['this', 'the', 'that', 'a', 'an'],
	labels: ['source', 'sources', 'original source', 'via', 'original article', 'original story', 'read the original', 'read the original article', 'originally published at', 'first published at', 'reprinted from'],
	itemNouns: ['story', 'report', 'dispatch'],
	nameParticles: ['of', 'the', 'and', '&', 'de', 'del', 'la', 'le', 'du', 'von', 'der'],
	articles: ['the'],
	media: [
		'photo*', 'picture*', 'image*', 'illustration*', 'graphic*', 'chart*', 'infographic*', 'video*', 'gallery', 'caption*',
		'pictured', 'map', 'footage', 'photographer', 'screenshot',
	],
};
