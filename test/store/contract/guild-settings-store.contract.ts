import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import type { MakeStore } from './make-store.js';

export function describeGuildSettingsStoreContract(makeStore: MakeStore): void {
	describe('GuildSettingsStore', () => {
		let store: Store;
		beforeEach(async () => {
			store = await makeStore();
		});
		afterEach(async () => {
			await store.close();
		});

		it('has nothing for a guild that never set anything', async () => {
			expect(await store.guildSettings.get('g1')).toBeNull();
		});

		it('keeps the setting a change leaves out, and each guild its own settings', async () => {
			expect(await store.guildSettings.update('g1', { language: 'fr' }, 1_000)).toEqual({
				guildId: 'g1',
				language: 'fr',
				summary: 'extractive',
				updatedAt: 1_000,
			});
			await store.guildSettings.update('g1', { summary: 'abstractive' }, 2_000);
			await store.guildSettings.update('g2', { language: 'de' }, 3_000);
			expect(await store.guildSettings.get('g1')).toEqual({ guildId: 'g1', language: 'fr', summary: 'abstractive', updatedAt: 2_000 });
			expect(await store.guildSettings.get('g2')).toMatchObject({ language: 'de', summary: 'extractive' });
			await store.guildSettings.update('g1', { language: 'original', summary: 'extractive' }, 4_000);
			expect(await store.guildSettings.get('g1')).toMatchObject({ language: 'original', summary: 'extractive' });
		});

		it('refuses a summary mode outside the two it knows, keeping what was stored', async () => {
			await store.guildSettings.update('g1', { summary: 'abstractive' }, 1_000);
			await expect(store.guildSettings.update('g1', { summary: 'poem' as never }, 2_000)).rejects.toThrow();
			expect(await store.guildSettings.get('g1')).toMatchObject({ summary: 'abstractive', updatedAt: 1_000 });
		});
	});
}
