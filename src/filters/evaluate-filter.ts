/**
 * Evaluates a parsed filter on a brief and says which clause decided. Each field of the brief is lowercased once
 * (accent-folded only when it holds accented letters), cached per brief object since one brief is checked for every
 * guild that follows its feed. A term is then found with `indexOf` and its word boundaries checked by hand: a
 * whole-word, whole-phrase match without any regex, in time linear in the field times the term's length.
 * Texts in scripts written without spaces (Chinese, Japanese) go through the word splitter instead, where every
 * character is a word, exactly as /subscribe reads them.
 */
import type { Brief } from '../briefs/types.js';
import { foldText, normalizeName, splitWords } from '../subscriptions/fold-text.js';
import type { FilterNode, ParsedFilter } from './parse-filter.js';

export interface FilterVerdict {
	pass: boolean;
	/** The smallest clause that decided the outcome, as the user typed it. */
	clause: string;
	/** Whether that clause was found in the brief (false: the brief lacks it). */
	clauseMatched: boolean;
}

/** A brief's fields as the matcher reads them, each computed on first use. */
interface BriefView {
	brief: Brief;
	texts?: SearchText[];
	entities?: Set<string>;
	topics?: Set<string>;
	sources?: SearchText[];
}

/** A lowercased field and whether its words are spaced (else it was split into words joined by spaces). */
interface SearchText {
	text: string;
}

const views = new WeakMap<Brief, BriefView>();
const ACCENTED = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// One plain character class (no Unicode properties) that catches both cases above, so that the common text, ASCII
// with curly quotes and dashes, is scanned once by a cheap test before being lowercased.
const NEEDS_CARE = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function evaluateFilter(filter: ParsedFilter, brief: Brief): FilterVerdict {
	let view = views.get(brief);
	if (!view) {
		view = { brief };
		views.set(brief, view);
	}
	const decided = evaluate(filter.root, view);
	return { pass: decided.value, clause: filter.source.slice(decided.by.start, decided.by.end), clauseMatched: decided.matched };
}

interface Outcome {
	value: boolean;
	by: FilterNode;
	/** For the deciding term: found or not. */
	matched: boolean;
}

// Depth is bounded by the parser (MAX_FILTER_DEPTH parentheses, one NOT per term), so recursion is safe.
function evaluate(node: FilterNode, view: BriefView): Outcome {
	if (node.kind === 'term') {
		const found = matchTerm(node, view);
		return { value: found, by: node, matched: found };
	}
	if (node.kind === 'not') {
		const inner = evaluate(node.child, view);
		return { value: !inner.value, by: inner.by.kind === 'term' ? node : inner.by, matched: inner.matched };
	}
	// AND stops at its first false child, OR at its first true one: that child is the reason.
	const stopOn = node.kind === 'or';
	let last: Outcome | null = null;
	for (const child of node.children) {
		last = evaluate(child, view);
		if (last.value === stopOn) return last;
	}
	// Every child agreed: an AND that passed, or an OR that failed, is decided by the whole group.
	return { value: !stopOn, by: node, matched: (last as Outcome).matched };
}

function matchTerm(node: Extract<FilterNode, { kind: 'term' }>, view: BriefView): boolean {
	const brief = view.brief;
	switch (node.field) {
		case 'text':
			view.texts ??= [brief.title, ...brief.summary, brief.text, ...brief.topics].map(searchText);
			return anyHasPhrase(view.texts, node.words);
		case 'entity':
			view.entities ??= new Set(brief.entities.flatMap((e) => [e.name, ...e.aliases]).map(normalizeName));
			return view.entities.has(node.words.join(' '));
		case 'topic':
			view.topics ??= new Set(brief.topics.map(normalizeName));
			return view.topics.has(node.words.join(' ')) || view.topics.has(node.words.join(''));
		case 'lang': {
			const language = brief.language.toLowerCase();
			const wanted = node.words[0] as string;
			return language === wanted || language.startsWith(`${wanted}-`);
		}
		case 'source':
			view.sources ??= [brief.siteName, brief.originalSource?.name, hostOf(brief.url), hostOf(brief.canonicalUrl), ...brief.republishedVia]
				.filter((s): s is string => Boolean(s))
				.map(searchText);
			return anyHasPhrase(view.sources, node.words);
	}
}

function anyHasPhrase(fields: readonly SearchText[], words: readonly string[]): boolean {
	for (let i = 0; i < fields.length; i++) if (hasPhrase((fields[i] as SearchText).text, words)) return true;
	return false;
}

function searchText(raw: string): SearchText {
	if (!NEEDS_CARE.test(raw)) return { text: raw.toLowerCase() };
	if (UNSPACED.test(raw)) return { text: ` ${splitWords(raw).join(' ')} ` };
	return { text: ACCENTED.test(raw) ? foldText(raw) : raw.toLowerCase() };
}

/**
 * Whether `words` occur in `text` as consecutive whole words, separated by anything that is not a letter or digit.
 * Each candidate start is an `indexOf` hit of the first word, so the scan never goes back further than one word.
 */
export function hasPhrase(text: string, words: readonly string[]): boolean {
	const first = words[0];
	if (!first) return false;
	for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
		if (isWordChar(text, at - 1)) continue;
		let end = at + first.length;
		let ok = true;
		for (let k = 1; k < words.length && ok; k++) {
			const word = words[k] as string;
			// At least one separator: "batterypowered" is not "battery powered".
			if (end >= text.length || isWordChar(text, end)) ok = false;
			while (ok && end < text.length && !isWordChar(text, end)) end++;
			if (ok && text.startsWith(word, end)) end += word.length;
			else ok = false;
		}
		if (ok && !isWordChar(text, end)) return true;
	}
	return false;
}

function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	// Surrogate pairs: test the whole code point.
	const char = code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : code >= 0xdc00 && code <= 0xdfff ? text.slice(index - 1, index + 1) : text[index];
	return LETTER_OR_DIGIT.test(char as string);
}

function hostOf(url: string | null): string | null {
	if (!url || !URL.canParse(url)) return null;
	return new URL(url).hostname;
}
