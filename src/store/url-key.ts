const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|guccounter|ref|ref_src|smid|mod|at_medium|at_campaign)$/i;

/**
 * A key under which two spellings of one article URL collide: scheme, "www.", default port, fragment,
 * tracking parameters, parameter order and a trailing slash do not matter. Null for anything not http(s).
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
	const params = [...parsed.searchParams.entries()]
		.filter(([name]) => !TRACKING_PARAM.test(name))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
	const pathname = parsed.pathname.replace(/\/+$/, '') || '/';
	const port = parsed.port ? `:${parsed.port}` : '';
	return `${host}${port}${pathname}${query}`;
}
