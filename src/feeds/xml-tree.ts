/**
 * The XML tree of a feed, from xml2js (configured to keep children in document order), with every element given a
 * namespace-independent name: `dc:date` is `dc:date` whatever prefix the feed chose. xml2js is the parser rss-parser
 * is built on, used directly with the same version and options: rss-parser's feed builders dropped fields, returned
 * objects for some titles and ids, and lost the whole feed on one bad Atom date, so only its parser was used, through
 * a private member (docs/adr/005-feed-xml-parser.md).
 */
import { Parser } from 'xml2js';
import { mapC1ToCp1252 } from './decode-body.js';

export interface XmlElement {
	'#name': string;
	/** Canonical name: a known namespace's usual prefix + local name; RSS's own elements have no prefix. */
	'#cn'?: string;
	/** `#cn` lowercased, for RSS's inconsistent capitalisation (`pubdate`, `PubDate`). */
	'#lc'?: string;
	/** Namespace URI of the element, when declared. */
	'#ns'?: string;
	$?: Record<string, string>;
	_?: string;
	$$?: XmlNode[];
}
export type XmlNode = XmlElement;

const TEXT = '__text__';

const KNOWN_NAMESPACES: Record<string, string> = {
	'http://www.w3.org/2005/atom': 'atom',
	'http://purl.org/atom/ns#': 'atom',
	'http://purl.org/dc/elements/1.1/': 'dc',
	'http://purl.org/dc/terms/': 'dcterms',
	'http://purl.org/rss/1.0/modules/content/': 'content',
	'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
	'http://search.yahoo.com/mrss/': 'media',
	'http://search.yahoo.com/mrss': 'media',
	'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
	'http://www.w3.org/1999/xhtml': 'xhtml',
	'http://purl.org/rss/1.0/': '',
	'http://my.netscape.com/rdf/simple/0.9/': '',
	'http://backend.userland.com/rss2': '',
	'http://blogs.law.harvard.edu/tech/rss': '',
	'http://backend.userland.com/rss': '',
};
/** Prefixes that mean the same thing when a feed forgets to declare them. */
const CONVENTIONAL_PREFIXES = new Set(['atom', 'dc', 'dcterms', 'content', 'itunes', 'media', 'rdf', 'xhtml']);

// One parser for the process: creating xml2js/sax parsers per call is most of the cost of small feeds.
const parser = new Parser({
	explicitChildren: true,
	preserveChildrenOrder: true,
	charsAsChildren: true,
	includeWhiteChars: true,
	explicitCharkey: true,
	strict: true,
});

export type ParseXmlResult = { status: 'ok'; root: XmlElement } | { status: 'error'; error: string };

/** Parses strictly; the xml2js callback runs synchronously (no `async` option), so this is synchronous too. */
export function parseXml(xml: string): ParseXmlResult {
	let outcome: ParseXmlResult | null = null;
	try {
		parser.parseString(xml, (error: Error | null, result: unknown) => {
			if (outcome) return;
			if (error) outcome = { status: 'error', error: error.message.split('\n')[0] ?? 'invalid XML' };
			else outcome = toRoot(result);
		});
	} catch (error) {
		outcome ??= { status: 'error', error: error instanceof Error ? error.message : String(error) };
	}
	const result: ParseXmlResult = outcome ?? { status: 'error', error: 'unterminated XML document' };
	// After an error xml2js resets mid-document and the rest of the old document leaks into the new parser's
	// state; reset again once the old one has finished, so the next document starts clean.
	if (result.status === 'error') parser.reset();
	return result;
}

function toRoot(result: unknown): ParseXmlResult {
	if (!result || typeof result !== 'object') return { status: 'error', error: 'empty XML document' };
	const name = Object.keys(result)[0];
	const value = name ? (result as Record<string, unknown>)[name] : undefined;
	const root: XmlElement =
		value && typeof value === 'object' ? (value as XmlElement) : { '#name': name ?? '', _: typeof value === 'string' ? value : '' };
	root['#name'] = name ?? '';
	canonicalise(root, new Map());
	return { status: 'ok', root };
}

function canonicalise(element: XmlElement, inherited: Map<string, string>): void {
	let namespaces = inherited;
	const attrs = element.$;
	if (attrs) {
		for (const key in attrs) {
			if (key === 'xmlns' || key.startsWith('xmlns:')) {
				if (namespaces === inherited) namespaces = new Map(inherited);
				namespaces.set(key === 'xmlns' ? '' : key.slice(6), attrs[key] ?? '');
			}
		}
	}
	element['#cn'] = canonicalName(element['#name'], namespaces);
	element['#lc'] = element['#cn'].toLowerCase();
	const colon = element['#name'].indexOf(':');
	const ns = namespaces.get(colon >= 0 ? element['#name'].slice(0, colon) : '');
	if (ns) element['#ns'] = ns;
	const children = element.$$;
	if (!children) return;
	for (const child of children) if (child['#name'] !== TEXT) canonicalise(child, namespaces);
}

function canonicalName(name: string, namespaces: Map<string, string>): string {
	const colon = name.indexOf(':');
	const prefix = colon >= 0 ? name.slice(0, colon) : '';
	const local = colon >= 0 ? name.slice(colon + 1) : name;
	const uri = namespaces.get(prefix);
	if (uri !== undefined) {
		const known = KNOWN_NAMESPACES[uri.toLowerCase()] ?? KNOWN_NAMESPACES[uri];
		if (known !== undefined) return known ? `${known}:${local}` : local;
		return prefix ? `${prefix}:${local}` : local;
	}
	if (!prefix) return local;
	const lower = prefix.toLowerCase();
	return CONVENTIONAL_PREFIXES.has(lower) ? `${lower}:${local}` : name;
}

export function nameOf(node: XmlElement): string {
	return node['#cn'] ?? node['#name'];
}

export function isText(node: XmlElement): boolean {
	return node['#name'] === TEXT;
}

/** Element children, in document order. */
export function elements(node: XmlElement): XmlElement[] {
	return (node.$$ ?? []).filter((child) => child['#name'] !== TEXT);
}

/** Children named `name` (canonical, case-insensitive for RSS's inconsistent capitalisation). */
export function childrenNamed(node: XmlElement, name: string): XmlElement[] {
	const out: XmlElement[] = [];
	const lower = name.toLowerCase();
	for (const child of node.$$ ?? []) if (child['#name'] !== TEXT && (child['#lc'] ?? nameOf(child).toLowerCase()) === lower) out.push(child);
	return out;
}

export function child(node: XmlElement, ...names: string[]): XmlElement | undefined {
	for (const name of names) {
		const found = childrenNamed(node, name)[0];
		if (found) return found;
	}
	return undefined;
}

export function attr(node: XmlElement, name: string): string | undefined {
	const attrs = node.$;
	if (!attrs) return undefined;
	if (attrs[name] !== undefined) return attrs[name];
	for (const key in attrs) if (key.toLowerCase() === name.toLowerCase() || key.endsWith(`:${name}`)) return attrs[key];
	return undefined;
}

/** The text of an element and all its descendants. */
export function textContent(node: XmlElement): string {
	if (isText(node)) return fixText(node._ ?? '');
	const children = node.$$;
	if (!children) return node._ ?? '';
	let out = '';
	for (const c of children) out += textContent(c);
	return out;
}

export function hasElementChildren(node: XmlElement): boolean {
	return (node.$$ ?? []).some((c) => c['#name'] !== TEXT);
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

// Elements HTML parsers treat as empty; any other element is written with an end tag, since `<div />` is an open
// `<div>` to an HTML parser.
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The children of an element serialised back to markup, as feedparser returns inline content. */
export function innerXml(node: XmlElement): string {
	let out = '';
	for (const c of node.$$ ?? []) out += outerXml(c, node['#ns']);
	return out;
}

/**
 * One element as markup: prefixes of declared namespaces are dropped and the namespace is written as a default
 * `xmlns` where it changes (so SVG and MathML stay valid inside HTML); XHTML's namespace is left implicit.
 */
export function outerXml(node: XmlElement, parentNs?: string): string {
	if (isText(node)) return escapeText(fixText(node._ ?? ''));
	// Markup in the feed's own namespace is HTML written without escaping, not RSS or Atom elements.
	const declared = node['#ns'];
	const ns = declared && !isFeedNamespace(declared) ? declared : undefined;
	const colon = node['#name'].indexOf(':');
	const name = ns && colon >= 0 ? node['#name'].slice(colon + 1) : node['#name'];
	const attrs: Array<[string, string]> = [];
	for (const [key, value] of Object.entries(node.$ ?? {})) {
		if (key === 'xmlns' || (ns && colon >= 0 && key === `xmlns:${node['#name'].slice(0, colon)}`)) continue;
		if (value === XHTML_NS && key.startsWith('xmlns')) continue;
		attrs.push([key, value]);
	}
	if (ns && ns !== XHTML_NS && ns !== parentNs) attrs.push(['xmlns', ns]);
	attrs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const open = `<${name}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
	const inner = (node.$$ ?? []).map((c) => outerXml(c, ns ?? parentNs)).join('');
	if (!inner && VOID_ELEMENTS.has(name.toLowerCase())) return `${open} />`;
	return `${open}>${inner}</${name}>`;
}

function isFeedNamespace(uri: string): boolean {
	const known = KNOWN_NAMESPACES[uri.toLowerCase()] ?? KNOWN_NAMESPACES[uri];
	return known === '' || known === 'atom';
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
	return escapeText(text).replace(/"/g, '&quot;');
}

/** Maps stray C1 controls to cp1252 and decodes the `&#X41;` references sax leaves undecoded. */
function fixText(text: string): string {
	let out = text;
	// The strict parser lets C0 controls through; they are never meant as text.
	if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(out)) out = out.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
	out = mapC1ToCp1252(out);
	if (out.includes('&#X')) {
		out = out.replace(/&#X([0-9a-fA-F]{1,6});/g, (match, hex: string) => {
			const code = parseInt(hex, 16);
			return code <= 0x10ffff ? String.fromCodePoint(code) : match;
		});
	}
	return out;
}
