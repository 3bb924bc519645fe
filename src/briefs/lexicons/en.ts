import type { Lexicon } from './types.js';

export const en: Lexicon = {
	speechVerbs: [
		'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'warned', 'warns', 'argued', 'argues',
		'explained', 'explains', 'stated', 'states', 'declared', 'noted', 'notes', 'insisted', 'insists', 'claimed',
		'claims', 'continued', 'recalled', 'asked', 'asks', 'replied', 'responded', 'answered', 'announced', 'admitted',
		'acknowledged', 'conceded', 'confirmed', 'cautioned', 'complained', 'observed', 'remarked', 'suggested',
		'tweeted', 'posted', 'joked', 'quipped', 'emphasized', 'emphasised', 'stressed', 'pointed out', 'has said',
		'had said', 'have said', 'has told', 'told reporters', 'is quoted as saying', 'was quoted as saying', 'predicted',
		'concluded', 'countered', 'agreed', 'maintained', 'contended', 'declared', 'testified', 'shouted', 'yelled',
		'whispered', 'exclaimed', 'mused', 'boasted', 'vowed', 'promised', 'reported', 'reports', 'believes', 'thinks',
		'thought', 'believed', 'described', 'called', 'charged', 'alleged', 'wondered', 'assured', 'urged', 'predicts',
		'concedes', 'admits', 'recalls', 'demanded', 'characterized', 'characterised', 'went on', 'recounted', 'pleaded', 'lamented', 'shot back', 'fired back', 'retorted', 'snapped', 'scoffed', 'chimed in', 'interjected', 'reiterated', 'summed up', 'noting', 'saying', 'adding', 'explaining', 'warning', 'arguing', 'writing', 'telling', 'declaring', 'insisting', 'according to', 'commented', 'reads', 'read', 'praised', 'lauded', 'hailed', 'scolded', 'blasted', 'slammed', 'criticized', 'criticised', 'tells', 'stating', 'calling', 'describing', 'notes', 'writes', 'argues', 'adds', 'explains', 'insists', 'contends',
	],
	sourcePrepositions: ['according to', 'in the words of', 'quoting'],
	personPronouns: ['he', 'she'],
	objectPronouns: ['him', 'her'],
	honorifics: ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Sen.', 'Senator', 'Rep.', 'Gov.', 'Governor', 'President', 'Judge', 'Justice', 'Gen.', 'General', 'Col.', 'Capt.', 'Lt.', 'Sgt.', 'Rev.', 'Pope', 'King', 'Queen', 'Prince', 'Princess', 'Mayor', 'Minister', 'Emperor', 'Empress', 'Congressman', 'Congresswoman', 'Major', 'Sergeant', 'Archbishop', 'Bishop', 'Cardinal', 'Lieutenant', 'Admiral', 'Commander', 'Colonel', 'Captain', 'Chairman', 'Teammate', 'Assemblyman', 'Councilman', 'Councilwoman', 'Ambassador', 'Premier', 'Chancellor', 'Secretary', 'Speaker', 'Coach', 'Officer', 'Detective', 'Agent'],
	roleNouns: [
		'chief executive officer', 'chief executive', 'chief technology officer', 'chief financial officer', 'chief operating officer',
		'chief scientist', 'ceo', 'cto', 'cfo', 'coo', 'founder', 'co-founder', 'cofounder', 'president', 'vice president', 'chairman',
		'chairwoman', 'chair', 'director', 'managing director', 'executive director', 'head', 'spokesman', 'spokeswoman',
		'spokesperson', 'minister', 'secretary', 'analyst', 'economist', 'researcher', 'scientist', 'engineer', 'professor',
		'manager', 'partner', 'owner', 'editor', 'reporter', 'lawyer', 'attorney', 'senator', 'governor', 'mayor', 'leader',
		'chief', 'boss', 'executive', 'official', 'adviser', 'advisor', 'strategist', 'investor', 'member', 'coach', 'captain',
		'striker', 'player', 'director general', 'secretary general', 'prime minister', 'candidate', 'nominee', 'lead',
	],
	orgNouns: ['consultancy', 'company', 'firm', 'startup', 'start-up', 'group', 'bank', 'agency', 'maker', 'giant', 'lab', 'laboratory', 'university', 'party', 'newspaper', 'broadcaster', 'network', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'developer', 'conglomerate', 'corporation', 'organisation', 'organization', 'institute', 'club', 'team', 'outlet', 'publisher', 'manufacturer', 'provider', 'operator', 'airline', 'insurer', 'lender', 'fund', 'regulator', 'ministry', 'department'],
	orgPrepositions: [],
	orgObjectCues: ['joined', 'rejoined', 'signed with', 'signed for', 'played for', 'plays for', 'playing for', 'transferred to', 'loaned to', 'merged with', 'acquired by', 'subsidiary of', 'division of', 'shareholders of', 'employees of', 'stake in'],
	roleVerbs: [
		{ verb: 'founded', role: 'founder of' },
		{ verb: 'co-founded', role: 'co-founder of' },
		{ verb: 'cofounded', role: 'co-founder of' },
		{ verb: 'leads', role: 'head of' },
		{ verb: 'led', role: 'former head of' },
		{ verb: 'runs', role: 'head of' },
		{ verb: 'heads', role: 'head of' },
		{ verb: 'chairs', role: 'chair of' },
		{ verb: 'owns', role: 'owner of' },
		{ verb: 'created', role: 'creator of' },
	],
	workVerbs: ['worked', 'had worked', 'has worked', 'previously worked', 'works', 'was working', 'served', 'has served'],
	asWords: ['as a', 'as an', 'as the', 'as'],
	placePrepositions: ['in', 'near', 'outside'],
	atWords: ['at', 'for', 'with'],
	ofWord: 'of',
	governingPrepositions: ['of', 'to', 'for', 'at', 'with', 'by', 'from', 'against', 'about', 'on', 'in'],
	articles: ['the', 'a', 'an'],
	subordinators: ['when', 'while', 'after', 'before', 'because', 'since', 'if', 'unless', 'until'],
	clauseGlue: ['and', 'but', 'or', 'so', 'then', 'after', 'to which', 'which', 'while', 'as', 'when'],
	clauseWords: ['what', 'which', 'that', 'who', 'whom', 'where', 'when', 'whether'],
	conjunctions: ['and', 'or', 'but', 'nor'],
	trailingAdverbs: ['further', 'also', 'too', 'then', 'again'],
	formerWord: 'former',
	copulas: ['is', 'was', 'has been', 'had been', 'became', 'becomes'],
	appointVerbs: ['named', 'appointed', 'hired', 'promoted', 'made'],
	stopwords: (
		'a an the and or but nor so yet for of in on at to from by with about as into onto over under after before since during ' +
		'while when where why how what who whom whose which that this these those there here then than it its it\'s he she they we ' +
		'you i me him her them us my your his our their if though although because unless until once also only even just still ' +
		'not no yes all any some each every both either neither many much more most few less least other another such same ' +
		'one two three four five six seven eight nine ten first second third last next now today yesterday tomorrow ' +
		'however meanwhile moreover furthermore instead indeed thus therefore besides perhaps maybe already soon later earlier ' +
		'is are was were be been being has have had do does did will would shall should can could may might must ' +
		'mr mrs ms dr according despite amid among between against without within through throughout across around behind ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
		'october november december in-depth photo video watch read click follow share sign update breaking exclusive live ' +
		'nobody everybody everyone someone somebody anyone anybody nothing something everything none whoever whatever'
	).split(' '),
	nameParticles: ['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'al-', 'ibn', 'of', '&'],
	capitalisesTitles: true,
	titleCues: ['film', 'movie', 'book', 'novel', 'song', 'album', 'show', 'series', 'titled', 'entitled', 'called', 'headline', 'headlined', 'play', 'essay', 'article', 'report', 'documentary', 'campaign', 'slogan', 'hashtag'],
};
