import type { Lexicon } from './types.js';

export const fr: Lexicon = {
	speechVerbs: [
		'a déclaré', 'a dit', 'a ajouté', 'a expliqué', 'a affirmé', 'a estimé', 'a souligné', 'a indiqué', 'a précisé',
		'a assuré', 'a confié', 'a lancé', 'a martelé', 'a insisté', 'a reconnu', 'a admis', 'a averti', 'a prévenu', 'a répondu',
		'a rappelé', 'a observé', 'a noté', 'a jugé', 'a poursuivi', 'a conclu', 'a résumé', 'a raconté', 'a écrit', 'a tweeté',
		'a annoncé', 'a commenté', 'a déploré', 'a regretté', 'a dénoncé', 'a confirmé', 'a rapporté', 'a-t-il déclaré',
		'déclare', 'dit', 'ajoute', 'explique', 'affirme', 'estime', 'souligne', 'indique', 'précise', 'assure', 'confie',
		'lance', 'martèle', 'insiste', 'reconnaît', 'admet', 'avertit', 'prévient', 'répond', 'rappelle', 'observe', 'note',
		'juge', 'poursuit', 'conclut', 'résume', 'raconte', 'écrit', 'pense', 'croit', 'analyse', 'détaille', 'commente',
		'déclarait', 'disait', 'ajoutait', 'expliquait', 'affirmait', 'estimait', 'soulignait', 'confiait',
		'ont déclaré', 'ont dit', 'ont ajouté', 'ont expliqué', 'ont affirmé', 'ont indiqué', 'ont souligné', 'ont estimé',
		'avait déclaré', 'avait dit', 'a-t-elle déclaré', 'a fait valoir', 'a fait savoir', 'a plaidé', 'a tranché', 'a ironisé', 'a glissé', 'a lâché', 'a mis en garde', 'glisse', 'lâche', 'ironise', 'tranche', 'plaide',
	],
	sourcePrepositions: ['selon', "d'après", 'aux dires de', 'de l\'avis de'],
	personPronouns: ['il', 'elle'],
	objectPronouns: ["l'", 'le', 'la', 'lui'],
	honorifics: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Dr.', 'Pr', 'Pr.', 'Me', 'Monsieur', 'Madame', 'Maître', 'Docteur', 'Professeur', 'Sir', 'Mgr'],
	roleNouns: [
		'président-directeur général', 'directeur général', 'directrice générale', 'pdg', 'président', 'présidente',
		'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'directeur', 'directrice', 'responsable',
		'porte-parole', 'ministre', 'secrétaire', 'analyste', 'économiste', 'chercheur', 'chercheuse', 'scientifique',
		'ingénieur', 'professeur', 'patron', 'patronne', 'dirigeant', 'dirigeante', 'chef', 'gérant', 'associé', 'rédacteur',
		'avocat', 'avocate', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'conseiller', 'conseillère', 'membre',
		'entraîneur', 'capitaine', 'joueur', 'directeur technique', 'responsable technique', 'vice-président', 'secrétaire général',
		'premier ministre', 'candidat', 'candidate', 'ambassadeur', 'ambassadrice', 'porte-parole',
	],
	orgNouns: ['cabinet', 'entreprise', 'société', 'groupe', 'startup', 'start-up', 'firme', 'banque', 'agence', 'laboratoire', 'université', 'parti', 'journal', 'quotidien', 'chaîne', 'constructeur', 'fabricant', 'géant', 'éditeur', 'opérateur', 'compagnie', 'institut', 'fonds', 'club', 'équipe', 'ministère', 'régulateur', 'assureur', 'organisation', 'association', 'fédération'],
	orgPrepositions: ['chez'],
	orgObjectCues: ['a rejoint', 'rejoint', 'rejoindre', 'signe pour', 'signe à', 'signé pour', 'signé à', 'joue pour', 'jouait pour', 'filiale de', 'racheté par', 'rachetée par', 'actionnaires de', 'salariés de'],
	roleVerbs: [
		{ verb: 'a fondé', role: 'fondateur de' },
		{ verb: 'a cofondé', role: 'cofondateur de' },
		{ verb: 'a co-fondé', role: 'cofondateur de' },
		{ verb: 'fonde', role: 'fondateur de' },
		{ verb: 'dirige', role: 'dirigeant de' },
		{ verb: 'a dirigé', role: 'ancien dirigeant de' },
		{ verb: 'préside', role: 'président de' },
		{ verb: 'a créé', role: 'créateur de' },
	],
	workVerbs: ['travaillait', 'a travaillé', 'avait travaillé', 'travaille', 'était', 'a été', 'avait été'],
	asWords: ["en tant qu'", 'en tant que', 'comme'],
	placePrepositions: ['à', 'près de', 'dans', 'en'],
	atWords: ['chez', 'à', 'pour', 'au sein de', 'au sein d\''],
	ofWord: 'de',
	governingPrepositions: ['de', 'du', 'des', 'à', 'au', 'aux', 'pour', 'chez', 'avec', 'contre', 'par', 'sur', 'auprès de', 'd\''],
	articles: ['le', 'la', 'les', 'l\'', 'un', 'une', 'du', 'des'],
	subordinators: ['quand', 'lorsque', 'alors que', 'parce que', 'puisque', 'si'],
	clauseGlue: ['et', 'mais', 'puis'],
	clauseWords: ['que', 'qui', 'quoi', 'dont'],
	conjunctions: ['et', 'ou', 'mais'],
	trailingAdverbs: ['aussi', 'encore'],
	formerWord: 'ancien',
	copulas: ['est', 'était', 'a été', 'devient', 'est devenu', 'est devenue'],
	appointVerbs: ['a nommé', 'nomme', 'a recruté', 'a embauché', 'a promu', 'a désigné'],
	stopwords: (
		'le la les l un une des du de d au aux et ou mais donc or ni car ce cet cette ces c ça cela ceci celui celle ceux celles ' +
		'il elle ils elles on nous vous je j tu me m te t se s lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos ' +
		'qui que qu quoi dont où quand comment pourquoi si comme alors ainsi aussi puis ensuite enfin depuis pendant après avant ' +
		'selon malgré sans avec pour par sur sous dans entre vers chez contre parmi lors dès tout tous toute toutes chaque ' +
		'plusieurs certains certaines aucun aucune autre autres même mêmes tel telle tels telles deux trois quatre cinq six sept ' +
		'huit neuf dix cent mille premier première dernier dernière nouveau nouvelle nouveaux nouvelles grand grande grands ' +
		'grandes petit petite petits petites bien très plus moins peu beaucoup trop encore déjà toujours jamais ici là ' +
		'oui non voici voilà est sont était étaient a ont avait avaient sera seront fait font peut peuvent doit doivent ' +
		'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre ' +
		'novembre décembre cependant pourtant toutefois néanmoins désormais aujourd hier demain en y ne pas n lorsque puisque ' +
		'personne rien chacun chacune quiconque aucun aucune tous toutes'
	).split(' '),
	nameParticles: ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'da', 'di', 'del', 'bin', 'al', 'ibn', "d'", '&'],
	titleCues: ['film', 'livre', 'roman', 'chanson', 'album', 'série', 'émission', 'intitulé', 'intitulée', 'titre', 'titré', 'pièce', 'essai', 'article', 'rapport', 'documentaire', 'slogan', 'campagne', 'hashtag', 'ouvrage'],
};
