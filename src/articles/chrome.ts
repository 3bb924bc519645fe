import { collapseWhitespace } from './pieces.js';
import type { RemovalReason, Removed } from './types.js';

/** The slice of a DOM element the chrome filter needs (linkedom's Element satisfies it). */
export interface ChromeElement {
	tagName: string;
	children: ArrayLike<ChromeElement>;
	textContent: string | null;
	getAttribute(name: string): string | null;
	querySelectorAll(selector: string): Iterable<ChromeElement>;
	remove(): void;
}

// Elements that are page furniture whatever their class.
const CHROME_TAGS = new Map<string, RemovalReason>([
	['NAV', 'chrome'],
	['FOOTER', 'chrome'],
	['ASIDE', 'chrome'],
	['FORM', 'chrome'],
	['MENU', 'chrome'],
	['DIALOG', 'chrome'],
	['INPUT', 'chrome'],
	['FIGCAPTION', 'caption'],
]);

// class/id tokens (split on separators and camelCase) that name page furniture, with the reason they stand for.
const CHROME_TOKENS = new Map<string, RemovalReason>([
	...['share', 'sharing', 'sharebar', 'sharethis', 'addthis', 'shares'].map((t) => [t, 'share'] as const),
	...['newsletter', 'subscribe', 'subscription', 'signup', 'optin'].map((t) => [t, 'newsletter'] as const),
	...['related', 'outbrain', 'taboola', 'recommended', 'recirc', 'recirculation', 'trending', 'popular', 'readmore', 'more-stories'].map(
		(t) => [t, 'read-more'] as const,
	),
	...['comments', 'comment', 'disqus', 'respond'].map((t) => [t, 'chrome'] as const),
	...['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'sidebar', 'masthead', 'toolbar', 'pagination', 'skip', 'tags', 'topics'].map(
		(t) => [t, 'chrome'] as const,
	),
	...['byline', 'author', 'authors', 'dateline', 'timestamp'].map((t) => [t, 'byline'] as const),
	...['caption', 'figcaption', 'wp-caption-text'].map((t) => [t, 'caption'] as const),
	...['credit', 'credits', 'copyright'].map((t) => [t, 'credit'] as const),
	...['promo', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsored', 'sponsor', 'dfp', 'banner'].map((t) => [t, 'promo'] as const),
	...['cookie', 'cookies', 'consent', 'gdpr'].map((t) => [t, 'cookie'] as const),
	...['modal', 'popup', 'overlay', 'print'].map((t) => [t, 'chrome'] as const),
]);
// Containers a page hangs everything on: never dropped, whatever their classes say.
const PROTECTED_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'HEAD', 'BLOCKQUOTE']);
// An element holding this share of the page's prose is the content, even with a misleading class ("has-ads").
const MAX_PROSE_SHARE = 0.3;
// Paragraphs this long are prose; menus and link lists are made of short ones.
const MIN_PROSE_CHARS = 80;
const MAX_RECORDED = 40;
const MAX_RECORDED_CHARS = 300;

function tokensOf(element: ChromeElement): string[] {
	const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
	if (!names.trim()) return [];
	return names
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

function reasonFor(element: ChromeElement): RemovalReason | null {
	const byTag = CHROME_TAGS.get(element.tagName.toUpperCase());
	if (byTag) return byTag;
	for (const token of tokensOf(element)) {
		const reason = CHROME_TOKENS.get(token);
		if (reason) return reason;
	}
	return null;
}

/**
 * Drops page chrome by tag and by class/id tokens before Readability sees the page, recording what went. The walk is
 * iterative so deep markup cannot overflow the stack.
 */
function proseCharsOf(element: ChromeElement): number {
	let total = 0;
	for (const paragraph of element.querySelectorAll('p')) {
		const length = paragraph.textContent?.length ?? 0;
		if (length >= MIN_PROSE_CHARS) total += length;
	}
	return total;
}

export function removeChrome(root: ChromeElement): Removed[] {
	const pageProse = proseCharsOf(root);
	const removed: Removed[] = [];
	const stack: ChromeElement[] = [root];
	while (stack.length > 0) {
		const element = stack.pop() as ChromeElement;
		const tag = element.tagName.toUpperCase();
		const reason = PROTECTED_TAGS.has(tag) ? null : reasonFor(element);
		if (reason) {
			if (proseCharsOf(element) <= pageProse * MAX_PROSE_SHARE) {
				const text = collapseWhitespace(element.textContent ?? '');
				element.remove();
				if (text && removed.length < MAX_RECORDED) {
					removed.push({ text: text.length > MAX_RECORDED_CHARS ? `${text.slice(0, MAX_RECORDED_CHARS)}…` : text, reason });
				}
				continue;
			}
		}
		// linkedom builds `children` afresh on every access: read it once.
		const children = Array.from(element.children);
		for (let i = children.length - 1; i >= 0; i--) {
			const child = children[i];
			if (child) stack.push(child);
		}
	}
	return removed;
}
