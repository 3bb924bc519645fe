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

// Countries, continents and first-level regions in en/fr/de/es from @faker-js/faker 10 (MIT) location data, less the
// ones that are also common given names ("Georgia", "Victoria"): the curated list above cannot name them all.
const WIDE_PLACES = `
aargau afganistán afghanistan africa aguascalientes alabama alaska albacete albania albanie albanien alberta
alemania algeria algerien algérie alicante allemagne almería alsace amerikanisch-samoa andalucía andorra
andorre angola anguilla antarctica antarktis antigua-et-barbuda aquitaine aragón argelia argentina argentine
argentinien arizona arkansas armenia armenien arménie aruba aserbaidschan asia asturias australia australie
australien austria autriche auvergne avon azerbaijan azerbayán azerbaïdjan badajoz baden-württemberg bahamas
bahrain bahreïn baleares bangladesch bangladesh barbade barbados barcelona barein basel-land basel-stadt
basse-normandie bayern bedfordshire belarus belgien belgique belgium belice belize benin berkshire berlin
bermuda bern bhoutan bhutan bielorusia birmanie biélorussie bolivia bolivie bolivien borders
bosnie-herzégovine botsuana botswana bourgogne bouvetinsel brandenburg brasil brasilien brazil bremen bretagne
brunei brésil buckinghamshire bulgaria bulgarie bulgarien burgenland burgos burundi bután bélgica bénin
california cambodge cambodia camboya cambridgeshire cameroon cameroun camerún campeche canada canarias
cantabria cap-vert castellón cataluña central centre champagne-ardenne cheshire chiapas chihuahua chile chili
china chine chipre chypre cleveland clwyd coahuila colima colombia colombie colombie-britannique colorado
comodos comores comoros congo connecticut cookinseln corea cornwall corse croacia croatia croatie cuba cuenca
cumbria curaçao cyprus czechia cáceres cádiz córdoba danemark delaware denmark derbyshire deutschland
dinamarca djibouti dominica dorset dschibuti durango dyfed dänemark ecuador egipto egypt england eritrea
eslovaquia eslovenia espagne españa estland estonia estonie eswatini ethiopia etiopía europe extremadura
falklandinseln fidji fidschi fife fiji filipinas finland finlande finlandia finnland florida france
franche-comté francia frankreich französisch-guayana französisch-polynesien freiburg färöer gabon gabun gabón
galicia gambia gambie genf georgien germany gerona ghana gibraltar glarus gloucestershire grampian granada
graubünden grecia greece greenland grenada grenade griechenland groenlandia grèce grönland guadalajara
guadeloupe guam guanajuato guatemala guayana guernsey guerrero guinea guinea-bisau guinea-bissau guinée
guinée-bissau guipúzcoa guyana guyane gwent géorgie haiti hamburg hampshire haute-normandie hawaii haïti
herefordshire hertfordshire hessen hidalgo honduras hongkong hongrie huelva huesca humberside hungary hungria
iceland idaho illinois inde india indiana indien indonesia indonesien indonésie iowa irak iran iraq ireland
irland irlanda irlande island islande islandia israel israël italia italie italien italy jalisco jamaica
jamaika jamaïque japan japon japón jaén jemen jordania jordanien jugoslawien jura kaimaninseln kambodscha
kamerun kanada kansas kasachstan katar kazajistan kazakhstan kenia kentucky kenya kirghizistan kirgisistan
kiribati kokosinseln kolumbien komoren kongo koweït kroatien kuba kuwait kärnten lancashire
languedoc-roussillon laos latvia lebanon leicestershire lesotho letonia lettland lettonie león liban libanon
liberia libye libyen liechtenstein limousin lincolnshire litauen lithuania lituania lituanie lorraine lothian
louisiana lugo luxembourg luxemburg luxemburgo luzern lérida líbano macao macau macedonia macédoine madagascar
madagaskar madrid maine malaisie malasia malawi malaysia maldivas maldives malediven mali malta malte manitoba
maroc marokko marruecos marshallinseln martinica martinique maryland massachusetts mauretanien maurice
mauritania mauritanie mauritius mayotte mecklenburg-vorpommern merseyside mexico mexiko mexique michigan
michoacan micronesia micronésie midi-pyrénées mikronesien minnesota mississippi missouri moldavia moldavie
moldova monaco mongolei mongolia mongolie montenegro monténégro morelos morocco mosambik mozambique murcia
myanmar málaga méjico méxico mónaco namibia namibie nauru navarra nayarit nebraska nepal netherlands neuenburg
neukaledonien neuseeland nicaragua nidwalden niederlande niedersachsen niederösterreich niger nigeria niue
nord-pas-de-calais nordrhein-westfalen norfolk norfolkinsel northamptonshire northumberland noruega norvège
norway norwegen nottinghamshire nouveau-brunswick nouvelle-zélande nouvelle-écosse nunavut népal oaxaca
oberösterreich obwalden ohio oklahoma oman omán ontario oregon orense osttimor ouganda ouzbékistan oxfordshire
pakistan palau palencia palestine panama panamá papouasie-nouvelle-guinée papua-neuguinea paraguay pays-bas
pennsylvania peru perú philippinen philippines picardie pitcairninseln poitou-charentes poland polen pologne
pontevedra portugal powys puebla pérou qatar querétaro québec rheinland-pfalz rhône-alpes romania roumanie
royaume-uni ruanda rumänien rusia russie rutland rwanda réunion saarland sachsen sachsen-anhalt
saint-christophe-et-niévès saint-marin saint-vincent-et-les-grenadines sainte-lucie salamanca salomonen
salvador salzburg sambia samoa saskatchewan saudi-arabien schaffhausen schleswig-holstein schweden schweiz
schwyz scotland segovia senegal serbia serbie sevilla seychellen seychelles shropshire simbabwe sinaloa
singapore singapour singapur siria slovakia slovaquie slovenia slovénie slowakei slowenien solothurn somalia
somalie somalien somerset sonora soria soudan spain spanien staffordshire steiermark strathclyde sudan sudán
suecia suffolk suisse suiza surinam suriname surrey suède swasiland sweden switzerland syrie syrien sénégal
südafrika tabasco tadjikistan tadschikistan tailandia taiwan tajikistan tamaulipas tansania tanzania tanzanie
tarragona tayside tchad tennessee terre-neuve-et-labrador teruel tessin texas thailand thaïlande thurgau
thüringen timor-leste tirol tlaxcala togo tokelau toledo tonga trinité-et-tobago tschad tunesien tunez tunisia
tunisie turkey turkmenistan turkménistan turquia turquie tuvalu türkei ucrania uganda ukraine ungarn uri
uruguay usbekistan utah uzbekistan valencia valladolid vanuatu vatikanstadt venezuela veracruz vermont vietnam
vizcaya vorarlberg waadt wales wallis warwickshire weihnachtsinsel westsahara wien wiltshire wisconsin
worcestershire wyoming yemen yucatán yukon yémen zacatecas zambia zambie zamora zaragoza zimbabwe zug zypern
zürich álava ávila ägypten äquatorialguinea äthiopien égypte équateur érythrée états-unis éthiopie
île-de-france île-du-prince-édouard österreich
`;

const WIDE_MULTI_WORD = [
	'adams county', 'afrique du sud', 'american samoa', 'amerikanische jungferninseln', 'antigua and barbuda', 'antigua und barbuda',
	'appenzell ausserrhoden', 'appenzell innerrhoden', 'arabia saudí', 'arabie saoudite', 'baja california norte', 'baja california sur',
	'bonaire, sint eustatius and saba', 'bosnia and herzegovina', 'bosnia herzegovina', 'bosnien und herzegowina', 'bouvet island', 'britische jungferninseln',
	'britisches territorium im indischen ozean', 'brunei darussalam', 'burkina faso', 'cabo verde', 'calhoun county', 'cape verde',
	'carroll county', 'castilla y león', 'castilla-la mancha', 'cayman islands', 'central african republic', 'christmas island',
	'ciudad real', 'clark county', 'clay county', 'comunidad de madrid', 'comunidad valenciana', 'cook islands',
	'corée du nord', 'corée du sud', 'costa de marfil', 'costa rica', 'county antrim', 'county armagh',
	'county down', 'county fermanagh', 'county londonderry', 'county tyrone', 'crawford county', 'côte d\'ivoire',
	'côte d’ivoire', 'democratic people\'s republic of korea', 'democratic republic of the congo', 'demokratische republik kongo', 'demokratische volksrepublik korea', 'die bermudas',
	'dominican republic', 'dominikanische republik', 'douglas county', 'dumfries and galloway', 'east sussex', 'ehemalige jugoslawische republik mazedonien',
	'el salvador', 'emiratos árabes unidos', 'equatorial guinea', 'estado de méxico', 'estados unidos de américa', 'faroe islands',
	'fayette county', 'franklin county', 'französische gebiete im südlichen indischen ozean', 'french guiana', 'french polynesia', 'french southern territories',
	'grant county', 'greater manchester', 'greene county', 'guinea ecuatorial', 'guinée équatoriale', 'gwynedd county',
	'hamilton county', 'hancock county', 'heard island and mcdonald islands', 'heard und mcdonaldinseln', 'henry county', 'highlands and islands',
	'hong kong', 'isla de navidad', 'islas baleares', 'islas caimán', 'islas faro', 'isle of man',
	'isle of wight', 'jackson county', 'jefferson county', 'johnson county', 'kap verde', 'kleinere amerikanische überseeinseln',
	'kyrgyz republic', 'la coruña', 'la rioja', 'lake county', 'lao people\'s democratic republic', 'las palmas',
	'lawrence county', 'lee county', 'libyan arab jamahiriya', 'lincoln county', 'logan county', 'madison county',
	'marion county', 'marshall county', 'marshall islands', 'mid glamorgan', 'monroe county', 'montgomery county',
	'morgan county', 'new caledonia', 'new hampshire', 'new jersey', 'new mexico', 'new york',
	'new zealand', 'niederländische antillen', 'norfolk island', 'north america', 'north carolina', 'north dakota',
	'north macedonia', 'north yorkshire', 'northern ireland', 'northern mariana islands', 'nueva zelanda', 'nuevo león',
	'nördliche marianen', 'papua new guinea', 'papúa nueva guinea', 'pays de la loire', 'país vasco', 'países bajos',
	'perry county', 'pike county', 'pitcairn islands', 'polk county', 'principado de asturias', 'provence-alpes-côte d\'azur',
	'puerto rico', 'quintana roo', 'región de murcia', 'reino unido', 'republic of korea', 'republik korea',
	'republik moldau', 'república checa', 'república dominicana', 'rhode island', 'russian federation', 'russische föderation',
	'république centrafricaine', 'république dominicaine', 'république du congo', 'république démocratique du congo', 'république tchèque', 'saint barthélemy',
	'saint helena', 'saint kitts and nevis', 'saint lucia', 'saint martin', 'saint pierre and miquelon', 'saint vincent and the grenadines',
	'san luis potosí', 'san marino', 'santa cruz de tenerife', 'santo tomé y principe', 'sao tome and principe', 'saudi arabia',
	'scott county', 'sierra leona', 'sierra leone', 'sint maarten', 'solomon islands', 'soudan du sud',
	'south africa', 'south america', 'south carolina', 'south dakota', 'south georgia and the south sandwich islands', 'south glamorgan',
	'south sudan', 'south yorkshire', 'sri lanka', 'st. gallen', 'st. helena', 'st. kitts und nevis',
	'st. lucia', 'st. pierre und miquelon', 'st. vincent und die grenadinen', 'svalbard & jan mayen islands', 'svalbard und jan mayen', 'syrian arab republic',
	'são tomé und príncipe', 'são tomé-et-principe', 'südgeorgien und südliche sandwichinseln', 'territoires du nord-ouest', 'timor oriental', 'trinidad and tobago',
	'trinidad und tobago', 'trinidad y tobago', 'tschechische republik', 'turks and caicos islands', 'turks- und caicosinseln', 'tyne and wear',
	'union county', 'united arab emirates', 'united kingdom', 'united states minor outlying islands', 'united states of america', 'vereinigte arabische emirate',
	'vereinigte staaten', 'vereinigtes königreich', 'virgin islands, british', 'virgin islands, u.s.', 'viêt nam', 'wallis and futuna',
	'wallis und futuna', 'warren county', 'washington county', 'wayne county', 'west glamorgan', 'west midlands',
	'west sussex', 'west virginia', 'west yorkshire', 'western sahara', 'zentralafrikanische republik', 'åland islands',
	'émirats arabes unis', 'îles marshall', 'îles salomon',
];

export const PLACES: ReadonlySet<string> = new Set([
	...PLACES_TEXT.split(/\s+/).filter(Boolean),
	...MULTI_WORD,
	...WIDE_PLACES.split(/\s+/).filter(Boolean),
	...WIDE_MULTI_WORD,
]);
