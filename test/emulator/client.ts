/** A real discord.js client pointed at the emulator, logged in and ready, for emulator-backed tests. */
import { Client, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordEmulator } from './emulator.js';

export interface EmulatorClientOptions {
	intents?: ClientOptions['intents'];
	/** Extra REST options, e.g. `{ timeout: 200 }` to see a `timeout` fault quickly. `api` is always the emulator's. */
	rest?: ClientOptions['rest'];
	/** Milliseconds to wait for `clientReady`. */
	readyTimeoutMs?: number;
}

export async function createEmulatorClient(emulator: DiscordEmulator, options: EmulatorClientOptions = {}): Promise<Client> {
	const client = new Client({
		intents: options.intents ?? [GatewayIntentBits.Guilds],
		rest: { ...options.rest, api: emulator.apiBase },
		// The default throttler waits up to 5 s between identifies; tests re-identify often.
		ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
	});
	const ready = new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('emulator client: not ready in time')), options.readyTimeoutMs ?? 10_000);
		client.once('clientReady', () => {
			clearTimeout(timer);
			resolve();
		});
	});
	try {
		await client.login(emulator.token);
		await ready;
	} catch (error) {
		await client.destroy();
		throw error;
	}
	return client;
}
