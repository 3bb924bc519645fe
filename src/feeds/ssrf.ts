/**
 * The SSRF guard: a feed URL may only reach public addresses, unless the deployment allows the private network.
 * `checkUrl` runs before every hop (redirects included); `guardedLookup` runs inside the connection itself, so the
 * address connected to is the address checked (no DNS rebinding between check and connect).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { BLOCKED_V4, BLOCKED_V6, EMBEDS_V4, GLOBAL_UNICAST_V6 } from './ssrf-ranges.js';

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
 * True for every address that is not globally reachable unicast (tables in ssrf-ranges.ts), in IPv4, IPv6 and every
 * IPv6 form that carries an IPv4 address (mapped, translated, compatible, NAT64, 6to4).
 */
export function isBlockedAddress(address: string): boolean {
	const version = isIP(address);
	if (version === 4) return isBlockedV4(v4ToBigInt(address));
	if (version === 6) {
		const value = v6ToBigInt(address);
		return value === null || isBlockedV6(value);
	}
	return true;
}

interface Cidr {
	base: bigint;
	bits: number;
	width: number;
}

function parseCidr(cidr: string): Cidr {
	const [address = '', prefix = '0'] = cidr.split('/');
	const width = address.includes(':') ? 128 : 32;
	const base = width === 128 ? v6ToBigInt(address) : v4ToBigInt(address);
	if (base === null) throw new Error(`bad range ${cidr}`);
	return { base, bits: Number(prefix), width };
}

function contains(range: Cidr, value: bigint): boolean {
	const shift = BigInt(range.width - range.bits);
	return value >> shift === range.base >> shift;
}

const V4 = BLOCKED_V4.map((r) => parseCidr(r.cidr));
const V6 = BLOCKED_V6.map((r) => parseCidr(r.cidr));
const EMBEDDED = EMBEDS_V4.map((r) => ({ ...parseCidr(r.cidr), v4At: BigInt(r.v4At) }));
const GLOBAL = parseCidr(GLOBAL_UNICAST_V6);

function isBlockedV4(value: bigint): boolean {
	return V4.some((range) => contains(range, value));
}

function isBlockedV6(value: bigint): boolean {
	if (V6.some((range) => contains(range, value))) return true;
	const carrier = EMBEDDED.find((range) => contains(range, value));
	if (carrier) return isBlockedV4((value >> carrier.v4At) & 0xffffffffn);
	return !contains(GLOBAL, value);
}

function v4ToBigInt(address: string): bigint {
	return address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part) & 0xff), 0n);
}

function v6ToBigInt(address: string): bigint | null {
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
	if (words.length !== 8 || !words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff)) return null;
	return words.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}
