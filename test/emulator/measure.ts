/**
 * How much the emulator itself costs, so delivery and command benchmarks know their floor:
 * `node --import tsx test/emulator/measure.ts [--json]`. Sends messages through the real discord.js client with
 * limits off, then times interaction round trips. Bounded to a few seconds.
 */
import type { TextChannel } from 'discord.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorClient } from './client.js';
import { startDiscordEmulator } from './index.js';

const MESSAGES = 500;
const CHANNELS = 20;
const INTERACTIONS = 200;

/** The floor on this machine right now: one fetch round trip to a bare node:http server. */
async function measureBaselineRoundTripMs(rounds = 100): Promise<number> {
	const server = createServer((req, res) => {
		req.resume();
		req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const started = performance.now();
	for (let i = 0; i < rounds; i++) await (await fetch(url, { method: 'POST', body: '{"content":"x"}' })).text();
	const perRequest = (performance.now() - started) / rounds;
	server.closeAllConnections();
	server.close();
	return Math.round(perRequest * 100) / 100;
}

async function measureEmulatorRoundTripMs(apiBase: string, token: string, channelId: string, rounds = 100): Promise<number> {
	const started = performance.now();
	for (let i = 0; i < rounds; i++) {
		const res = await fetch(`${apiBase}/v10/channels/${channelId}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${token}`, 'content-type': 'application/json' },
			body: '{"content":"x"}',
		});
		await res.text();
	}
	return Math.round(((performance.now() - started) / rounds) * 100) / 100;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(): Promise<Record<string, number | string>> {
	const emulator = await startDiscordEmulator();
	const guild = emulator.addGuild({ channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `c${i}` })), members: [{ id: '300000000000000001' }] });
	// discord.js paces itself at 50 requests per second; lifted here so the emulator's own cost shows.
	const client = await createEmulatorClient(emulator, { rest: { globalRequestsPerSecond: 1_000_000 } });
	client.on('interactionCreate', (interaction) => {
		if (interaction.isChatInputCommand()) void interaction.reply({ content: 'pong' });
	});
	try {
		const channels = guild.channels.map((c) => client.channels.cache.get(c.id) as TextChannel);
		const cpuStart = process.cpuUsage();
		const started = performance.now();
		await Promise.all(Array.from({ length: MESSAGES }, (_, i) => channels[i % CHANNELS]?.send({ content: `m${i}`, embeds: [{ title: `t${i}` }] })));
		const sendMs = performance.now() - started;
		const cpu = process.cpuUsage(cpuStart);
		const latencies: number[] = [];
		for (let i = 0; i < INTERACTIONS; i++) {
			const res = await emulator.interact({ guildId: guild.id, channelId: guild.channels[0]?.id ?? '', userId: '300000000000000001', command: 'ping' });
			latencies.push(res.latencyMs);
		}
		latencies.sort((a, b) => a - b);
		const roundTripMs = await measureEmulatorRoundTripMs(emulator.apiBase, emulator.token, guild.channels[1]?.id ?? '');
		const baselineRoundTripMs = await measureBaselineRoundTripMs();
		const stored = guild.channels.reduce((n, c) => n + emulator.messages(c.id).filter((m) => !m.webhook_id && m.content !== 'x').length, 0);
		return {
			messages: stored,
			messagesPerSecond: Math.round((MESSAGES / sendMs) * 1000),
			messagesPerCpuSecond: Math.round(MESSAGES / ((cpu.user + cpu.system) / 1e6)),
			messageRoundTripMs: roundTripMs,
			baselineRoundTripMs,
			interactionP50Ms: percentile(latencies, 50),
			interactionP99Ms: percentile(latencies, 99),
			peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
			note: 'client and emulator share one process; figures include discord.js',
		};
	} finally {
		await client.destroy();
		await emulator.close();
	}
}

const figures = await measure();
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else for (const [key, value] of Object.entries(figures)) console.log(`${key}: ${value}`);
