import { endsLikeSentence } from './pieces.js';
import { ERROR_PAGE_PATTERNS, PAYWALL_PATTERNS, TEMPLATE_PATTERNS } from './rules/refusal.js';
import type { Article } from './types.js';

/** Why a page is not briefed. */
export type RefusalReason = 'not-an-article' | 'too-short' | 'template-markup';

export interface Refusal {
	reason: RefusalReason;
	/** What was seen, for logs and for the user who asked for the page. */
	detail: string;
}

export interface RefuseOptions {
	/** The raw page, when there is one: a page of scripts with no text is an application shell. */
	html?: string;
	/** Fewer words than this is too short to brief (0 turns the check off: a feed's own summary may be short). */
	minWords: number;
}

// A page of prose has a few real paragraphs; an error page or a stub has a line or two.
const SHORT_PAGE_CHARS = 1_500;
const MIN_PROSE_CHARS = 100;
const MIN_LISTING_PARAGRAPHS = 8;
const MIN_SHELL_SCRIPTS = 3;
const MIN_TEMPLATE_HITS = 2;
const MIN_ARTICLE_PROSE = 3;

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const isProse = (text: string): boolean => text.length >= MIN_PROSE_CHARS && endsLikeSentence(text);

function templateHits(text: string): number {
	return TEMPLATE_PATTERNS.reduce((sum, pattern) => sum + (text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0), 0);
}

/**
 * Whether a cleaned page is an article to brief, or what it is instead: unrendered template markup, an application
 * shell of scripts, an error page, a paywall stub, a listing of headlines, or too little text. Null means an article.
 */
export function refuseArticle(article: Article, options: RefuseOptions): Refusal | null {
	const text = article.text;
	const head = [article.title, ...article.paragraphs.slice(0, 3).map((p) => p.text)].join('\n');
	const prose = article.paragraphs.filter((p) => isProse(p.text));
	// The cleaner may already have cut the paywall's notice, the listing's links or the template's lines: what it
	// removed still tells what the page is.
	const removed = article.removed.map((piece) => piece.text).join('\n');
	const hits = templateHits(`${article.title}\n${text}\n${removed}`);
	// One stray "{{" can sit in an article about code; markup in a page with little prose is a template.
	if (hits >= MIN_TEMPLATE_HITS || (hits >= 1 && prose.length < 3)) {
		return { reason: 'template-markup', detail: `${hits} unrendered template expressions` };
	}
	if (text.length < SHORT_PAGE_CHARS && ERROR_PAGE_PATTERNS.some((pattern) => pattern.test(head))) {
		return { reason: 'not-an-article', detail: 'an error page' };
	}
	if (text.length < SHORT_PAGE_CHARS && PAYWALL_PATTERNS.some((pattern) => pattern.test(text) || pattern.test(removed))) {
		return { reason: 'not-an-article', detail: 'a paywall stub' };
	}
	// Kept short lines alone do not make a listing: tables, recipes and deal lists are articles too (the benchmark's
	// standings and meal plans). Links to other pages, which the cleaner took out, do.
	const links = article.removed.filter((piece) => piece.reason === 'read-more').length;
	if (links >= MIN_LISTING_PARAGRAPHS && prose.length < MIN_ARTICLE_PROSE) {
		return { reason: 'not-an-article', detail: `a listing: ${links} links to other pages, ${prose.length} lines of prose` };
	}
	const scripts = options.html ? (options.html.match(/<script\b/giu)?.length ?? 0) : 0;
	const count = words(text);
	if (options.minWords > 0 && count < options.minWords) {
		if (scripts >= MIN_SHELL_SCRIPTS) return { reason: 'not-an-article', detail: `an application shell: ${scripts} scripts, ${count} words` };
		return { reason: 'too-short', detail: `${count} words` };
	}
	return null;
}
