import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');

export const es: RulePack = {
	language: 'es',
	syndication: [
		s(String.raw`(?:La (?:entrada|publicación|nota)|El (?:artículo|post)) .{1,400}? (?:se publicó|apareció|fue publicad[oa]) (?:primero|por primera vez|originalmente) en SITE`),
		s(String.raw`(?:Este|Esta) (?:artículo|entrada|nota) (?:se publicó|apareció|fue publicad[oa]) (?:primero|por primera vez|originalmente) en SITE`),
		s(String.raw`(?:Publicado|Publicada) (?:originalmente|primero|por primera vez) en SITE`),
	],
	sourceLabels: ['fuente', 'fuentes', 'artículo original', 'publicado originalmente en', 'vía', 'via'],
	republisher: [new RegExp(String.raw`\b(?:opiniones?|puntos? de vista|posición) de ${NAME}`, 'u')],
	lines: {
		promo: [
			...rules(600, /^¿?(?:quieres|buscas|te gustaría|deseas|necesitas)\b[^?]{0,200}\?.{0,400}\b(?:nuestr\p{L}*|nosotros)\b/iu),
			...rules(40, /^(?:publicidad|contenido patrocinado|patrocinado|anuncio)$/iu),
		],
		newsletter: [
			...rules(220, /^(?:suscríbete|suscribirse|regístrate|recibe|apúntate)\b.{0,180}\b(?:newsletter|boletín|correo|email|noticias)\b/iu),
			...rules(60, /\b(?:newsletters?|boletín)\b/iu),
		],
		share: [
			...rules(100, /^(?:compartir|comparte|compartir en|imprimir|enviar por (?:e-?mail|correo)|copiar enlace|enlace copiado)\b.{0,60}$/iu),
			...rules(120, /^síguenos en\b/iu),
		],
		'read-more': [
			...rules(250, /^(?:lee también|lea también|leer más|lee más|te puede interesar|también te puede interesar|más información|ver también|noticias relacionadas|relacionad[oa]s?|sigue leyendo|quizás te interese|te recomendamos)\b[\s:»>-]*/iu),
		],
		credit: [
			...rules(220, /^(?:foto|fotos|fotografía|imagen|crédito|ilustración|vídeo|video)\s*[:©|/]/iu),
			...rules(120, /^©/u),
		],
		cookie: [
			...rules(600, /\bcookies?\b.{0,300}\b(?:acept\p{L}*|consentimiento|utiliza\p{L}*|usamos|configuración|política)\b/iu),
			...rules(600, /\b(?:utilizamos|usamos|este sitio (?:web )?utiliza)\b.{0,300}\bcookies?\b/iu),
		],
		disclaimer: [
			...rules(3_000, /^(?:descargo de responsabilidad|aviso legal|advertencia|exención de responsabilidad)\s*:/iu),
			...rules(800, /\bno constituye(?:n)? (?:un |una )?(?:asesoramiento|consejo|recomendación)s? (?:financier[oa]|de inversión|legal)\b/iu),
		],
		byline: [...rules(100, /^(?:[Pp]or|[Ee]scrito por)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|y|\||-|—)\s*.{0,60})?$/u)],
		chrome: [
			...rules(80, /^(?:saltar al contenido|cargando\.*|publicidad|comentarios?|deja un comentario|volver arriba|etiquetas\s*:.*)$/iu),
			...rules(200, /\btodos los derechos reservados\b/iu),
		],
	},
};
