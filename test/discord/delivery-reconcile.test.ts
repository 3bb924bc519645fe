import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryWorker } from '../../src/discord/delivery-worker.js';
import type { DeliveryStore } from '../../src/store/types.js';
import { silentLogger } from '../../src/shared/logger.js';
import { ingestFor, openTestStore, startBotWorld, type BotWorld } from './helpers/bot-world.js';

// Discord forgets nonces after a few minutes; this emulator forgets them at once, so only the history
// lookup can stop a resend from posting twice.
let world: BotWorld;

beforeAll(async () => {
	world = await startBotWorld({ nonceWindowMs: 1 });
});
afterAll(async () => {
	await world?.close();
});

describe('delivery reconcile beyond the nonce window', () => {
	it('finds the message sent before a crash in the channel history instead of posting it again', async () => {
		let clock = Date.now();
		const store = openTestStore(() => clock);
		const channelId = world.guild.channels[0]!.id;
		const { deliveryIds } = await ingestFor(store, world.guild.id, [{ channelId }]);
		const crashing: DeliveryStore = {
			...store.deliveries,
			markSent: async () => {
				throw new Error('killed before markSent');
			},
		};
		const options = { articles: store.articles, client: world.client, logger: silentLogger, now: () => clock };
		await createDeliveryWorker({ ...options, deliveries: crashing }).runOnce();
		const [first] = world.emulator.messages(channelId);
		expect(first).toBeDefined();

		await new Promise((resolve) => setTimeout(resolve, 20));
		clock += 30 * 60_000;
		const stats = await createDeliveryWorker({ ...options, deliveries: store.deliveries }).runOnce();
		expect(stats.sent).toBe(1);
		expect(world.emulator.messages(channelId)).toHaveLength(1);
		const row = store.db.prepare('SELECT status, message_id FROM deliveries WHERE id = ?').get(deliveryIds[0]) as { status: string; message_id: string };
		expect(row).toEqual({ status: 'sent', message_id: first?.id });
		expect(world.emulator.requests.some((r) => r.method === 'GET' && r.route === '/channels/:id/messages')).toBe(true);
	});

	it('still sends an old row that never reached Discord', async () => {
		let clock = Date.now();
		const store = openTestStore(() => clock);
		const channelId = world.guild.channels[1]!.id;
		await ingestFor(store, world.guild.id, [{ channelId }]);
		clock += 30 * 60_000;
		const worker = createDeliveryWorker({ deliveries: store.deliveries, articles: store.articles, client: world.client, logger: silentLogger, now: () => clock });
		expect(await worker.runOnce()).toMatchObject({ sent: 1 });
		expect(world.emulator.messages(channelId)).toHaveLength(1);
	});
});
