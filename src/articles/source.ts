import { REPUBLISHER_PATTERNS } from './rules/index.js';
import { hostNameOf } from './source-line.js';
import type { StatedOrigin } from './source-statement.js';
import type { OriginalSource } from './types.js';

/** Where the cleaning and the page metadata say the article came from, strongest first. */
export interface SourceHints {
	/** Statements of origin read by the grammar (source-statement.ts), in page order. */
	statements?: StatedOrigin[];
	/** "Source: URL" lines in the body. */
	sourceLines: OriginalSource[];
	/** JSON-LD `isBasedOn` / `isBasedOnUrl`. */
	basedOn: string | null;
	/** A `syndication-source` / `original-source` meta tag or link. */
	syndicationSource?: string | null;
	/** JSON-LD `sourceOrganization`, or a `copyrightHolder` other than the publisher. */
	sourceOrganization?: { name: string | null; url: string | null } | null;
	/** Sites named by syndication blurbs ("appeared first on <site>"). */
	blurbSites: string[];
	canonicalUrl: string | null;
	pageUrl: string | null;
	/** The page's own site name: a blurb naming it is the site's own feed footer, not a republisher. */
	siteName: string | null;
	/** Companies named in republishers' disclaimers. */
	disclaimerNames: string[];
}

function organisationSource(organisation: SourceHints['sourceOrganization']): OriginalSource | null {
	if (!organisation) return null;
	const fromUrl = sourceFromUrl(organisation.url);
	if (organisation.name) return { name: organisation.name, url: fromUrl?.url ?? null };
	return fromUrl;
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
 * The one source the statements agree on. A link beats a bare name and a label ("Source : https://…") beats a
 * sentence (an aggregator's "appeared first on <itself>" footer is a sentence), then the most often stated wins, then
 * the first. A name and a link to the same site count as one, named by the link's host.
 */
export function agreedOrigin(statements: readonly StatedOrigin[]): OriginalSource | null {
	const groups: Array<{ name: string; url: string | null; label: boolean; worded: boolean; count: number }> = [];
	for (const statement of statements) {
		const group = groups.find((other) => sameSite(other.name, statement.name));
		const worded = statement.form !== 'link';
		if (!group) groups.push({ name: statement.name, url: statement.url, label: statement.form === 'label', worded, count: 1 });
		else {
			group.count++;
			group.worded ||= worded;
			group.label ||= statement.form === 'label';
			// With a link, the name is its host (OriginalSource's contract), whichever statement gave the link.
			if (!group.url && statement.url) {
				group.url = statement.url;
				group.name = statement.name;
			}
		}
	}
	// A bare link in unknown wording is the weakest statement: any statement in words wins over it.
	const score = (group: (typeof groups)[number]): number =>
		(group.worded ? 10_000 : 0) + (group.url ? 1_000 : 0) + (group.label ? 100 : 0) + Math.min(group.count, 99);
	const best = groups.reduce<(typeof groups)[number] | null>((top, group) => (top === null || score(group) > score(top) ? group : top), null);
	return best ? { name: best.name, url: best.url } : null;
}

/**
 * The original source, strongest evidence first: a statement of origin in the text (source-statement.ts; one naming
 * the page's own site means the page is the original), a link in a "Source:" line, what the metadata declares (JSON-LD
 * `isBasedOn`, a syndication-source tag, JSON-LD `sourceOrganization`/`copyrightHolder`), an og:site_name that is
 * another domain, a canonical link to another site, then the site a blurb says the article "appeared first on".
 */
export function resolveOriginalSource(hints: SourceHints): OriginalSource | null {
	const pageHost = hints.pageUrl ? hostNameOf(hints.pageUrl) : null;
	const own = (source: OriginalSource): boolean =>
		(pageHost !== null && sameSite(pageHost, source.url ? (hostNameOf(source.url) ?? source.name) : source.name)) ||
		(hints.siteName !== null && sameSite(hints.siteName, source.name));
	const fromMeta = [sourceFromUrl(hints.basedOn), sourceFromUrl(hints.syndicationSource ?? null), organisationSource(hints.sourceOrganization)];
	const stated = agreedOrigin((hints.statements ?? []).filter((source) => !own(source)));
	// The metadata's link to the site the text names: the same source, with the address to show.
	const linked = stated && !stated.url ? [...fromMeta, ...hints.sourceLines].find((source) => source?.url && sameSite(source.name, stated.name)) : null;
	if (stated) return linked ?? stated;
	// A named source line the grammar did not read is a guess from the line's last capitalised words: only a link
	// is trusted ("Veröffentlicht am 6. Juni" is a dateline, not a source named "Juni").
	const explicit = hints.sourceLines.find((source) => source.url);
	if (explicit) return explicit;
	const declared = fromMeta.find((source) => source !== null && !own(source));
	if (declared) return declared;
	const canonical = sourceFromUrl(hints.canonicalUrl);
	// An og:site_name that is another domain ("coastalledger.com" on aggregator.net) says plainly where the text is
	// from; a site name in words ("BBC News" on bbc.co.uk) too often differs from its host to be read that way.
	const namedDomain = hints.siteName && /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/iu.test(hints.siteName) ? hints.siteName.toLowerCase().replace(/^www\./u, '') : null;
	if (namedDomain && pageHost && !sameSite(namedDomain, pageHost)) return { name: namedDomain, url: canonical && sameSite(canonical.name, namedDomain) ? canonical.url : null };
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
