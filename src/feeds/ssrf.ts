/**
 * The SSRF guard: a feed URL may only reach public addresses, unless the deployment allows the private network.
 * `checkUrl` runs before every hop (redirects included); `guardedLookup` runs inside the connection itself, so the
 * address connected to is the address checked (no DNS rebinding between check and connect).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface ResolvedAddress {
	address: string;
	family: 4 | 6;
}

/** DNS resolution, injectable for tests: all addresses of a hostname. */
export type LookupFn = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: LookupFn = async (hostname) => {
	const addresses = await dnsLookup(hostname, { all: true, verbatim: true });
	return addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface CheckUrlOptions {
	allowPrivateNetwork?: boolean;
	lookup?: LookupFn;
	/** `host:port` origins exempt from the guard (console mode's in-process sample server). */
	allowHosts?: readonly string[];
}

export type CheckUrlResult = { status: 'ok'; url: URL } | { status: 'blocked'; reason: string };

export async function checkUrl(url: string | URL, options: CheckUrlOptions = {}): Promise<CheckUrlResult> {
	let parsed: URL;
	try {
		parsed = typeof url === 'string' ? new URL(url) : url;
	} catch {
		return { status: 'blocked', reason: `not a URL: ${String(url)}` };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return { status: 'blocked', reason: `scheme ${parsed.protocol} is not allowed` };
	}
	if (parsed.username || parsed.password) return { status: 'blocked', reason: 'credentials in URLs are not allowed' };
	if (options.allowPrivateNetwork || options.allowHosts?.includes(parsed.host)) return { status: 'ok', url: parsed };

	const host = hostnameOf(parsed);
	let addresses: ResolvedAddress[];
	if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
	else {
		try {
			addresses = await (options.lookup ?? systemLookup)(host);
		} catch {
			// Unresolvable is not "blocked": the connection fails and the fetch reports a network error.
			return { status: 'ok', url: parsed };
		}
	}
	const blocked = addresses.find((a) => isBlockedAddress(a.address));
	if (blocked) return { status: 'blocked', reason: `${host} resolves to ${blocked.address}, a non-public address` };
	return { status: 'ok', url: parsed };
}

/** The hostname without IPv6 brackets. */
export function hostnameOf(url: URL): string {
	return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * True for loopback, private, link-local, CGNAT, multicast, unspecified, reserved and documentation ranges,
 * in IPv4, IPv6 and IPv4-mapped/compatible IPv6 forms.
 */
export function isBlockedAddress(address: string): boolean {
	const version = isIP(address);
	if (version === 4) return isBlockedV4(address);
	if (version === 6) return isBlockedV6(address);
	return true;
}

function isBlockedV4(address: string): boolean {
	const [a = 0, b = 0] = address.split('.').map(Number);
	return (
		a === 0 || // "this network", unspecified
		a === 10 ||
		a === 127 ||
		(a === 100 && b >= 64 && b <= 127) || // CGNAT
		(a === 169 && b === 254) || // link-local, cloud metadata
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168) ||
		(a === 192 && b === 0) || // IETF protocol assignments, 192.0.2/24 documentation
		(a === 198 && (b === 18 || b === 19)) || // benchmarking
		a >= 224 // multicast, reserved, broadcast
	);
}

function isBlockedV6(address: string): boolean {
	const words = expandV6(address);
	if (!words) return true;
	const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = words;
	const v4 = `${w6 >> 8}.${w6 & 0xff}.${w7 >> 8}.${w7 & 0xff}`;
	if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0) {
		if (w5 === 0xffff) return isBlockedV4(v4); // ::ffff:a.b.c.d
		if (w5 === 0) return w6 === 0 ? w7 <= 1 || isBlockedV4(v4) : isBlockedV4(v4); // ::, ::1, ::a.b.c.d
	}
	if (w0 === 0x64 && w1 === 0xff9b) return isBlockedV4(v4); // NAT64
	if (w0 === 0x2002) return isBlockedV4(`${w1 >> 8}.${w1 & 0xff}.${w2 >> 8}.${w2 & 0xff}`); // 6to4
	return (
		(w0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
		(w0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
		(w0 & 0xffc0) === 0xfec0 || // site-local (deprecated)
		(w0 & 0xff00) === 0xff00 || // multicast
		(w0 === 0x2001 && w1 === 0x0db8) // documentation
	);
}

function expandV6(address: string): number[] | null {
	let text = address.toLowerCase();
	const zone = text.indexOf('%');
	if (zone >= 0) text = text.slice(0, zone);
	const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (tail?.[1]) {
		const [a = 0, b = 0, c = 0, d = 0] = tail[1].split('.').map(Number);
		text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
	}
	const [head = '', rest] = text.split('::');
	const left = head ? head.split(':') : [];
	const right = rest ? rest.split(':') : [];
	const fill = rest === undefined ? 0 : 8 - left.length - right.length;
	if (fill < 0) return null;
	const words = [...left, ...Array<string>(fill).fill('0'), ...right].map((w) => parseInt(w || '0', 16));
	return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}
