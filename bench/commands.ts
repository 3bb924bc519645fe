/**
 * Reader command latency (issue 7): the time from INTERACTION_CREATE to the first response, measured by the
 * Discord emulator, for /who, /quote (who), /quote (about) and autocomplete, with the real client, router and
 * commands over the store benchmark's generated database. Baseline in the same run: /help, which touches no
 * store, so the difference is what the commands themselves cost.
 *
 *   node --import tsx bench/commands.ts [--json] [--scale 0.1] [--runs 300] [--db <file>]
 * Building through ingest() is slow, so the default is a tenth of the store benchmark (100,000 quotes). For the
 * full 1,000,000 quotes, build once with `node --import tsx bench/store.ts --keep /tmp/store.db` (or
 * `--scale 1 --db /tmp/store.db` here, which keeps what it builds) and pass `--db /tmp/store.db` from then on.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../commands/index.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../src/discord/client.js';
import { attachInteractionRouter } from '../src/discord/interaction-router.js';
import { loadCommands } from '../src/discord/load-commands.js';
import { silentLogger } from '../src/shared/logger.js';
import { createSqliteStore } from '../src/store/sqlite/create-store.js';
import { startDiscordEmulator } from '../test/emulator/index.js';
import { createWorld, ingestGenerated } from './store.js';
import { createRandom, parseBenchArgs } from './bench-args.js';

const FULL_ARTICLES = 300_000;
const QUOTES_PER_ARTICLE = 1_000_000 / FULL_ARTICLES;
const GOAL = { p99Ms: 50 };
const USER = '900000000000000001';

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (x: number) => Math.round(x * 100) / 100;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function buildStore(file: string, scale: number) {
	const store = createSqliteStore(file);
	const world = createWorld(scale);
	const have = store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
	const articles = Math.round(FULL_ARTICLES * scale);
	if (have === 0) {
		const random = createRandom(7);
		const started = performance.now();
		for (let from = 0; from < articles; from += 10_000) {
			await ingestGenerated(store, world, from, Math.min(10_000, articles - from), QUOTES_PER_ARTICLE, random);
			log(`  ${Math.min(from + 10_000, articles)} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`);
		}
		store.db.pragma('optimize');
	} else log(`  reusing ${have} articles in ${file}`);
	return { store, world };
}

async function main(): Promise<void> {
	const args = parseBenchArgs('commands', { scale: 'number', runs: 'number', db: 'string' });
	const json = args.json;
	const scale = Math.min(1, Math.max(0.001, args.number('scale', 0.1)));
	const runs = Math.max(20, args.number('runs', 300));
	const keep = args.string('db');
	const dir = keep ? null : mkdtempSync(path.join(tmpdir(), 'briefbot-commands-bench-'));
	const file = keep ? path.resolve(keep) : path.join(dir ?? '', 'store.db');
	log(keep && existsSync(file) ? `commands bench: ${file}` : `commands bench: building scale ${scale}`);
	const { store, world } = await buildStore(file, scale);
	const counts = {
		articles: store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
		quotes: store.db.prepare('SELECT count(*) FROM quotes').pluck().get() as number,
	};
	const guildId = world.guilds[0] ?? '';
	const emulator = await startDiscordEmulator();
	const guild = emulator.addGuild({ id: guildId, name: 'Bench', channels: [{ name: 'news' }], members: [{ id: USER, username: 'reader' }] });
	const channelId = guild.channels[0]?.id ?? '';
	const client = createDiscordClient({
		token: emulator.token,
		apiBase: emulator.apiBase,
		logger: silentLogger,
		buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
	});
	try {
		await loginDiscordClient(client, 30_000);
		const ctx: CommandContext = {
			feeds: store.feeds,
			articles: store.articles,
			mentions: store.mentions,
			subscriptions: store.subscriptions,
			logger: silentLogger,
			now: Date.now,
			services: {
				checkFeed: async () => ({ status: 'error', code: 'internal' }),
				previewFeed: async () => ({ status: 'error', code: 'internal' }),
				briefUrl: async () => ({ status: 'error', code: 'internal' }),
				subscriptionsChanged: async () => {},
			},
		};
		attachInteractionRouter(client, await loadCommands({ only: ['who', 'quote', 'help'] }), ctx);

		// Half the most mentioned entities of the guild (the worst case), half from the tail.
		const popular = store.db
			.prepare<[string], { entity_id: number }>('SELECT entity_id FROM entity_guild WHERE guild_id = ? ORDER BY article_count DESC LIMIT 50')
			.all(guildId);
		const tail = store.db
			.prepare<[string], { entity_id: number }>('SELECT entity_id FROM entity_guild WHERE guild_id = ? ORDER BY random() LIMIT 500')
			.all(guildId);
		const ids = [...popular, ...tail].map((r) => r.entity_id);
		const nameOf = store.db.prepare<[number], string>('SELECT name FROM entities WHERE id = ?').pluck();
		// Words of the guild's own quotes, so `about` searches find something whatever scale built the database.
		const quoteWords = store.db
			.prepare<[string], string>(
				'SELECT q.text FROM quote_guild g JOIN quotes q ON q.id = g.quote_id WHERE g.guild_id = ? ORDER BY g.sort_at DESC LIMIT 300',
			)
			.pluck()
			.all(guildId)
			.flatMap((text) => text.toLowerCase().split(/\s+/))
			.filter((w) => w.length > 2);
		const random = createRandom(11);
		const pickId = (i: number) => (i % 2 === 0 ? ids[i % popular.length] : ids[popular.length + (i % Math.max(1, tail.length))]) ?? ids[0] ?? 0;
		const option = (name: string, value: string | boolean, focused = false) => ({ name, type: 3, value, ...(focused ? { focused } : {}) });

		const scenarios: Record<string, (i: number) => Parameters<typeof emulator.interact>[0]> = {
			help: () => ({ guildId, channelId, userId: USER, command: 'help' }),
			who: (i) => ({ guildId, channelId, userId: USER, command: 'who', options: [option('name', nameOf.get(pickId(i)) ?? 'x')] }),
			quoteWho: (i) => ({ guildId, channelId, userId: USER, command: 'quote', options: [option('who', `e:${pickId(i)}`)] }),
			quoteAbout: () => {
				const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => quoteWords[Math.floor(random() * quoteWords.length)] ?? 'an');
				return { guildId, channelId, userId: USER, command: 'quote', options: [option('about', words.join(' '))] };
			},
			autocomplete: (i) => {
				const name = nameOf.get(pickId(i)) ?? 'an';
				return { guildId, channelId, userId: USER, type: 'autocomplete', command: 'who', options: [option('name', name.slice(0, 2 + (i % 3)), true)] };
			},
		};
		const results: Record<string, { p50Ms: number; p99Ms: number; maxMs: number }> = {};
		for (const [name, make] of Object.entries(scenarios)) {
			for (let i = 0; i < 20; i++) await emulator.interact(make(i));
			const samples: number[] = [];
			for (let i = 0; i < runs; i++) samples.push((await emulator.interact(make(i))).latencyMs);
			samples.sort((a, b) => a - b);
			results[name] = { p50Ms: round(percentile(samples, 50)), p99Ms: round(percentile(samples, 99)), maxMs: round(samples.at(-1) ?? 0) };
			log(`  ${name}: p50 ${results[name]?.p50Ms} ms, p99 ${results[name]?.p99Ms} ms`);
		}
		const commandP99 = Math.max(...['who', 'quoteWho', 'quoteAbout', 'autocomplete'].map((k) => results[k]?.p99Ms ?? 0));
		const figures = {
			scale: keep && counts.articles !== Math.round(FULL_ARTICLES * scale) ? null : scale,
			articles: counts.articles,
			quotes: counts.quotes,
			runsPerCommand: runs,
			whoP50Ms: results.who?.p50Ms,
			whoP99Ms: results.who?.p99Ms,
			quoteWhoP50Ms: results.quoteWho?.p50Ms,
			quoteWhoP99Ms: results.quoteWho?.p99Ms,
			quoteAboutP50Ms: results.quoteAbout?.p50Ms,
			quoteAboutP99Ms: results.quoteAbout?.p99Ms,
			autocompleteP50Ms: results.autocomplete?.p50Ms,
			autocompleteP99Ms: results.autocomplete?.p99Ms,
			worstP99Ms: commandP99,
			baselineHelpP99Ms: results.help?.p99Ms,
			goal: GOAL,
			meetsGoal: commandP99 < GOAL.p99Ms,
		};
		if (!json) for (const [key, value] of Object.entries(figures)) console.log(`${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
		console.log(JSON.stringify(figures));
	} finally {
		await destroyDiscordClient(client);
		await emulator.close();
		await store.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
