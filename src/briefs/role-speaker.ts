import type { Entity } from './types.js';
import { ALL_LEXICONS, type Lexicon } from './lexicons/index.js';
import type { MentionIndex } from './mention-index.js';
import { alternation } from './lexicon-patterns.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?]\s|\n/;
// "El gobernador de la institución, José Luis Escrivá": the role phrase may carry a short complement before the name.
const MAX_GAP_AFTER_ROLE = 60;
// "Maria Gonzalez, the chief policy officer of Intel": a name, a comma, then up to a few words before the role noun.
const NAME_THEN_ROLE = /^\s*,\s*(?:[\p{L}\p{N}'’.-]+\s+){0,4}$/u;

/** "the spokesman for the ministry" → "spokesman": the last word before a complement, else the last word. */
function findRoleHead(speakerText: string, lexicon: Lexicon): string | null {
	// "l'avocat": an elided article is glued to its noun.
	const words = (speakerText.match(WORD) ?? []).flatMap((w) => w.split(/(?<=^\p{L}{1,2}['’])/u));
	if (words.length < 2) return null;
	const stop = new Set([...lexicon.stopwords, 'of', 'for', 'at', 'de', 'du', 'des', 'von', 'der', 'del', 'bei', 'chez']);
	const complement = words.findIndex((w, i) => i > 0 && stop.has(w.toLowerCase()));
	const head = complement > 1 ? words[complement - 1] : words[words.length - 1];
	if (!head || stop.has(head.toLowerCase()) || head.length < 3) return null;
	return head;
}

const honorificCache = new WeakMap<Lexicon, RegExp>();

function honorificEndOf(lexicon: Lexicon): RegExp {
	let pattern = honorificCache.get(lexicon);
	if (!pattern) {
		pattern = new RegExp(`(?:${alternation(lexicon.honorifics)})\\s*$`, 'u');
		honorificCache.set(lexicon, pattern);
	}
	return pattern;
}

/** People whose mention sits in apposition to an earlier use of the role word ("the governor, X" / "X, the governor"). */
function findRoleHolders(text: string, head: string, before: number, mentionIndex: MentionIndex, type: Entity['type'], honorificEnd: RegExp): Set<Entity> {
	const holders = new Set<Entity>();
	const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
	for (const match of text.slice(0, before).matchAll(pattern)) {
		const at = match.index;
		const end = at + match[0].length;
		// The role's complement may itself hold a name ("le ministre de l'Économie, Bruno Martin"), so the holder is the
		// first person the complement leads to with a comma, or the one right after the role word.
		const after = mentionIndex.between(end, end + MAX_GAP_AFTER_ROLE).find((m) => {
			// "son avocat, Me Randall Schwerdorffer": an honorific may stand between the comma and the name.
			const gap = text.slice(end, m.start).replace(honorificEnd, '');
			return m.entity.type === type && !SENTENCE_END.test(gap) && (/,\s*$/.test(gap) || /^\s*$/.test(gap));
		});
		if (after) {
			holders.add(after.entity);
			continue;
		}
		// "John Smith, the company’s chief": a role word in the possessive is not the role itself.
		if (/^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2))) continue;
		const previous = mentionIndex.between(Math.max(0, at - 80), at).filter((m) => m.entity.type === type && m.end <= at).pop();
		if (previous && NAME_THEN_ROLE.test(text.slice(previous.end, at))) holders.add(previous.entity);
	}
	return holders;
}

/**
 * The person a role phrase names ("añadió el gobernador", "the spokesman said"): the one person given that role earlier
 * in the article, by apposition or in their roles; null when none or several are.
 */
export function resolveRoleSpeaker(text: string, speakerText: string, speakerStart: number, entities: readonly Entity[], mentionIndex: MentionIndex, lexicon: Lexicon): Entity | null {
	if (!/^\p{Ll}/u.test(speakerText.trim()) && !lexicon.stopwords.includes((speakerText.match(WORD)?.[0] ?? '').toLowerCase())) return null;
	const head = findRoleHead(speakerText, lexicon);
	if (!head) return null;
	// "the company said" names an organisation given that noun ("Acme, the company that …"); other nouns name people.
	const type = ALL_LEXICONS.some((l) => l.orgNouns.includes(head.toLowerCase())) ? 'organization' : 'person';
	const holders = findRoleHolders(text, head, speakerStart, mentionIndex, type, honorificEndOf(lexicon));
	// The article's own apposition ("son avocat, Me X") is direct evidence; roles gathered elsewhere only fill in.
	if (holders.size === 1) return [...holders][0] ?? null;
	const headPattern = new RegExp(`(?<![\\p{L}\\p{N}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
	for (const entity of entities) {
		if (type === 'person' && entity.type === 'person' && entity.roles.some((role) => headPattern.test(role))) holders.add(entity);
	}
	if (holders.size !== 1) return null;
	return [...holders][0] ?? null;
}
