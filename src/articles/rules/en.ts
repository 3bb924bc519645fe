import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');

export const en: RulePack = {
	language: 'en',
	syndication: [
		s(String.raw`The (?:post|article|story) .{1,400}? (?:appeared|was published) first (?:on|in|at) SITE`),
		s(String.raw`The (?:post|article|story) .{1,400}? first (?:appeared|published) (?:on|in|at) SITE`),
		s(String.raw`This (?:post|article|story) (?:was )?(?:originally |first )(?:published|appeared|posted) (?:on|in|at|by) SITE`),
		s(String.raw`(?:Originally|First) (?:published|posted|appeared) (?:on|in|at) SITE`),
	],
	sourceLabels: ['source', 'sources', 'original source', 'via', 'originally published at', 'read the original', 'original article'],
	republisher: [new RegExp(String.raw`\b(?:views|opinions|position) of ${NAME}`, 'u')],
	lines: {
		promo: [
			...rules(600, /^(?:want|looking|ready|interested|eager|keen)\b[^?]{0,200}\?.{0,400}\b(?:our|us)\b/iu),
			...rules(40, /^(?:advertisement|sponsored(?: content)?|promoted|paid (?:post|content)|partner content)$/iu),
			...rules(160, /^(?:start trading|trade now|claim your|get your free|download (?:the|our) app|try it (?:free|now))\b/iu),
			...rules(40, /^(?:advert|advertising|ad feature)$/iu),
			...rules(240, /\bclick here (?:for|to)\b/iu),
		],
		newsletter: [
			...rules(220, /^(?:sign up|subscribe|register|join)\b.{0,180}\b(?:newsletter|inbox|updates|briefing|daily|weekly)\b/iu),
			...rules(60, /\bnewsletters?\b/iu),
			...rules(200, /^(?:get|receive) (?:the latest|our|breaking)\b.{0,160}\b(?:inbox|email|newsletter)\b/iu),
			...rules(120, /^(?:subscribe|subscribe now|already a subscriber\??.*|become a (?:member|subscriber)\b.*)$/iu),
			...rules(300, /\b(?:sign up|subscribe) (?:for|to)\b.{0,120}\bnewsletters?\b/iu),
			...rules(80, /^want more (?:stories|news|articles|content)\b/iu),
			...rules(160, /^every (?:day|week|morning|evening)\b.{0,80}\b(?:email|newsletter|inbox)\b/iu),
		],
		share: [
			...rules(100, /^(?:share(?: this)?(?: article| story| post)?(?: on| via)?|tweet|pin it|email|print|copy link|link copied)\b[\s:!.]*(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|telegram|pinterest)\b[\s,|]*)*$/iu),
			...rules(100, /^(?:(?:facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest|email|flipboard)[\s,|•·]*){2,}$/iu),
			...rules(120, /^follow (?:us|me) on\b/iu),
			...rules(120, /\bshare (?:it|this(?: story| article)?) with (?:a|your) friends?\b/iu),
		],
		'read-more': [
			...rules(250, /^(?:read more|read also|also read|see also|related(?: articles?| stories| coverage| news)?|recommended(?: for you)?|read next|you may also like|you might also like|further reading|more (?:on|from|about) (?:this|the)\b|more (?:news|stories) (?:from|on|about)\b|more:|see more|don['’]t miss|must read|top stories|most (?:read|popular)|also on [\w-]+\.\w+)(?=[^\p{L}\p{N}]|$)/iu),
			...rules(250, /^(?:click here|continue reading|read the full (?:story|article)|keep reading)\b/iu),
		],
		credit: [
			...rules(220, /^(?:photo|photograph|image|picture|illustration|video|graphic|pictured)s?(?: credits?| by)?\s*[:©|/]/iu),
			...rules(220, /^(?:credits?|image source|photo credit)\s*:/iu),
			...rules(160, /^\(?(?:photo|image)s?(?: by)? .{1,80}\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|bloomberg|ap photo)\)?$/iu),
			...rules(160, /[/|]\s*(?:getty images|shutterstock|afp via getty images|ap photo|reuters|epa-efe|alamy)\s*\)?$/iu),
			...rules(120, /^©/u),
		],
		caption: [
			...rules(400, /^in this (?:[\p{L}\d.,]+ ){0,6}(?:file )?(?:photo|image|picture|handout|video still)\b/iu),
			...rules(30, /^(?:image|photo|picture|slide) \d+ (?:of|\/) \d+$/iu),
		],
		cookie: [
			...rules(600, /\bcookies?\b.{0,300}\b(?:accept(?:ing)?|consent|you agree|cookie (?:settings|policy)|privacy policy)\b/iu),
			...rules(600, /\b(?:accept(?: all)?|consent to(?: the use of)?|we use|this (?:site|website) uses|by (?:continuing|using)\b.{0,80})\s+cookies\b/iu),
		],
		disclaimer: [
			...rules(3_000, /^(?:disclaimer|disclosure|legal disclaimer|important notice)\s*:/iu),
			...rules(1_500, /^(?:the views|the opinions|the information|the content)\b.{0,120}\b(?:expressed|provided|contained|published)\b.{0,200}\b(?:do not|does not|not necessarily)\b/iu),
			...rules(800, /\b(?:does|do) not constitute (?:financial|investment|legal|trading)(?:,? (?:legal|investment|financial|tax))* advice\b/iu),
			...rules(400, /\bnot (?:financial|investment) advice\b/iu),
		],
		byline: [
			...rules(100, /^[|•·\s-]*(?:(?:first )?published|updated|last updated|posted|modified)(?: on| at)?\s*:?\s*(?=.*\d)(?!.*[.!?]$).{0,80}$/iu),
			...rules(100, /^(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&|\||-|—)\s*.{0,60})?$/u),
		],
		chrome: [
			...rules(80, /^(?:skip to (?:main )?content|loading\.*|advertisement|ad|continue reading below|story continues below(?: advertisement)?|scroll to continue|back to top|comments?|leave a (?:comment|reply)|tags?:.*|filed under:?.*|advert|join (?:the|our) (?:[\w-]+ )?(?:conversation|discussion|forums?|community)\b.*|tell us what you think\b.*|\[[a-z_]+ [^\]]*\].*\[\/[a-z_]+\])$/iu),
			...rules(120, /\b(?:requires|enable) javascript\b/iu),
			...rules(200, /^(?:©|copyright|\(c\))\s*(?:\d{4}|[\p{L}])/iu),
			...rules(200, /\ball rights reserved\b/iu),
		],
	},
};
