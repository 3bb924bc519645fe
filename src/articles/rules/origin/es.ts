import type { OriginLexicon } from './types.js';

export const es: OriginLexicon = {
	language: 'es',
	verbs: [
		'publicado', 'publicada', 'publicó', 'apareció', 'aparecido', 'reproducido', 'reproducida', 'elaborado', 'elaborada',
		'escrito', 'escrita', 'difundido', 'difundida', 'republicado', 'republicada', 'compartido', 'tomado', 'tomada', 'producido',
		'producida', 'traducido', 'traducida', 'reproducimos', 'publicamos', 'republicamos', 'compartimos', 'reproduce', 'publica'],
	firstness: ['primero', 'originalmente', 'inicialmente', 'primera', 'original', 'previamente'],
	prepositions: ['en', 'por', 'de', 'desde', 'del'],
	agents: ['por'],
	bylineVerbs: ['publicado', 'publicada', 'escrito', 'escrita', 'redactado', 'redactada', 'actualizado'],
	subjects: ['artículo', 'nota', 'texto', 'entrada', 'noticia', 'publicación', 'reportaje', 'contenido', 'crónica', 'columna', 'post', 'información'],
	deictics: ['este', 'esta', 'el', 'la', 'un', 'una', 'esa', 'ese'],
	labels: ['fuente', 'fuentes', 'vía', 'via', 'fuente original', 'artículo original', 'lee el artículo original en', 'publicado originalmente en', 'tomado de', 'sigue leyendo en', 'seguir leyendo en', 'lee la nota completa en', 'publicación original', 'con información de'],
	readVerbs: ['lee', 'leer', 'sigue', 'seguir', 'consulta', 'encuentra'],
	itemNouns: ['noticia', 'nota', 'información', 'crónica'],
	nameParticles: ['de', 'del', 'la', 'el', 'los', 'las', 'y', '&'],
	articles: ['el', 'la', 'los', 'las'],
	outlets: ['blog', 'sitio', 'web', 'periódico', 'diario', 'semanario', 'revista', 'portal', 'medio', 'boletín'],
	bridges: ['autorización', 'permiso', 'aquí'],
	capitalisedNouns: false,
	calendar: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
	media: ['foto*', 'imagen*', 'imágenes', 'ilustración*', 'gráfico*', 'infografía*', 'vídeo*', 'video*', 'galería', 'mapa', 'fotógrafo*', 'captura'],
};
