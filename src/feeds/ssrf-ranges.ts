/**
 * The address ranges the SSRF guard refuses, as data (IANA IPv4/IPv6 Special-Purpose Address Registries), and the
 * IPv6 forms that carry an IPv4 address, which are judged by the address they carry.
 */

export interface Range {
	cidr: string;
	why: string;
}

/** IPv4: every range that is not globally reachable unicast. */
export const BLOCKED_V4: readonly Range[] = [
	{ cidr: '0.0.0.0/8', why: '"this network", unspecified' },
	{ cidr: '10.0.0.0/8', why: 'private' },
	{ cidr: '100.64.0.0/10', why: 'shared address space (CGNAT)' },
	{ cidr: '127.0.0.0/8', why: 'loopback' },
	{ cidr: '169.254.0.0/16', why: 'link-local, cloud metadata' },
	{ cidr: '172.16.0.0/12', why: 'private' },
	{ cidr: '192.0.0.0/24', why: 'IETF protocol assignments' },
	{ cidr: '192.0.2.0/24', why: 'documentation (TEST-NET-1)' },
	{ cidr: '192.31.196.0/24', why: 'AS112-v4' },
	{ cidr: '192.52.193.0/24', why: 'AMT' },
	{ cidr: '192.88.99.0/24', why: 'deprecated 6to4 relay anycast' },
	{ cidr: '192.168.0.0/16', why: 'private' },
	{ cidr: '192.175.48.0/24', why: 'direct delegation AS112' },
	{ cidr: '198.18.0.0/15', why: 'benchmarking' },
	{ cidr: '198.51.100.0/24', why: 'documentation (TEST-NET-2)' },
	{ cidr: '203.0.113.0/24', why: 'documentation (TEST-NET-3)' },
	{ cidr: '224.0.0.0/4', why: 'multicast' },
	{ cidr: '240.0.0.0/4', why: 'reserved, limited broadcast' },
];

/**
 * IPv6 forms whose low bits are an IPv4 address (`v4At` is the bit offset from the right where the IPv4 address
 * ends). The carried address decides: `::ffff:127.0.0.1` is loopback, `64:ff9b::8.8.8.8` is public.
 */
export const EMBEDS_V4: readonly (Range & { v4At: number })[] = [
	{ cidr: '::ffff:0:0/96', why: 'IPv4-mapped', v4At: 0 },
	{ cidr: '::ffff:0:0:0/96', why: 'IPv4-translated (SIIT)', v4At: 0 },
	{ cidr: '::/96', why: 'IPv4-compatible (deprecated); also :: and ::1', v4At: 0 },
	{ cidr: '64:ff9b::/96', why: 'NAT64 well-known prefix', v4At: 0 },
	{ cidr: '2002::/16', why: '6to4', v4At: 80 },
];

/** IPv6 outside 2000::/3 is not global unicast; these are the special ranges inside it, plus :: and ::1. */
export const GLOBAL_UNICAST_V6 = '2000::/3';
export const BLOCKED_V6: readonly Range[] = [
	{ cidr: '::/128', why: 'unspecified' },
	{ cidr: '::1/128', why: 'loopback' },
	{ cidr: '64:ff9b:1::/48', why: 'local-use NAT64 (RFC 8215)' },
	{ cidr: '100::/64', why: 'discard-only' },
	{ cidr: '2001::/23', why: 'IETF protocol assignments: Teredo, benchmarking 2001:2::/48, ORCHID' },
	{ cidr: '2001:db8::/32', why: 'documentation' },
	{ cidr: '3fff::/20', why: 'documentation (RFC 9637)' },
	{ cidr: '5f00::/16', why: 'SRv6 SIDs' },
	{ cidr: 'fc00::/7', why: 'unique local' },
	{ cidr: 'fe80::/10', why: 'link-local' },
	{ cidr: 'fec0::/10', why: 'site-local (deprecated)' },
	{ cidr: 'ff00::/8', why: 'multicast' },
];
