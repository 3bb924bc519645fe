/**
 * Organisation signals shared by all languages: legal and sector suffixes, heads that start an organisation's name,
 * and well-known organisations that appear in news without any context saying what they are.
 */

/** Last word of a name that makes it an organisation ("Zhipu AI", "Acme Inc.", "Siemens AG"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(
	(
		'laboratory laboratories inc inc. corp corp. corporation co co. company ltd ltd. llc llp plc gmbh ag se sa s.a. sas sarl nv bv spa s.p.a. ' +
		'kg ohg oy ab asa group groupe gruppe grupo holding holdings ai labs lab technologies technology tech systems ' +
		'software networks media bank banque partners capital ventures pharma pharmaceuticals motors airlines airways ' +
		'energy foundation fondation stiftung fundación institute institut instituto university université universität ' +
		'universidad college school council commission committee agency agence association union party partei partido ' +
		'ministry ministère ministerium ministerio department administration authority office bureau court tribunal ' +
		'times post journal news herald tribune gazette press review magazine telegraph guardian observer chronicle ' +
		'zeitung allgemeine rundschau presse diario país mundo nation network tv radio studios entertainment pictures ' +
		'records robotics industries foods solutions dynamics semiconductor semiconductors electronics therapeutics biosciences ' +
		'insurance logistics airlines mining resources holdings club fc cf united city fund trust exchange organisation organization consortium alliance league'
	).split(' '),
);

/** First word of a name that makes it an organisation ("Université Tsinghua", "Bank of America"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
	(
		'university université universität universidad universidade bank banque banco bourse börse bolsa ' +
		'laboratoire laboratory laboratorio institut institute instituto ministère ministry ministerium ministerio ' +
		'department département departamento federal fédération federation federación association asociación ' +
		'commission comisión kommission council conseil consejo rat agence agency agencia parti party partei partido ' +
		'banco fondation foundation fundación stiftung société compagnie compañía club real atlético' +
		' comité committee union unión ligue liga académie assemblée cour forces sénat senado chambre confédération armée bundesamt bundesbank hochschule academy académie academia'
	).split(' '),
);

/** Organisations that news names bare, as if everyone knew them. Lower-cased. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
	...(
		'reuters afp ap bloomberg dpa efe ansa xinhua bbc cnn nbc abc cbs fox msnbc npr pbs politico axios ' +
		'google alphabet apple microsoft amazon meta facebook instagram whatsapp twitter tesla nvidia intel amd ibm oracle ' +
		'samsung huawei xiaomi tencent alibaba baidu bytedance tiktok openai anthropic deepmind netflix spotify uber airbnb ' +
		'paypal visa mastercard boeing airbus siemens volkswagen bmw daimler mercedes-benz porsche audi renault peugeot ' +
		'stellantis toyota honda nissan sony ford gm ferrari fiat nestlé nestle unilever lvmh danone total totalenergies ' +
		'shell bp exxonmobil chevron aramco gazprom telefónica telefonica santander bbva inditex zara iberdrola repsol ' +
		'sap bosch basf bayer lufthansa allianz deutsche orange vivendi carrefour axa bnp sncf edf engie airbus thales ' +
		'congress parliament senate bundestag bundesrat bundesregierung kremlin élysée elysee matignon congreso moncloa europol nato otan un onu uno eu ue imf fmi fbi cia nasa who oms wto omc opec opep fifa uefa ioc unesco unicef interpol ' +
		'goldman sachs morgan stanley jpmorgan citigroup citi hsbc barclays ubs blackrock vanguard fed bce ezb ecb nyt wsj ft ' +
		'mistral cohere huggingface qualcomm tsmc asml smic foxconn'
	).split(' '),
	// Two-word names whose first word alone is also known: "Goldman Sachs" is not a Goldman product.
	'goldman sachs', 'morgan stanley', 'deutsche bank', 'deutsche telekom', 'deutsche bahn', 'deutsche post', 'jp morgan',
	'wells fargo', 'bank of america', 'general motors', 'general electric', 'ford motor', 'procter & gamble',
	'johnson & johnson', 'air france', 'british airways', 'banco santander', 'credit suisse', 'société générale',
	'crédit agricole', 'rolls-royce', 'associated press', 'federal reserve', 'european commission', 'european central bank',
]);

/** Products, models and brands that are named like companies but are not ones. Lower-cased. */
export const PRODUCTS: ReadonlySet<string> = new Set(
	(
		'chatgpt gpt gpt-4 gpt-4o gpt-5 gemini claude llama qwen deepseek-r1 ernie copilot siri alexa iphone ipad mac macbook ' +
		'android windows linux ios playstation xbox switch kindle youtube gmail office excel word powerpoint photoshop ' +
		'bitcoin ethereum btc eth dogecoin solana tether usdt covid covid-19 sars-cov-2 ebola brexit'
	).split(' '),
);

/** Acronyms that are common nouns, units or currencies, not organisations. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
	(
		'ai ia ki ceo cto cfo coo pdg dg gdp pib bip ipo tv ok usd eur gbp jpy cny hk rmb uk us usa eu ue dna adn ' +
		'bc ad ep lp vhs esp abs suv r&d pc it vr ar api app sms pdf faq gps led lcd cd dvd id pin vip ps nb pm am gmt utc cet km kg mw gw kwh ' +
		'ttc tva ht mwst iva tbc asap diy hr rh ong ngo pme kmu pyme cac dax ibex ftse etf esg co2 llm agi gpu cpu ' +
		'u.s u.k u.n rna mrna os ip dns xml html http https url usb txt ce bce scsi sat tcp udp sql ram rom ssd hdd lan wifi nfc rfid ' +
		'hiv aids ivf mri ct ecg icu bmi ph ev evs hev lng lpg ppp kpi roi b2b b2c saas ui ux qr ocr'
	).split(' '),
);

/**
 * File formats, units and currencies: never a person or an organisation, whatever a tagger makes of their capitals
 * ("DOC, PPT, JPEG as organisations", issue 13). Lower-cased.
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set(
	(
		'pdf doc docx ppt pptx pps xls xlsx csv tsv txt rtf odt ods odp epub mobi jpeg jpg png gif svg tif tiff bmp webp heic raw ' +
		'mp3 mp4 m4a wav flac aac ogg avi mov mkv wmv zip rar gz tar 7z iso exe dmg apk json xml html htm css js ' +
		'km kg mg mm cm ml kw kwh mw mwh gw gwh tw twh mph kmh hz khz mhz ghz gb mb kb tb ppm ' +
		'usd eur gbp jpy cny chf rmb inr brl rub'
	).split(' '),
);
