import type { OriginLexicon } from './types.js';

export const fr: OriginLexicon = {
	language: 'fr',
	verbs: [
		'publié', 'publiée', 'paru', 'parue', 'apparu', 'apparue', 'repris', 'reprise', 'reproduit', 'reproduite', 'produit',
		'produite', 'diffusé', 'diffusée', 'écrit', 'écrite', 'rédigé', 'rédigée', 'republié', 'republiée', 'partagé', 'partagée',
		'extrait', 'tiré', 'tirée',
	],
	firstness: ['initialement', 'origine', 'premier', 'abord', 'originellement', 'original', 'originale'],
	prepositions: ['sur', 'dans', 'par', 'de', 'chez', 'du', 'des', 'd'],
	subjects: ['article', 'billet', 'texte', 'papier', 'post', 'reportage', 'contenu', 'tribune', 'dépêche', 'chronique', 'entrée', 'publication', 'enquête', 'récit'],
	deictics: ['cet', 'cette', 'ce', 'le', 'la', 'l', 'un', 'une'],
	labels: ['source', 'sources', 'via', 'article original', 'lien original', 'source originale', "lire l'article original", 'lire l’article original', 'repris de', 'publié à l’origine sur', "publié à l'origine sur"],
	itemNouns: ['information', 'info', 'dépêche', 'article'],
	nameParticles: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', '&'],
	articles: ['le', 'la', 'les', 'l'],
	media: [
		'photo*', 'image*', 'illustration*', 'graphique*', 'infographie*', 'vidéo*', 'galerie', 'légende', 'carte', 'crédit*',
		'photographe', 'capture',
	],
};
