import type { OriginLexicon } from './types.js';

export const fr: OriginLexicon = {
	language: 'fr',
	verbs: ['relayé', 'relayée', 
		'publié', 'publiée', 'paru', 'parue', 'apparu', 'apparue', 'repris', 'reprise', 'reproduit', 'reproduite', 'produit',
		'produite', 'diffusé', 'diffusée', 'écrit', 'écrite', 'rédigé', 'rédigée', 'republié', 'republiée', 'partagé', 'partagée',
		'extrait', 'tiré', 'tirée', 'traduit', 'traduite', 'reprise', 'publions', 'reproduisons', 'reprenons', 'republions', 'publie', 'reprend'],
	firstness: ['initialement', 'origine', 'premier', 'abord', 'originellement', 'original', 'originale'],
	prepositions: ['sur', 'dans', 'par', 'de', 'chez', 'du', 'des', 'd'],
	agents: ['par'],
	bylineVerbs: ['publié', 'publiée', 'écrit', 'écrite', 'rédigé', 'rédigée', 'posté', 'postée', 'mis'],
	subjects: ['article', 'billet', 'texte', 'papier', 'post', 'reportage', 'contenu', 'tribune', 'dépêche', 'chronique', 'entrée', 'publication', 'enquête', 'récit'],
	deictics: ['cet', 'cette', 'ce', 'le', 'la', 'l', 'un', 'une'],
	labels: ["d'après", 'd’après', 'mis en ligne par', 'initialement mis en ligne par', 'source', 'sources', 'via', 'article original', 'lien original', 'source originale', "lire l'article original", 'lire l’article original', 'repris de', 'publié à l’origine sur', "publié à l'origine sur", 'lire la suite sur', 'lire l’article complet sur', 'lire l\'article complet sur', 'première publication', 'avec'],
	readVerbs: ['lire', 'lisez', 'retrouvez', 'retrouver', 'consultez'],
	itemNouns: ['information', 'info', 'dépêche', 'article'],
	nameParticles: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', '&'],
	articles: ['le', 'la', 'les', 'l'],
	outlets: ['blog', 'site', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'revue', 'média', 'lettre', 'newsletter', 'mensuel'],
	bridges: ['autorisation', 'aimable', 'accord', 'ici'],
	capitalisedNouns: false,
	calendar: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
	media: [
		'photo*', 'image*', 'illustration*', 'graphique*', 'infographie*', 'vidéo*', 'galerie', 'légende', 'carte',
		'photographe', 'capture',
	],
};
