/** Opens the bot's database for the lookup commands, with the same DATABASE_URL as the bot. */
import { openStore } from '../app/open-store.js';
import { loadConfig } from '../config/env.js';
import type { Store } from '../store/types.js';
import type { OptionSpec } from './args.js';

export async function openLookupStore(): Promise<Store> {
	return openStore(loadConfig().DATABASE_URL);
}

/** Console mode stores under the guild "console"; a bot's data is read with the Discord guild id. */
export const GUILD_OPTION: OptionSpec = { type: 'string', value: 'ID', description: 'the guild whose data to read (default: console)' };

export function formatDate(ms: number | null): string {
	return ms === null ? 'undated' : new Date(ms).toISOString().slice(0, 10);
}
