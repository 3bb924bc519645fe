/**
 * Added latency per posted brief when guilds read in another language, with a provider answering in 1 s.
 * The same stream of briefs (French, English and German articles, arriving in poll-sized batches) is delivered twice
 * through the Discord emulator with the real discord.js client, the SQLite outbox and the delivery worker:
 * once without LLM_* (the baseline), once with a local OpenAI-compatible server that answers every request after
 * `--provider-ms`; the pace (2 briefs a second by default) keeps every channel under Discord's 5 messages per 5 s,
 * so the baseline measures the bot rather than a rate-limit queue. Guilds read in English, German, Spanish and the original language. Latency is from ingest to
 * the message recorded as sent; "added" is, per brief, the run with the model minus the baseline.
 * Goals: added p99 < 3 s, delivery order per channel unchanged, and without LLM_* the payloads are those of the
 * plain renderer.
 *
 *   node --import tsx bench/llm.ts [--json] [--briefs 60] [--batch 2] [--every-ms 1000] [--provider-ms 1000]
 */
import type { APIEmbed } from 'discord.js';
import { createLocalizeHook } from '../src/app/start-llm.js';
import { loadConfig } from '../src/config/env.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../src/discord/client.js';
import { createDeliveryWorker } from '../src/discord/delivery-worker.js';
import { renderBrief } from '../src/discord/render-brief.js';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../src/briefs/types.js';
import { silentLogger } from '../src/shared/logger.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import type { DeliveryStore } from '../src/store/types.js';
import { DISCORD_RATE_LIMITS, startDiscordEmulator } from '../test/emulator/index.js';
import { startFakeProvider, taggingTranslator } from '../test/llm/fake-provider.js';
import { parseBenchArgs } from './bench-args.js';

const args = parseBenchArgs('llm', { briefs: 'number', batch: 'number', 'every-ms': 'number', 'provider-ms': 'number' });
const json = args.json;
const BRIEFS = args.number('briefs', 60);
const BATCH = args.number('batch', 2);
const EVERY_MS = args.number('every-ms', 1_000);
const PROVIDER_MS = args.number('provider-ms', 1_000);
const READERS = ['en', 'de', 'es', 'original'] as const;
const CHANNELS_PER_GUILD = 3;

function log(message: string): void {
	(json ? process.stderr : process.stdout).write(`${message}\n`);
}

function makeBrief(i: number): Brief {
	const language = ['fr', 'en', 'de'][i % 3]!;
	return {
		schemaVersion: BRIEF_SCHEMA_VERSION,
		title: `Brief ${i}: harbour story ${language}`,
		url: `https://bench.example.org/${language}/${i}`,
		canonicalUrl: null,
		originalSource: { name: 'bench.example.org', url: 'https://bench.example.org' },
		republishedVia: [],
		siteName: 'Bench News',
		language,
		publishedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
		byline: null,
		paragraphs: [],
		text: `Story ${i}. The harbour board met on Tuesday and approved ${i} new berths, said Ana Ruiz.`,
		removed: [],
		minhash: [],
		summary: [`The harbour board approved ${i} new berths.`, 'Work starts in spring.'],
		quotes: [{ text: `We need these ${i} berths`, start: 0, end: 0, speaker: 'Ana Ruiz', speakerText: 'Ruiz', speakerEntityId: 'e1', cue: 'said', key: true }],
		entities: [{ id: 'e1', name: 'Ana Ruiz', type: 'person', aliases: [], roles: ['board chair'], mentions: [] }],
		topics: ['harbour'],
	};
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

interface RunResult {
	/** Per delivery key (`brief:guild index`), ms from ingest to sent. */
	latency: Map<string, number>;
	outOfOrder: number;
	lost: number;
	unchangedPayloads: boolean;
	translated: number;
	providerRequests: number;
}

async function run(withModel: boolean): Promise<RunResult> {
	const emulator = await startDiscordEmulator({ rateLimits: DISCORD_RATE_LIMITS });
	const provider = await startFakeProvider((request) => ({ ...(taggingTranslator()(request) as { kind: 'content'; content: string }), delayMs: PROVIDER_MS }));
	const store = createSqliteStore(':memory:');
	const guilds = READERS.map((language) => ({ language, guild: emulator.addGuild({ name: `Readers ${language}`, channels: Array.from({ length: CHANNELS_PER_GUILD }, (_, c) => ({ name: `c${c}` })) }) }));
	const client = createDiscordClient({ token: emulator.token, apiBase: emulator.apiBase, logger: silentLogger, buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) });
	try {
		await loginDiscordClient(client);
		for (const { language, guild } of guilds) await store.guildSettings.update(guild.id, { language });
		const env = withModel ? { LLM_BASE_URL: provider.baseUrl, LLM_MODEL: 'bench', LLM_RETRIES: '0' } : {};
		const llm = createLocalizeHook({ config: loadConfig(env), settings: store.guildSettings, logger: silentLogger });
		const ingestedAt = new Map<number, number>();
		const sentAt = new Map<number, number>();
		const deliveries: DeliveryStore = {
			...store.deliveries,
			async markSent(id, messageId, at) {
				await store.deliveries.markSent(id, messageId, at);
				sentAt.set(id, performance.now());
			},
		};
		const worker = createDeliveryWorker({ deliveries, articles: store.articles, client, logger: silentLogger, idleMs: 20, ...(llm ? { localize: llm.localize, prefetch: llm.prefetch } : {}) });
		worker.start();
		const keyOf = new Map<number, string>();
		const briefs: Brief[] = [];
		for (let i = 0; i < BRIEFS; i += BATCH) {
			for (let j = i; j < Math.min(BRIEFS, i + BATCH); j++) {
				const brief = makeBrief(j);
				briefs.push(brief);
				// Each brief goes to one channel of every guild, rotating channels: several guilds read the same article.
				const targets = guilds.map(({ guild }) => ({ guildId: guild.id, channelId: guild.channels[j % CHANNELS_PER_GUILD]!.id, targetId: null }));
				// Ids differ between the two runs' emulators: briefs are matched by brief and guild index.
				const result = await store.articles.ingest({ brief, feedId: null, itemKey: null, targets });
				const at = performance.now();
				result.deliveryIds.forEach((id, t) => {
					ingestedAt.set(id, at);
					keyOf.set(id, `${j}:${t}`);
				});
			}
			worker.wake();
			await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
		}
		const deadline = Date.now() + 120_000;
		while ((await store.deliveries.countPending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		await worker.stop();

		const latency = new Map<string, number>();
		for (const [id, at] of sentAt) latency.set(keyOf.get(id)!, at - ingestedAt.get(id)!);
		let outOfOrder = 0;
		let lost = 0;
		let unchangedPayloads = true;
		let translated = 0;
		const byTitle = new Map(briefs.map((b) => [b.title, b]));
		for (const { guild } of guilds) {
			for (const channel of guild.channels) {
				const embeds = emulator.messages(channel.id).map((m) => (m.embeds as APIEmbed[])[0]!);
				const ids = embeds.map((e) => Number(/^Brief (\d+)/.exec(e.title ?? '')?.[1] ?? -1));
				for (let k = 1; k < ids.length; k++) if (ids[k]! < ids[k - 1]!) outOfOrder++;
				const expected = briefs.filter((_, j) => j % CHANNELS_PER_GUILD === guild.channels.indexOf(channel)).length;
				lost += Math.max(0, expected - embeds.length);
				for (const embed of embeds) {
					if (embed.footer?.text?.startsWith('translated') || embed.footer?.text?.includes('übersetzt') || embed.footer?.text?.startsWith('traducido')) translated++;
					const brief = byTitle.get(embed.title ?? '');
					if (!withModel && brief && JSON.stringify(embed) !== JSON.stringify(renderBrief(brief).embeds[0])) unchangedPayloads = false;
				}
			}
		}
		return { latency, outOfOrder, lost, unchangedPayloads, translated, providerRequests: provider.requests.length };
	} finally {
		await destroyDiscordClient(client);
		await emulator.close();
		await provider.close();
		await store.close();
	}
}

async function main(): Promise<void> {
	log(`${BRIEFS} briefs in batches of ${BATCH} every ${EVERY_MS} ms to ${READERS.length} guilds (${READERS.join(', ')}), provider answering in ${PROVIDER_MS} ms`);
	const baseline = await run(false);
	const model = await run(true);
	const added = [...model.latency].map(([key, ms]) => ms - (baseline.latency.get(key) ?? ms));
	const round = (ms: number) => Math.round(ms);
	const figures = {
		briefs: BRIEFS,
		deliveries: model.latency.size,
		providerMs: PROVIDER_MS,
		providerRequests: model.providerRequests,
		translatedMessages: model.translated,
		baselineP50Ms: round(percentile([...baseline.latency.values()], 50)),
		baselineP99Ms: round(percentile([...baseline.latency.values()], 99)),
		withModelP50Ms: round(percentile([...model.latency.values()], 50)),
		withModelP99Ms: round(percentile([...model.latency.values()], 99)),
		addedP50Ms: round(percentile(added, 50)),
		addedP99Ms: round(percentile(added, 99)),
		outOfOrderBaseline: baseline.outOfOrder,
		outOfOrderWithModel: model.outOfOrder,
		lostBaseline: baseline.lost,
		lostWithModel: model.lost,
		unchangedWithoutLlm: baseline.unchangedPayloads && baseline.providerRequests === 0,
		peakRssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
		goal: { addedP99Ms: 3_000, outOfOrderWithModel: 0, lostWithModel: 0, unchangedWithoutLlm: true },
	};
	log(`added latency p50 ${figures.addedP50Ms} ms, p99 ${figures.addedP99Ms} ms (goal < 3000); out of order ${figures.outOfOrderWithModel}; lost ${figures.lostWithModel}; unchanged without LLM_*: ${figures.unchangedWithoutLlm}`);
	process.stdout.write(`${json ? JSON.stringify(figures) : JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`bench/llm: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
