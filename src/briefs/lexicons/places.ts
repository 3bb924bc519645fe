/**
 * Places in the four languages: countries, large cities and regions that look like names but are not people or
 * companies. Lower-cased; multi-word places are matched as whole spans.
 */
const PLACES_TEXT = `
afghanistan afrique africa afrika áfrica albania albanie albanien alemania algeria algérie algerien argelia allemagne germany deutschland
america amérique amerika américa argentina argentine argentinien asia asie asien australia australie australien austria autriche österreich
bangladesh belgium belgique belgien bélgica bolivia bolivie brazil brésil brasilien brasil bulgaria bulgarie bulgarien
cambodia cambodge canada kanada canadá chile chili china chine colombia colombie kolumbien croatia croatie kroatien cuba kuba
czechia tchéquie tschechien denmark danemark dänemark dinamarca ecuador egypt égypte ägypten egipto england angleterre inglaterra
estonia estonie estland ethiopia éthiopie äthiopien etiopía europe europa finland finlande finnland finlandia france frankreich francia
greece grèce griechenland grecia hungary hongrie ungarn hungría india inde indien indonesia indonésie indonesien iran iraq irak
ireland irlande irland irlanda israel israël italy italie italien italia japan japon japón jordan jordanie jordanien kenya kenia
korea corée korea corea kuwait koweït lebanon liban libanon líbano libya libye libyen libia luxembourg luxemburg luxemburgo
malaysia malaisie malaysia malasia mexico mexique mexiko méxico morocco maroc marokko marruecos netherlands pays-bas niederlande
holland hollande nigeria nigéria norway norvège norwegen noruega pakistan palestine palästina palestina peru pérou perú
philippines philippinen filipinas poland pologne polen polonia portugal qatar katar romania roumanie rumänien rumanía russia russie
russland rusia saudi arabie scotland écosse schottland escocia serbia serbie serbien singapore singapour singapur spain espagne
spanien españa sweden suède schweden suecia switzerland suisse schweiz suiza syria syrie syrien siria taiwan taïwan thailand
thaïlande tailandia tunisia tunisie tunesien túnez turkey turquie türkei turquía ukraine ukraina ucrania venezuela vietnam
viêt-nam wales yemen yémen jemen britain grande-bretagne großbritannien uk usa us u.s. états-unis
beijing pékin peking shanghai shenzhen hangzhou guangzhou tokyo tokio seoul séoul séul delhi mumbai bombay moscow moscou moskau moscú
london londres london paris berlin madrid rome roma rom milan milano mailand barcelona barcelone brussels bruxelles brüssel bruselas
vienna vienne wien viena geneva genève genf ginebra zurich zürich amsterdam lisbon lisbonne lissabon lisboa athens athènes athen atenas
warsaw varsovie warschau varsovia prague prag praga budapest dublin stockholm oslo copenhagen copenhague kopenhagen helsinki
washington chicago boston seattle houston dallas miami atlanta denver detroit philadelphia phoenix toronto montreal montréal vancouver
ottawa québec quebec sydney melbourne dubai doha riyadh riyad teheran téhéran tehran istanbul ankara cairo caire kairo jerusalem
jérusalem jerusalén gaza kyiv kiev kiew lyon marseille toulouse bordeaux lille nantes strasbourg nice munich münchen múnich hamburg
hambourg hamburgo frankfurt francfort fráncfort cologne köln colonia stuttgart düsseldorf dresden leipzig hanover hannover
sevilla séville seville valencia valence bilbao malaga málaga buenos lima bogotá bogota santiago caracas havana havane
brooklyn manhattan texas california californie kalifornien florida floride ohio georgia virginia michigan arizona nevada oregon
alaska hawaii bavaria bavière bayern baviera catalonia catalogne katalonien cataluña andalusia andalousie andalusien andalucía
normandie normandy bretagne brittany corsica corse siberia sibérie sibirien crimea crimée krim crimea tibet xinjiang hongkong
occident occidente
`;

const MULTI_WORD = [
	'hong kong', 'silicon valley', 'new york', 'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'las vegas',
	'new delhi', 'new jersey', 'new mexico', 'new zealand', 'nouvelle-zélande', 'neuseeland', 'nueva zelanda', 'south africa',
	'afrique du sud', 'südafrika', 'sudáfrica', 'south korea', 'corée du sud', 'südkorea', 'corea del sur', 'north korea',
	'corée du nord', 'nordkorea', 'corea del norte', 'united states', 'united kingdom', 'royaume-uni', 'reino unido',
	'estados unidos', 'vereinigte staaten', 'saudi arabia', 'arabie saoudite', 'saudi-arabien', 'arabia saudí', 'arabia saudita',
	'middle east', 'moyen-orient', 'nahost', 'oriente medio', 'latin america', 'amérique latine', 'lateinamerika', 'américa latina',
	'wall street', 'white house', 'maison blanche', 'weißes haus', 'casa blanca', 'rio de janeiro', 'são paulo', 'sao paulo',
	'buenos aires', 'mexico city', 'tel aviv', 'abu dhabi', 'kuala lumpur', 'ho chi minh', 'sri lanka', 'costa rica', 'puerto rico',
	'north carolina', 'south carolina', 'west virginia', 'washington d.c.', 'east asia', 'asie de l\'est', 'pays basque',
	'país vasco', 'côte d\'ivoire', 'ground zero', 'capitol hill', 'downing street', 'bay area', 'île-de-france', 'hauts-de-france',
	'grand est', 'pays de la loire', 'nouvelle-aquitaine', 'baden-württemberg', 'nordrhein-westfalen', 'castilla y león',
];

export const PLACES: ReadonlySet<string> = new Set([...PLACES_TEXT.split(/\s+/).filter(Boolean), ...MULTI_WORD]);
