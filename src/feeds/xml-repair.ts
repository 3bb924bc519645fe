/**
 * Repairs for the damage real feeds carry, applied only after a strict parse failed.
 * `repairXml` fixes characters (prolog junk, control characters, HTML entities, bare `&`, HTML void tags);
 * `balanceTags` fixes structure (cut-off documents, unclosed or stray tags), dropping an item cut in half.
 */
import { InputError } from '../shared/errors.js';
import { fixEntities } from './html-entities.js';

// XML 1.0 forbids C0 controls other than tab/LF/CR, and U+FFFE/U+FFFF.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Only tags that are never feed elements: RSS has its own <link> and <source>.
const VOID_TAGS = /<(br|hr|img|wbr)(\s[^<>]*?)?\s*\/?>(?!\s*<\/\1>)/gi;
const PROTECTED = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)/g;

/** Character-level repairs; returns the input unchanged when there was nothing to fix. */
export function repairXml(xml: string): string {
	let text = stripProlog(xml).replace(CONTROL_CHARS, '');
	text = mapOutsideProtected(text, (segment) => closeVoidTags(fixEntities(segment)));
	return text;
}

/** Removes a BOM and anything before the XML declaration or the first tag (server banners, PHP warnings). */
function stripProlog(xml: string): string {
	const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
	const decl = text.indexOf('<?xml');
	if (decl > 0) return text.slice(decl);
	if (decl === 0) return text;
	const firstTag = text.search(/<[A-Za-z!?]/);
	return firstTag > 0 ? text.slice(firstTag) : text;
}

function mapOutsideProtected(text: string, fix: (segment: string) => string): string {
	let out = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		const index = match.index ?? 0;
		out += fix(text.slice(last, index)) + match[0];
		last = index + match[0].length;
	}
	return out + fix(text.slice(last));
}

/** `<br>` → `<br/>`, for HTML left unescaped inside a description; `<br></br>` is left alone. */
function closeVoidTags(segment: string): string {
	return segment.replace(VOID_TAGS, (match, name: string, attrs: string | undefined) =>
		match.endsWith('/>') ? match : `<${name}${attrs ?? ''}/>`,
	);
}

interface OpenTag {
	name: string;
	start: number;
}

const ITEM_TAGS = new Set(['item', 'entry']);

/**
 * Rebuilds a document whose tags do not nest: closes what a cut-off file left open, drops an item or entry that
 * was cut in half, drops closing tags that match nothing, and closes tags left open inside an element.
 */
export function balanceTags(xml: string): string {
	return balanceTagsDetailed(xml).text;
}

export interface BalancedXml {
	text: string;
	/** Closing tags that matched no open element, dropped. */
	strayCloseTags: number;
	/**
	 * Feed elements (not HTML) closed only because an ancestor closed: the repair guessed where they end, and the
	 * guess may have swallowed sibling fields (`<title>a</titel><link>…` makes the link part of the title).
	 */
	guessedClosures: number;
}

// HTML left unescaped in descriptions often leaves these open; closing them at their parent's end is harmless.
const HTML_TAGS = new Set(
	'a abbr b big blockquote center cite code dd div dl dt em font h1 h2 h3 h4 h5 h6 i li ol p pre q s small span strike strong sub sup table tbody td th thead tr tt u ul figure figcaption section article header footer nav iframe video audio picture'.split(
		' ',
	),
);

export function balanceTagsDetailed(xml: string): BalancedXml {
	let strayCloseTags = 0;
	let guessedClosures = 0;
	const stack: OpenTag[] = [];
	let out = '';
	let pos = 0;
	const tagPattern = /<!\[CDATA\[|<!--|<\?|<!|<\/?([A-Za-z_][\w.:-]*)([^<>]*?)(\/?)>|</g;
	let match: RegExpExecArray | null;
	while ((match = tagPattern.exec(xml)) !== null) {
		out += xml.slice(pos, match.index);
		const token = match[0];
		if (token === '<![CDATA[' || token === '<!--' || token === '<?' || token === '<!') {
			const end = token === '<![CDATA[' ? ']]>' : token === '<!--' ? '-->' : '>';
			const close = xml.indexOf(end, match.index + token.length);
			if (close < 0) {
				pos = xml.length;
				// A section cut off at the end of the file: keep its text, closed.
				if (token === '<![CDATA[') out += xml.slice(match.index) + ']]>';
				break;
			}
			out += xml.slice(match.index, close + end.length);
			pos = close + end.length;
			tagPattern.lastIndex = pos;
			continue;
		}
		pos = match.index + token.length;
		const name = match[1];
		if (!name) {
			if (/[/A-Za-z_]/.test(xml.charAt(pos))) {
				// A broken tag (`</rs` at the end of a cut file, `<a href="x>`): skip it up to the next tag.
				const next = xml.indexOf('<', pos);
				pos = next < 0 ? xml.length : next;
				tagPattern.lastIndex = pos;
			} else {
				out += '&lt;';
			}
			continue;
		}
		if (token.startsWith('</')) {
			const depth = findOpen(stack, name);
			if (depth < 0) {
				strayCloseTags++;
				continue;
			}
			while (stack.length > depth + 1) {
				const closed = stack.pop() as OpenTag;
				if (!HTML_TAGS.has(localName(closed.name))) guessedClosures++;
				out += `</${closed.name}>`;
			}
			stack.pop();
			out += token;
		} else if (match[3] === '/') {
			out += token;
		} else {
			stack.push({ name, start: out.length });
			out += token;
		}
	}
	if (pos < xml.length) out += xml.slice(pos);
	return { text: closeOpen(out, stack), strayCloseTags, guessedClosures };
}

function findOpen(stack: OpenTag[], name: string): number {
	for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as OpenTag).name === name) return i;
	return -1;
}

function closeOpen(out: string, stack: OpenTag[]): string {
	const itemIndex = stack.findIndex((tag) => ITEM_TAGS.has(localName(tag.name)));
	let text = out;
	let open = stack;
	if (itemIndex >= 0) {
		text = text.slice(0, (stack[itemIndex] as OpenTag).start);
		open = stack.slice(0, itemIndex);
	}
	for (let i = open.length - 1; i >= 0; i--) text += `</${(open[i] as OpenTag).name}>`;
	return text;
}

function localName(name: string): string {
	const colon = name.indexOf(':');
	return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

const INTERNAL_SUBSET = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i;
const ENTITY_REFERENCE = /&([A-Za-z_][\w.-]*);/g;
const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

/**
 * What entity expansion may add to a feed, in characters. Real feeds declare a prefix or two used a few times per
 * item; a "billion laughs" variant with one long value referenced 150,000 times would add hundreds of millions.
 */
export const MAX_ENTITY_EXPANSION_CHARS = 1_000_000;

/** A DOCTYPE whose entities would expand past the cap: the feed is refused, as a decompression bomb is. */
export class EntityExpansionError extends InputError {
	override name = 'EntityExpansionError';
}

/**
 * Substitutes the internal entities a DOCTYPE declares (`<!ENTITY id "tag:example.com,">`), which the XML parser
 * leaves as text. External entities are never fetched; values are not expanded recursively; the total added is
 * counted before anything is built, and over MAX_ENTITY_EXPANSION_CHARS the feed is refused.
 */
export function expandDoctypeEntities(xml: string, maxAddedChars = MAX_ENTITY_EXPANSION_CHARS): string {
	const head = xml.slice(0, 4_096);
	if (!head.includes('<!ENTITY')) return xml;
	const subset = INTERNAL_SUBSET.exec(head);
	if (!subset) return xml;
	const values = new Map<string, string>();
	for (const m of (subset[1] ?? '').matchAll(ENTITY_DECLARATION)) {
		const value = m[2] ?? m[3] ?? '';
		values.set(m[1] as string, value.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
	}
	if (!values.size) return xml;
	const start = (subset.index ?? 0) + subset[0].length;
	const body = xml.slice(start);
	let added = 0;
	for (const match of body.matchAll(ENTITY_REFERENCE)) {
		const value = values.get(match[1] as string);
		if (value === undefined) continue;
		added += value.length - match[0].length;
		if (added > maxAddedChars) {
			throw new EntityExpansionError(`entity expansion would add more than ${maxAddedChars} characters`);
		}
	}
	const expanded = body.replace(ENTITY_REFERENCE, (match, name: string) => values.get(name) ?? match);
	return xml.slice(0, subset.index ?? 0) + expanded;
}
