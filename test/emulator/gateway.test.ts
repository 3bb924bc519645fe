import { GatewayIntentBits, type Client, type TextChannel } from 'discord.js';
import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulatorClient } from './client.js';
import { startDiscordEmulator, type AddedGuild, type DiscordEmulator } from './index.js';

describe('the emulated gateway', () => {
	let emulator: DiscordEmulator;
	let client: Client;
	let guild: AddedGuild;
	const packets: Array<{ t?: string | null }> = [];

	beforeAll(async () => {
		emulator = await startDiscordEmulator({ heartbeatIntervalMs: 200 });
		guild = emulator.addGuild({ name: 'Gateway', channels: [{ name: 'briefs' }] });
		client = await createEmulatorClient(emulator);
		client.on('raw', (packet: { t?: string | null }) => packets.push(packet));
	});

	afterAll(async () => {
		await client?.destroy();
		await emulator?.close();
	});

	beforeEach(() => {
		emulator.reset();
		packets.length = 0;
	});

	it('acknowledges heartbeats so the client stays connected', async () => {
		const before = emulator.stats.heartbeats;
		await emulator.waitFor(() => emulator.stats.heartbeats >= before + 2, 3_000, 'two heartbeats');
		expect(client.ws.ping).toBeGreaterThanOrEqual(0);
		expect(emulator.stats.identifies).toBe(1);
	});

	it('dispatches GUILD_CREATE live for a guild added after login', async () => {
		const created = once(client, 'guildCreate');
		const added = emulator.addGuild({ name: 'Later', channels: [{ name: 'news' }] });
		await created;
		expect(client.guilds.cache.get(added.id)?.channels.cache.map((c) => c.name)).toEqual(['news']);
	});

	it('resumes after a dropped socket and replays what was missed', async () => {
		const resumesBefore = emulator.stats.resumes;
		const resumed = once(client, 'shardResume');
		emulator.dropGateway();
		const missed = emulator.addGuild({ name: 'Missed while down' });
		await resumed;
		expect(emulator.stats.resumes).toBe(resumesBefore + 1);
		expect(client.guilds.cache.get(missed.id)?.name).toBe('Missed while down');
		const created = once(client, 'guildCreate');
		const after = emulator.addGuild({ name: 'After resume' });
		await created;
		expect(client.guilds.cache.has(after.id)).toBe(true);
	});

	it('resumes when told to reconnect (op 7)', async () => {
		const resumesBefore = emulator.stats.resumes;
		const resumed = once(client, 'shardResume');
		emulator.sendReconnect();
		await resumed;
		expect(emulator.stats.resumes).toBe(resumesBefore + 1);
	});

	it('re-identifies after a non-resumable invalid session (op 9)', async () => {
		const identifiesBefore = emulator.stats.identifies;
		const ready = once(client, 'shardReady');
		emulator.invalidateSession(false);
		await ready;
		expect(emulator.stats.identifies).toBe(identifiesBefore + 1);
		expect(client.guilds.cache.get(guild.id)?.available).toBe(true);
	});

	it('resumes on the same socket after a resumable invalid session', async () => {
		const resumesBefore = emulator.stats.resumes;
		const resumed = once(client, 'shardResume');
		emulator.invalidateSession(true);
		await resumed;
		expect(emulator.stats.resumes).toBe(resumesBefore + 1);
	});

	it('withholds MESSAGE_CREATE from a client without the GuildMessages intent', async () => {
		const listener = await createEmulatorClient(emulator, { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
		try {
			const heard = once(listener, 'messageCreate');
			const channel = client.channels.cache.get(guild.channels[0]?.id ?? '') as TextChannel;
			await channel.send('only for those who asked');
			const [message] = await heard;
			expect(message.content).toBe('only for those who asked');
			// Events reach a session in order, so once this GUILD_CREATE arrives any MESSAGE_CREATE would have too.
			const marker = once(client, 'guildCreate');
			emulator.addGuild({ name: 'Marker' });
			await marker;
			expect(packets.some((p) => p.t === 'MESSAGE_CREATE')).toBe(false);
		} finally {
			await listener.destroy();
		}
	});
});

describe('emulated rate limits and faults', () => {
	let emulator: DiscordEmulator;
	let client: Client;
	let channelId: string;

	beforeAll(async () => {
		emulator = await startDiscordEmulator({ rateLimits: { messagesPerChannel: { limit: 2, windowMs: 150 } } });
		channelId = emulator.addGuild({ channels: [{ name: 'limited' }] }).channels[0]?.id ?? '';
		client = await createEmulatorClient(emulator);
	});

	afterAll(async () => {
		await client?.destroy();
		await emulator?.close();
	});

	beforeEach(() => emulator.reset());

	const channel = () => client.channels.cache.get(channelId) as TextChannel;
	const post = (body: unknown, headers: Record<string, string> = {}) =>
		fetch(`${emulator.apiBase}/v10/channels/${channelId}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'application/json', ...headers },
			body: JSON.stringify(body),
		});

	it('sends bucket headers and lets discord.js pace itself without a single 429', async () => {
		const sent = await Promise.all(Array.from({ length: 6 }, (_, i) => channel().send(`m${i}`)));
		expect(sent).toHaveLength(6);
		expect(emulator.messages(channelId).map((m) => m.content)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
		expect(emulator.stats.rateLimited).toEqual({});
	});

	it('answers an exhausted bucket with 429, Retry-After and the bucket headers', async () => {
		const statuses: number[] = [];
		let limited: Response | undefined;
		for (let i = 0; i < 3; i++) {
			const res = await post({ content: `raw ${i}` });
			statuses.push(res.status);
			if (res.status === 429) limited = res;
		}
		expect(statuses).toEqual([200, 200, 429]);
		expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(limited?.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(limited?.headers.get('x-ratelimit-bucket')).toBeTruthy();
		const body = (await limited?.json()) as { retry_after: number; global: boolean };
		expect(body.global).toBe(false);
		expect(body.retry_after).toBeGreaterThan(0);
		expect(emulator.stats.rateLimited[`POST /channels/:id/messages:${channelId}`]).toBe(1);
	});

	it('applies a global limit with the X-RateLimit-Global header', async () => {
		emulator.setRateLimits({ global: { limit: 2, windowMs: 1_000 } });
		try {
			const statuses = [];
			for (let i = 0; i < 3; i++) statuses.push((await post({ content: `g${i}` })).status);
			expect(statuses).toEqual([200, 200, 429]);
			const last = emulator.requests.at(-1);
			expect(last?.status).toBe(429);
			expect(emulator.stats.rateLimited.global).toBe(1);
		} finally {
			emulator.setRateLimits({ messagesPerChannel: { limit: 2, windowMs: 150 } });
		}
	});

	it('lets discord.js retry a reset connection by itself', async () => {
		emulator.failNext('POST /channels/:id/messages', { status: 'network' });
		await channel().send('after a reset');
		expect(emulator.messages(channelId).map((m) => m.content)).toEqual(['after a reset']);
		expect(emulator.requests.map((r) => r.status)).toEqual([-1, 200]);
	});

	it('makes discord.js throw on a connection closed without an answer', async () => {
		emulator.failNext(`POST /channels/${channelId}/messages`, { status: 'hangup' });
		await expect(channel().send('lost')).rejects.toThrow();
		expect(emulator.messages(channelId)).toHaveLength(0);
	});

	it('holds a request unanswered on a timeout fault until discord.js aborts and retries it', async () => {
		const impatient = await createEmulatorClient(emulator, { rest: { timeout: 200 } });
		try {
			emulator.failNext('POST /channels/:id/messages', { status: 'timeout' });
			await (impatient.channels.cache.get(channelId) as TextChannel).send('after a timeout');
			expect(emulator.messages(channelId).map((m) => m.content)).toEqual(['after a timeout']);
			expect(emulator.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([-1, 200]);
		} finally {
			await impatient.destroy();
		}
	});

	it('refuses requests without the bot token', async () => {
		const res = await post({ content: 'x' }, { authorization: 'Bot wrong' });
		expect(res.status).toBe(401);
	});
});
