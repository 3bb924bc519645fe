/** Opens the bot's database for the lookup commands, with the same DATABASE_URL as the bot. */
import { openStore } from '../app/open-store.js';
import { loadConfig } from '../config/env.js';
import type { Store } from '../store/types.js';

export async function openLookupStore(): Promise<Store> {
	return openStore(loadConfig().DATABASE_URL);
}

/** `--name value` or `--name=value`. */
export function readOption(argv: string[], name: string): string | undefined {
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === `--${name}`) return argv[i + 1];
		if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
	}
	return undefined;
}

export function formatDate(ms: number | null): string {
	return ms === null ? 'undated' : new Date(ms).toISOString().slice(0, 10);
}
