import type { Lexicon } from './types.js';

export const es: Lexicon = {
	speechVerbs: [
		'dijo', 'dice', 'afirmó', 'afirma', 'añadió', 'añade', 'agregó', 'agrega', 'explicó', 'explica', 'declaró', 'declara',
		'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica', 'subrayó', 'subraya', 'destacó', 'destaca', 'advirtió',
		'advierte', 'sostuvo', 'sostiene', 'manifestó', 'expresó', 'comentó', 'comenta', 'apuntó', 'apunta', 'insistió',
		'insiste', 'reconoció', 'reconoce', 'admitió', 'escribió', 'escribe', 'respondió', 'responde', 'precisó', 'precisa',
		'recordó', 'recuerda', 'concluyó', 'opinó', 'opina', 'considera', 'consideró', 'ha dicho', 'ha afirmado', 'ha declarado',
		'ha explicado', 'ha asegurado', 'ha señalado', 'ha añadido', 'cree', 'piensa', 'relató', 'contó', 'denunció', 'criticó', 'aseveró', 'agregaron', 'dijeron', 'afirmaron', 'explicaron', 'señalaron', 'aseguraron', 'ha indicado', 'ha subrayado', 'reiteró', 'matizó', 'puntualizó', 'remarcó', 'zanjó', 'sentenció', 'aclaró',
	],
	sourcePrepositions: ['según', 'de acuerdo con', 'a juicio de', 'en palabras de'],
	personPronouns: ['él', 'ella'],
	objectPronouns: ['lo', 'la', 'le'],
	honorifics: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Don', 'Doña', 'Señor', 'Señora', 'Prof.', 'Profesor', 'Profesora', 'Presidente', 'Presidenta', 'Ministro', 'Ministra'],
	roleNouns: [
		'consejero delegado', 'consejera delegada', 'director ejecutivo', 'directora ejecutiva', 'director general', 'directora general',
		'director', 'directora', 'presidente', 'presidenta', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'portavoz',
		'ministro', 'ministra', 'secretario', 'secretaria', 'analista', 'economista', 'investigador', 'investigadora', 'científico',
		'científica', 'ingeniero', 'ingeniera', 'profesor', 'profesora', 'jefe', 'jefa', 'responsable', 'gerente', 'socio', 'socia',
		'abogado', 'abogada', 'diputado', 'diputada', 'senador', 'senadora', 'alcalde', 'alcaldesa', 'asesor', 'asesora',
		'miembro', 'entrenador', 'capitán', 'jugador', 'vicepresidente', 'vicepresidenta', 'consejero', 'consejera', 'líder', 'ceo',
	],
	orgNouns: ['consultora', 'plataforma', 'empresa', 'compañía', 'firma', 'grupo', 'banco', 'agencia', 'laboratorio', 'universidad', 'partido', 'periódico', 'diario', 'cadena', 'fabricante', 'gigante', 'startup', 'instituto', 'club', 'equipo', 'ministerio', 'aseguradora', 'fondo', 'operadora', 'asociación', 'federación', 'organización'],
	orgPrepositions: [],
	orgObjectCues: ['fichó por', 'ficha por', 'juega en', 'jugó en', 'filial de', 'adquirida por', 'adquirido por', 'accionistas de', 'empleados de', 'se unió a'],
	roleVerbs: [
		{ verb: 'fundó', role: 'fundador de' },
		{ verb: 'cofundó', role: 'cofundador de' },
		{ verb: 'ha fundado', role: 'fundador de' },
		{ verb: 'dirige', role: 'director de' },
		{ verb: 'dirigió', role: 'exdirector de' },
		{ verb: 'preside', role: 'presidente de' },
		{ verb: 'creó', role: 'creador de' },
	],
	workVerbs: ['trabajaba', 'trabajó', 'ha trabajado', 'había trabajado', 'trabaja', 'fue', 'era'],
	asWords: ['como'],
	placePrepositions: ['en', 'cerca de'],
	atWords: ['en', 'para', 'de'],
	ofWord: 'de',
	governingPrepositions: ['de', 'del', 'a', 'al', 'para', 'con', 'contra', 'por', 'en', 'sobre'],
	articles: ['el', 'la', 'los', 'las', 'un', 'una', 'lo'],
	subordinators: ['cuando', 'mientras', 'porque', 'si'],
	clauseGlue: ['y', 'pero', 'luego'],
	clauseWords: ['lo que', 'cuando', 'donde'],
	conjunctions: ['y', 'o', 'e', 'pero'],
	trailingAdverbs: ['también'],
	formerWord: 'ex',
	copulas: ['es', 'era', 'fue', 'ha sido'],
	appointVerbs: ['nombró', 'ha nombrado', 'fichó', 'contrató', 'designó'],
	stopwords: (
		'el la los las un una unos unas lo al del de y e o u pero sino ni que quien quienes cual cuales cuyo donde cuando como ' +
		'porque aunque si ya también tampoco solo sólo muy más menos mucho muchos mucha muchas poco pocos todo todos toda todas ' +
		'cada otro otra otros otras mismo misma este esta estos estas ese esa esos esas aquel aquella esto eso ello él ella ellos ' +
		'ellas nosotros vosotros yo tú usted ustedes me te se nos os le les su sus mi mis tu tus nuestro nuestra en con sin por ' +
		'para sobre entre hacia hasta desde durante tras ante bajo contra según mediante es son era eran fue fueron ha han había ' +
		'habían será serán está están hay puede pueden debe deben no sí aquí allí ahora hoy ayer mañana entonces además sin embargo ' +
		'luego después antes dos tres cuatro cinco seis siete ocho nueve diez primer primero primera último última nuevo nueva ' +
		'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre ' +
		'octubre noviembre diciembre así incluso mientras pues ' +
		'nadie alguien nada algo cualquiera ninguno ninguna todos todas'
	).split(' '),
	nameParticles: ['de', 'del', 'la', 'las', 'los', 'van', 'von', 'da', 'di', '&'],
	titleCues: ['película', 'libro', 'novela', 'canción', 'álbum', 'serie', 'programa', 'titulado', 'titulada', 'título', 'titular', 'obra', 'ensayo', 'artículo', 'informe', 'documental', 'lema', 'campaña', 'hashtag'],
};
