import { describe, expect, it } from 'vitest';
import { isBlockedAddress } from '../../src/feeds/ssrf.js';
import { BLOCKED_V4, BLOCKED_V6 } from '../../src/feeds/ssrf-ranges.js';

function v4(n: number): string {
	return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function v4Bounds(cidr: string): { first: string; last: string; before: string; after: string } {
	const [base = '', bits = '0'] = cidr.split('/');
	const start = base.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
	const size = 2 ** (32 - Number(bits));
	return { first: v4(start), last: v4(start + size - 1), before: v4(Math.max(0, start - 1)), after: v4(Math.min(2 ** 32 - 1, start + size)) };
}

describe('IPv4 table: every range refused from its first to its last address', () => {
	it.each(BLOCKED_V4.map((r) => [r.cidr, r.why]))('%s (%s)', (cidr) => {
		const { first, last } = v4Bounds(cidr);
		expect(isBlockedAddress(first)).toBe(true);
		expect(isBlockedAddress(last)).toBe(true);
	});

	it('allows the public neighbours of the ranges', () => {
		const neighbours = BLOCKED_V4.flatMap((r) => [v4Bounds(r.cidr).before, v4Bounds(r.cidr).after]);
		const isInside = (a: string) => BLOCKED_V4.some((r) => {
			const { first, last } = v4Bounds(r.cidr);
			const n = (s: string) => s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
			return n(a) >= n(first) && n(a) <= n(last);
		});
		const publicOnes = neighbours.filter((a) => !isInside(a));
		expect(publicOnes.length).toBeGreaterThan(10);
		for (const address of publicOnes) expect([address, isBlockedAddress(address)]).toEqual([address, false]);
	});
});

describe('IPv6 table', () => {
	it.each(BLOCKED_V6.map((r) => [r.cidr, r.why]))('refuses the base address of %s (%s)', (cidr) => {
		const base = cidr.split('/')[0] ?? '';
		expect(isBlockedAddress(base)).toBe(true);
		expect(isBlockedAddress(base.endsWith('::') ? `${base}1` : base)).toBe(true);
	});

	it.each([
		['::ffff:127.0.0.1', 'IPv4-mapped loopback, dotted'],
		['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
		['::ffff:0:7f00:1', 'IPv4-translated loopback (::ffff:0:0:0/96)'],
		['::ffff:0:a9fe:a9fe', 'IPv4-translated metadata address'],
		['::127.0.0.1', 'IPv4-compatible loopback'],
		['64:ff9b::7f00:1', 'NAT64 of loopback'],
		['64:ff9b::10.0.0.1', 'NAT64 of a private address'],
		['64:ff9b:1::8.8.8.8', 'local-use NAT64'],
		['2002:7f00:1::', '6to4 of loopback'],
		['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
		['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
		['2001:2::1', 'benchmarking'],
		['2001:db8::1', 'documentation'],
		['3fff::1', 'documentation (RFC 9637)'],
		['100::1', 'discard-only'],
		['fe80::1%eth0', 'link-local with a zone'],
		['4000::1', 'outside global unicast'],
		['::ffff:198.51.100.7', 'IPv4-mapped documentation'],
	])('refuses %s (%s)', (address) => {
		expect(isBlockedAddress(address)).toBe(true);
	});

	it.each([
		['2606:4700:4700::1111', 'public'],
		['::ffff:8.8.8.8', 'IPv4-mapped public'],
		['::ffff:0:808:808', 'IPv4-translated public'],
		['64:ff9b::8.8.8.8', 'NAT64 of a public address'],
		['2002:808:808::1', '6to4 of a public address'],
	])('allows %s (%s)', (address) => {
		expect(isBlockedAddress(address)).toBe(false);
	});

	it('refuses what is not an address at all', () => {
		expect(isBlockedAddress('not-an-ip')).toBe(true);
	});
});
