import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import type { MakeStore } from './make-store.js';

export function describeBoilerplateStoreContract(makeStore: MakeStore): void {
	describe('BoilerplateStore', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('counts articles and the articles each line appeared in, per domain', async () => {
			await store.boilerplate.record('a.example', ['footer', 'share', 'footer']);
			await store.boilerplate.record('a.example', ['footer', 'unique-1']);
			await store.boilerplate.record('b.example', ['footer']);
			const a = await store.boilerplate.load('a.example');
			expect(a.articles).toBe(2);
			expect(Object.fromEntries(a.lines)).toEqual({ footer: 2, share: 1, 'unique-1': 1 });
			expect((await store.boilerplate.load('b.example')).lines.get('footer')).toBe(1);
			expect(await store.boilerplate.load('c.example')).toEqual({ articles: 0, lines: new Map() });
		});

		it('keeps at most maxLines per domain, dropping the rarest lines first', async () => {
			for (let i = 0; i < 5; i++) await store.boilerplate.record('a.example', ['menu', `line-${i}`], 3);
			const { lines } = await store.boilerplate.load('a.example');
			expect(lines.size).toBeLessThanOrEqual(3);
			expect(lines.get('menu')).toBe(5);
		});
	});
}
