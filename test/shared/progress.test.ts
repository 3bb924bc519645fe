import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/shared/progress.js';

function sink(isTTY: boolean) {
	const writes: string[] = [];
	return { isTTY, writes, write: (t: string) => writes.push(t) };
}

describe('createProgress', () => {
	it('prints plain lines, one per tenth, when the output is not a terminal', () => {
		const out = sink(false);
		const progress = createProgress('feeds', 100, out);
		for (let i = 0; i < 100; i++) progress.tick();
		progress.done();
		expect(out.writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
		expect(out.writes.length).toBeLessThanOrEqual(12);
		expect(out.writes.at(-1)).toMatch(/feeds: 100\/100 \(100%\)/);
	});

	it('redraws one line on a terminal', () => {
		const out = sink(true);
		const progress = createProgress('pages', 3, out);
		progress.tick(3);
		progress.done('ok');
		expect(out.writes[0]).toMatch(/^\rpages: 3\/3/);
		expect(out.writes.at(-1)).toMatch(/— ok/);
	});
});
