/**
 * The junk corpus: real bodies wrapped in junk rendered from templates, every line labelled. Seeded, so a run is
 * reproducible; the template set (train or eval) and the bodies' split are chosen by the caller.
 */
import { createRandom } from '../../bench/bench-args.js';
import type { Body, Lang } from './bodies.js';
import { GENERATED_KINDS, TEMPLATE_KINDS, type JunkKind, type NamePools, type TemplateSet } from './templates/types.js';

export const JUNK_KINDS: readonly JunkKind[] = [...TEMPLATE_KINDS, ...GENERATED_KINDS];

export interface Line {
	text: string;
	/** null for a body paragraph. */
	kind: JunkKind | null;
	/** A junk line glued in front of the following body paragraph, on the same line. */
	gluedTo?: string;
}

export interface JunkDoc {
	lang: Lang;
	title: string;
	lines: Line[];
	/** The original publisher a syndication statement or source line names; null when none does. */
	expectedSource: string | null;
	/** Names brought in by the junk, which must never become entities. */
	junkNames: string[];
	kinds: JunkKind[];
}

export interface GenerateOptions {
	templates: TemplateSet;
	names: NamePools;
	/** Which wording the generated kinds (title repeats, price widgets) use: they have train and eval variants too. */
	variant: 'train' | 'eval';
	seed: number;
	kindsPerDoc?: number;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const MONTHS: Record<Lang, string[]> = {
	en: ['January', 'March', 'June', 'September', 'November'],
	fr: ['janvier', 'mars', 'juin', 'septembre', 'novembre'],
	de: ['Januar', 'März', 'Juni', 'September', 'November'],
	es: ['enero', 'marzo', 'junio', 'septiembre', 'noviembre'],
};

function dateIn(lang: Lang, random: Random): string {
	const day = 1 + Math.floor(random() * 28);
	const month = pick(random, MONTHS[lang]);
	const year = 2019 + Math.floor(random() * 6);
	if (lang === 'en') return `${month} ${day}, ${year}`;
	if (lang === 'de') return `${day}. ${month} ${year}`;
	if (lang === 'es') return `${day} de ${month} de ${year}`;
	return `${day} ${month} ${year}`;
}

const compact = (name: string): string => name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').replace(/\p{M}/gu, '').toLowerCase();

function headline(lang: Lang, names: NamePools, random: Random): string {
	const words = Array.from({ length: 5 + Math.floor(random() * 4) }, () => pick(random, names.headlineWords[lang]));
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Fill {
	lang: Lang;
	title: string;
	orig: string;
	names: NamePools;
	random: Random;
	used: Set<string>;
}

function render(template: string, fill: Fill): string {
	const { random, names } = fill;
	const use = (name: string): string => {
		fill.used.add(name);
		return name;
	};
	return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
		switch (key) {
			case 'orig':
				return use(fill.orig);
			case 'domain':
				return `${compact(fill.orig)}.com`;
			case 'url':
				return `https://www.${compact(fill.orig)}.com/${2019 + Math.floor(random() * 6)}/story-${Math.floor(random() * 90_000) + 10_000}`;
			case 'site':
				return use(pick(random, names.site));
			case 'agency':
				return use(pick(random, names.agency));
			case 'person':
				return use(pick(random, names.person));
			case 'coin':
				return use(pick(random, names.coin));
			case 'handle':
				return `@${compact(use(pick(random, [...names.site, ...names.person])))}`;
			case 'code':
				return Array.from({ length: 10 }, () => pick(random, [...'abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789'])).join('');
			case 'title':
				return fill.title;
			case 'headline':
				return headline(fill.lang, names, random);
			case 'date':
				return dateIn(fill.lang, random);
			case 'time':
				return `${Math.floor(random() * 24)}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
			case 'n':
				return String(2 + Math.floor(random() * 600));
			default:
				return key;
		}
	});
}

/** A ticker widget: train and eval widgets differ in layout so that neither teaches the other. */
function priceWidget(fill: Fill, variant: 'train' | 'eval'): string[] {
	const { random } = fill;
	const coin = pick(random, fill.names.coin);
	fill.used.add(coin);
	const price = (random() * 50_000).toFixed(2);
	const change = `${random() < 0.5 ? '+' : '-'}${(random() * 9).toFixed(2)}%`;
	const code = compact(coin).slice(0, 3).toUpperCase();
	if (variant === 'train') return [`${code} $${price} ${change}`, `${code}/USD`, `$${price}`, change];
	return [coin, `€${price.replace('.', ',')}`, `${change.replace('.', ',')} (24h)`, `Vol. ${(random() * 900).toFixed(1)}M`];
}

function titleRepeat(fill: Fill, variant: 'train' | 'eval'): string {
	const site = pick(fill.random, fill.names.site);
	fill.used.add(site);
	const forms = variant === 'train' ? [fill.title, `${fill.title} - ${site}`] : [fill.title, `${fill.title} | ${site}`];
	return pick(fill.random, forms);
}

/** A sentence of the body, shown again as a standalone pull quote. */
function pullQuote(body: string[], random: Random): string | null {
	const sentences = body.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/u)).filter((s) => s.split(' ').length >= 8);
	if (sentences.length === 0) return null;
	const sentence = pick(random, sentences);
	return random() < 0.5 ? sentence : `“${sentence.replace(/[.!?]$/u, '')}”`;
}

/**
 * A subheading made of a paragraph's opening words, or a list made of a sentence's clauses: short body lines drawn
 * from the body's own words, so that a short line is not junk by its shape alone.
 */
function bodyStructure(paragraph: string, random: Random): string[] {
	const clauses = paragraph.split(/[,;]\s+|\s+(?:and|et|und|y)\s+/u).map((c) => c.replace(/[.!?:]+$/u, '').trim()).filter((c) => c.split(' ').length >= 3);
	if (random() < 0.5 && clauses.length >= 3) {
		return clauses.slice(0, 4).map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1));
	}
	const words = paragraph.replace(/[^\p{L}\p{N}\s'’-]/gu, '').split(/\s+/u);
	return [words.slice(0, 3 + Math.floor(random() * 4)).join(' ')];
}

/** The body's title: its first paragraph when that is title-like, or else its first words. */
export function titleOf(body: Body): { title: string; paragraphs: string[] } {
	const [first, ...rest] = body.paragraphs;
	if (first && first.length <= 140 && rest.length >= 3) return { title: first.replace(/[.]$/u, ''), paragraphs: rest };
	// A headline shares the lede's words without being a piece of it: every other word of the first sentence.
	const words = (first ?? '').split(/(?<=[.!?])\s/u)[0]?.split(' ').filter((_, i) => i % 2 === 0).slice(0, 9) ?? [];
	const title = words.join(' ').replace(/[,.;:!?"“”«»]+/gu, '');
	return { title: title.charAt(0).toUpperCase() + title.slice(1), paragraphs: body.paragraphs };
}

type Position = 'top' | 'middle' | 'end' | 'glued';
const POSITIONS: Record<JunkKind, Position[]> = {
	syndication: ['glued', 'end', 'top'],
	promo: ['middle', 'end'],
	share: ['top', 'end'],
	newsletter: ['middle', 'end'],
	source: ['end', 'top'],
	disclaimer: ['end', 'top'],
	cookie: ['top', 'end'],
	caption: ['middle', 'top'],
	byline: ['top'],
	related: ['end', 'middle'],
	embed: ['middle'],
	'title-repeat': ['top'],
	'pull-quote': ['middle'],
	'price-widget': ['top', 'middle'],
};

/** One document: a body, its title, and junk of `kindsPerDoc` kinds, each line labelled. */
export function generateDoc(body: Body, lang: Lang, options: GenerateOptions, random: Random): JunkDoc {
	const { title, paragraphs } = titleOf(body);
	const fill: Fill = { lang, title, orig: pick(random, options.names.orig), names: options.names, random, used: new Set() };
	const kinds = [...JUNK_KINDS].sort(() => random() - 0.5).slice(0, options.kindsPerDoc ?? 4);
	const top: Line[] = [];
	const middle: Line[][] = [];
	const end: Line[] = [];
	let glued: string | null = null;
	for (const kind of kinds) {
		const position = pick(random, POSITIONS[kind]);
		let texts: string[];
		if (kind === 'title-repeat') texts = [titleRepeat(fill, options.variant)];
		else if (kind === 'price-widget') texts = priceWidget(fill, options.variant);
		else if (kind === 'pull-quote') texts = [pullQuote(paragraphs, random) ?? title];
		else texts = render(pick(random, options.templates[kind][lang]), fill).split('\n');
		const lines = texts.map((text) => ({ text, kind }));
		if (position === 'glued') {
			glued = texts.join(' ');
			// Repeated: the same blurb again at the end, as aggregators do.
			if (random() < 0.4) end.push({ text: glued, kind });
		} else if (position === 'top' && kind === 'title-repeat') top.unshift(...lines);
		else if (position === 'top') top.push(...lines);
		else if (position === 'end') end.push(...lines);
		else middle.push(lines);
	}
	const lines: Line[] = [...top];
	paragraphs.forEach((paragraph, index) => {
		if (index === 0 && glued) lines.push({ text: glued, kind: 'syndication', gluedTo: paragraph });
		// Articles have short lines of their own (subheadings, list items): body lines the cleaner must keep.
		// The paragraph they are made from is left out, so that they do not repeat any text of the body.
		if (index >= 2 && index < paragraphs.length - 1 && random() < 0.2) lines.push(...bodyStructure(paragraph, random).map((text) => ({ text, kind: null })));
		else lines.push({ text: paragraph, kind: null });
		// Middle junk goes between paragraphs, never before the first or after the last.
		if (index > 0 && index < paragraphs.length - 1 && middle.length > 0 && random() < 0.5) lines.push(...(middle.shift() ?? []));
	});
	const last = lines.length - 1;
	for (const box of middle) lines.splice(Math.max(2, last - 1), 0, ...box);
	lines.push(...end);
	return {
		lang,
		title,
		lines,
		expectedSource: kinds.includes('syndication') || kinds.includes('source') ? fill.orig : null,
		junkNames: [...fill.used],
		kinds,
	};
}

/** The document as the cleaner receives it: plain text, one line a paragraph, glued junk on its paragraph's line. */
export function docText(doc: JunkDoc): string {
	const out: string[] = [];
	for (const line of doc.lines) {
		if (line.gluedTo) continue;
		const glued = doc.lines.find((other) => other.gluedTo === line.text && other.kind !== null);
		out.push(glued && line.kind === null ? `${glued.text}${line.text}` : line.text);
	}
	return out.join('\n\n');
}

/** `perLang` documents per body list, round-robin over the bodies. */
export function generateCorpus(bodies: readonly Body[], lang: Lang, perLang: number, options: GenerateOptions): JunkDoc[] {
	const random = createRandom(options.seed);
	const docs: JunkDoc[] = [];
	for (let i = 0; i < perLang && bodies.length > 0; i++) docs.push(generateDoc(bodies[i % bodies.length] as Body, lang, options, random));
	return docs;
}
