/**
 * Given names with a clear gender in news in English, French, German and Spanish, lower-cased. Used only to keep a
 * pronoun ("she", "il", "er", "ella") from resolving to a person of the other gender; a name missing here is neutral,
 * and so are names whose gender differs between languages (Andrea, Nicola, Jean, Dominique).
 */
const FEMALE = `
abigail ada adriana agnès agnieszka alejandra alexandra alice alicia alina alison amanda amélie amy ana anabel
angela angelika angélique anja anke anna annalena anne annegret annette annie antje antonia ariane astrid aurélie ava
barbara beatriz beatrix bérénice betsy betty birgit brigitte britta camille carla carmen carol carolina caroline catalina
catherine cécile celia chantal charlotte chloé christa christiane christina christine cindy claire clara claudia colette
cristina dagmar daniela deborah delphine diana diane dolores donna dorothea dorothy edith elena eleonora elisa
elisabeth élisabeth elise élise elizabeth ella ellen elodie élodie elsa elvira emilia emily emma esperanza esther eva
evelyne fabienne fatima françoise franziska frauke gabriela gabrielle geneviève gerda gina gisela grace gudrun
hannah hélène helga hillary ilse inés ines inga ingrid irene isabel isabella isabelle jacqueline jane janet janina
jeanne jennifer jessica jill joan johanna josefina josephine joyce juana judith judy julia julie juliette justine karen
karin karina karla kate katharina katherine kathleen kathrin katja katrin kelly kerstin kristina lara laura laure lauren
lea léa leticia liliane linda lisa liz lola lorena louise lucia lucía lucie luisa lydia madeleine magdalena manuela
marcela margaret margarita margot margrethe maria marie marina marion marisol marta martha martina marine mary maryse
mathilde maya megan melania melanie mélanie mercedes michaela michèle michelle mireille miriam monica mónica monika
montserrat myriam nadia nadine nancy natalia natalie nathalie nicole nina noemí olga olivia pamela patricia paula
pauline petra pilar rachel raquel rebecca regina renate rita rocío rosa rosario ruth sabine sahra samantha sandra sara
sarah sigrid silvia sofía sonia sophie stefanie stephanie susan susana susanne suzanne sylvie tamara tanja teresa
thérèse ulrike ursula valérie valeria valerie vanessa verena verónica véronique victoria virginie yolanda yvonne zoé
`;

const MALE = `
aaron adam adrián adrian ahmed alain alan albert alberto alejandro alex alexander alexandre alexis alfonso alfred alfredo
ali andré andreas andrés andrew andy ángel anthony antoine anton antonio armin arnaud arthur axel barack benjamin benoît
bernard bernd bernie bill björn bob boris brian bruno carl carlos cédric charles chris christian christoph christophe
christopher claude daniel darío david denis dennis dieter diego dietmar dirk dominik donald edouard édouard eduardo edward
emmanuel enrique eric éric erik ernesto esteban étienne eugen fabian fabrice federico felipe felix félix fernando florian
francis francisco françois frank franz frédéric friedrich gabriel gaston georg george gérald gérard gerhard gilles gonzalo
gregor grégoire guido guillaume günter gustavo hans harald harry heiko heinrich heinz helmut henri henry herbert hubert
hugo ignacio jacques jaime jakob james jan javier jeff jens jérôme jesús jim joachim joe johann johannes john jonas
jordi jorge josé joseph juan julien julio jürgen karl karl-heinz klaus kevin lars laurent leo léon leonardo lothar louis
luc lucas ludwig luis lukas manfred manuel marc marcel marco marcos mario mark markus martin mathias matthias matthew
maurice max maximilian michael michel miguel mike nicolas niklas nils norbert olaf olivier oscar óscar pablo pascal patrick
paul pedro peter philipp philippe pierre rafael ralf ralph ramón raúl reinhard rémi renaud rené ricardo richard robert
roberto rodrigo roger roland rolf ronald rubén rudolf salvador samuel santiago sebastian sébastien sergio simon stefan
stephan stéphane steve steven sven thierry thomas thorsten tim timothy tobias tom torsten ulrich uwe vicente victor
víctor vincent walter werner wilhelm william wolfgang xavier yann yves
`;

function toSet(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/).filter(Boolean));
}

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = toSet(FEMALE);
export const MALE_FIRST_NAMES: ReadonlySet<string> = toSet(MALE);
