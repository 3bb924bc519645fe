/** Tracking parameters that never change what a URL points to. */
const TRACKING_PARAMS =
	/^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|yclid|ocid|cmpid|guccounter|ref|ref_src|smid|mod|at_medium|at_campaign)$/i;

/**
 * A key under which two spellings of one URL collide: scheme, "www.", case of the host, fragment, tracking
 * parameters, parameter order and a trailing slash do not matter. The scheme is left out, so a site moving from
 * http to https keeps its items and stories. Null for anything not http(s).
 * Feed item identity and the store's article keys both use it, so they agree on what "the same link" is.
 */
export function urlKey(url: string | null | undefined): string | null {
	if (!url) return null;
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return null;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
	const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
	const params = [...parsed.searchParams.entries()].filter(([name]) => !TRACKING_PARAMS.test(name));
	params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
	const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
	const pathname = parsed.pathname.replace(/\/+$/, '') || '/';
	return `${host}${parsed.port ? `:${parsed.port}` : ''}${pathname}${query}`;
}
