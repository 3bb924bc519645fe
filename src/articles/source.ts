import { REPUBLISHER_PATTERNS } from './rules/index.js';
import { hostNameOf } from './source-line.js';
import type { OriginalSource } from './types.js';

/** Where the cleaning and the page metadata say the article came from, strongest first. */
export interface SourceHints {
	/** "Source: URL" lines in the body. */
	sourceLines: OriginalSource[];
	/** JSON-LD `isBasedOn` / `isBasedOnUrl`. */
	basedOn: string | null;
	/** Sites named by syndication blurbs ("appeared first on <site>"). */
	blurbSites: string[];
	canonicalUrl: string | null;
	pageUrl: string | null;
	/** The page's own site name: a blurb naming it is the site's own feed footer, not a republisher. */
	siteName: string | null;
	/** Companies named in republishers' disclaimers. */
	disclaimerNames: string[];
}

function sourceFromUrl(url: string | null): OriginalSource | null {
	const host = url ? hostNameOf(url) : null;
	return host && url ? { name: host, url } : null;
}

/** "Coastal Ledger", "coastalledger.co.uk" and "CoastalLedger.com" name one site. */
export function sameSite(name: string, other: string): boolean {
	const compact = (text: string): string => text.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
	const a = compact(name);
	const b = compact(other);
	if (!a || !b) return false;
	const labelA = compact(name.toLowerCase().replace(/^www\./, '').split('.')[0] ?? '');
	const labelB = compact(other.toLowerCase().replace(/^www\./, '').split('.')[0] ?? '');
	return a === b || (labelA.length >= 4 && labelA === labelB) || b.startsWith(a) || a.startsWith(b);
}

/**
 * The original source: an explicit "Source:" line, then JSON-LD `isBasedOn`, then a canonical link pointing to
 * another site than the page, then the site a blurb says the article "appeared first on".
 */
export function resolveOriginalSource(hints: SourceHints): OriginalSource | null {
	const explicit = hints.sourceLines.find((source) => source.url) ?? hints.sourceLines[0];
	if (explicit) return explicit;
	const basedOn = sourceFromUrl(hints.basedOn);
	if (basedOn) return basedOn;
	const canonical = sourceFromUrl(hints.canonicalUrl);
	const pageHost = hints.pageUrl ? hostNameOf(hints.pageUrl) : null;
	if (canonical && pageHost && canonical.name !== pageHost) return canonical;
	const site = hints.blurbSites[0];
	if (site && hints.siteName && canonical && sameSite(site, hints.siteName)) return canonical;
	if (site) {
		const host = /^[\w-]+(?:\.[\w-]+)+$/u.test(site) ? site.toLowerCase().replace(/^www\./, '') : null;
		return { name: host ?? site, url: null };
	}
	return null;
}

/** The republishers: blurb sites other than the original source, and companies behind disclaimers. */
export function resolveRepublishers(hints: SourceHints, original: OriginalSource | null): string[] {
	const names = [
		...hints.blurbSites.filter(
			(site) => !(original && sameSite(site, original.name)) && !(hints.siteName && sameSite(site, hints.siteName)),
		),
		...hints.disclaimerNames,
	];
	const seen = new Set<string>();
	return names.filter((name) => {
		const key = name.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

// Words that open sentences in disclaimers; never a company name.
const COMMON_CAPITALISED = /^(?:The|This|These|All|If|Any|We|You|It|They|Les|Le|La|Ils|Elles|Si|Tous|Toutes|Ces|Cet|Cette|Nous|Vous|Der|Die|Das|Alle|Wir|Sie|Los|Las|El|Si|Todos|Estos|Este|Esta)$/u;

/**
 * The company behind a disclaimer: named by a pattern ("the views of X") or, failing that, the capitalised name it
 * repeats most (a disclaimer names its publisher again and again).
 */
export function findDisclaimerNames(disclaimer: string): string[] {
	for (const pattern of REPUBLISHER_PATTERNS) {
		const name = pattern.exec(disclaimer)?.groups?.['name'];
		if (name && !COMMON_CAPITALISED.test(name)) return [name.replace(/[.]$/u, '')];
	}
	const counts = new Map<string, number>();
	for (const match of disclaimer.matchAll(/(?<![.!?:]\s|^)\b\p{Lu}[\p{L}\p{N}&-]*[\p{Lu}\p{N}][\p{L}\p{N}&-]*\b/gu)) {
		counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
	}
	const best = [...counts.entries()].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1])[0];
	return best ? [best[0]] : [];
}
