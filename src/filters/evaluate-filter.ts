/**
 * Evaluates a parsed filter on a brief and says which clause decided. The brief's fields are folded to
 * space-separated words once (cached per brief object, since one brief is checked for every guild that follows
 * its feed); each term is then one substring search padded with spaces, which is a whole-word match without
 * any regex. Cost: one pass over the brief plus, per term, a search of the folded text: linear in both.
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

interface BriefView {
	text: string;
	entities: Set<string>;
	topics: Set<string>;
	language: string;
	sources: string;
}

const views = new WeakMap<Brief, BriefView>();
const NON_WORD_ASCII = /[^a-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function evaluateFilter(filter: ParsedFilter, brief: Brief): FilterVerdict {
	const view = viewOf(brief);
	const decided = evaluate(filter.root, view);
	const node = decided.by;
	return { pass: decided.value, clause: filter.source.slice(node.start, node.end), clauseMatched: decided.matched };
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
	switch (node.field) {
		case 'text':
			return view.text.includes(` ${node.words.join(' ')} `);
		case 'entity':
			return view.entities.has(node.words.join(' '));
		case 'topic':
			return view.topics.has(node.words.join(' ')) || view.topics.has(node.words.join(''));
		case 'lang': {
			const wanted = node.words[0] as string;
			return view.language === wanted || view.language.startsWith(`${wanted}-`);
		}
		case 'source':
			return view.sources.includes(` ${node.words.join(' ')} `);
	}
}

function viewOf(brief: Brief): BriefView {
	let view = views.get(brief);
	if (view) return view;
	const sources = [brief.siteName, brief.originalSource?.name, hostOf(brief.url), hostOf(brief.canonicalUrl), ...brief.republishedVia];
	view = {
		// Title and text are kept apart by a newline-made space, so a phrase never spans them.
		text: ` ${toWords(brief.title)} | ${toWords(brief.summary.join('\n'))} | ${toWords(brief.text)} | ${brief.topics.map(toWords).join(' | ')} `,
		entities: new Set(brief.entities.flatMap((e) => [e.name, ...e.aliases]).map(normalizeName)),
		topics: new Set(brief.topics.map(normalizeName)),
		language: brief.language.toLowerCase(),
		sources: ` ${sources.filter((s): s is string => Boolean(s)).map(toWords).join(' | ')} `,
	};
	views.set(brief, view);
	return view;
}

/** Folded words joined by single spaces; plain ASCII skips the Unicode word split. */
function toWords(text: string): string {
	if (!NON_ASCII.test(text)) return foldText(text).replace(NON_WORD_ASCII, ' ').trim();
	return splitWords(text).join(' ');
}

function hostOf(url: string | null): string | null {
	if (!url || !URL.canParse(url)) return null;
	return new URL(url).hostname;
}
