import type { OriginLexicon } from './types.js';

export const es: OriginLexicon = {
	language: 'es',
	verbs: [
		'publicado', 'publicada', 'publicó', 'apareció', 'aparecido', 'reproducido', 'reproducida', 'elaborado', 'elaborada',
		'escrito', 'escrita', 'difundido', 'difundida', 'republicado', 'republicada', 'compartido', 'tomado', 'tomada', 'producido',
		'producida',
	],
	firstness: ['primero', 'originalmente', 'inicialmente', 'primera', 'original', 'previamente'],
	prepositions: ['en', 'por', 'de', 'desde', 'del'],
	subjects: ['artículo', 'nota', 'texto', 'entrada', 'noticia', 'publicación', 'reportaje', 'contenido', 'crónica', 'columna', 'post', 'información'],
	deictics: ['este', 'esta', 'el', 'la', 'un', 'una', 'esa', 'ese'],
	labels: ['fuente', 'fuentes', 'vía', 'via', 'fuente original', 'artículo original', 'lee el artículo original en', 'publicado originalmente en', 'tomado de'],
	itemNouns: ['noticia', 'nota', 'información', 'crónica'],
	nameParticles: ['de', 'del', 'la', 'el', 'los', 'las', 'y', '&'],
	articles: ['el', 'la', 'los', 'las'],
	media: ['foto*', 'imagen*', 'imágenes', 'ilustración*', 'gráfico*', 'infografía*', 'vídeo*', 'video*', 'galería', 'mapa', 'fotógrafo*', 'captura'],
};
