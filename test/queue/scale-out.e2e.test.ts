import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgBossQueue } from '../../src/queue/create-pgboss-queue.js';
import type { JobQueue } from '../../src/queue/types.js';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres/create-store.js';
import { uniqueSchemaName } from '../../src/store/postgres/probe.js';
import { startDiscordEmulator, type DiscordEmulator } from '../emulator/index.js';
import { startStoryFeedServer, type StoryFeedServer } from '../helpers/story-feed-server.js';
import { available, url, waitFor } from './helpers.js';

const WORKER = fileURLToPath(new URL('../fixtures/queue/scale-worker.ts', import.meta.url));
// SCALE_OUT_FEEDS=1000 SCALE_OUT_ITEMS=1 runs the scenario at full size; 24 × 5 keeps `npm test` short.
const FEEDS = Number(process.env.SCALE_OUT_FEEDS) || 24;
const PER_FEED = Number(process.env.SCALE_OUT_ITEMS) || 5;
const CHANNELS = Math.max(4, Math.min(50, Math.floor(FEEDS / 20)));
/** Generous: the machine may be shared, and a dead worker's leases and jobs take seconds to come back. */
const WAIT_MS = Math.max(60_000, FEEDS * PER_FEED * 500);

describe.skipIf(!available)('two worker processes on Postgres and pg-boss, one killed mid-run', () => {
	const schema = uniqueSchemaName();
	const jobs = `${schema}_jobs`;
	let emulator: DiscordEmulator;
	let server: StoryFeedServer;
	let store: PostgresStore;
	let queue: JobQueue;
	const workers: ChildProcess[] = [];

	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		server = await startStoryFeedServer({
			feeds: Array.from({ length: FEEDS }, (_, i) => `feed${i}`),
			perFeed: PER_FEED,
			start: Date.now() - 3_600_000,
			spacingMs: 60_000,
		});
		store = await createPostgresStore(url, { schema, maxConnections: 4 });
		queue = await createPgBossQueue(url, { schema: jobs, expireInSeconds: 3, retryDelaySeconds: 0, maintenanceIntervalSeconds: 1, maxConnections: 4 });
	});

	afterAll(async () => {
		for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
		await queue?.stop({ timeoutMs: 500 });
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		await client.query(`DROP SCHEMA IF EXISTS "${jobs}" CASCADE`);
		await client.end();
		await store?.dropSchema();
		await store?.close();
		await server?.close();
		await emulator?.close();
	});

	it('delivers every item exactly once, the survivor finishing the dead worker jobs', async () => {
		const guild = emulator.addGuild({ name: 'News', channels: Array.from({ length: CHANNELS }, (_, i) => ({ name: `briefs-${i}` })) });
		const channelIds = guild.channels.map((c) => c.id);
		for (let i = 0; i < FEEDS; i++) {
			const { feed } = await store.feeds.addFeedTarget({
				guildId: guild.id,
				url: server.feedUrl(`feed${i}`),
				channelId: channelIds[i % CHANNELS]!,
				backfill: PER_FEED,
			});
			await queue.enqueuePoll(feed.id, 3_600_000);
		}
		for (const id of ['a', 'b']) {
			const args = [url, schema, jobs, emulator.apiBase, emulator.token, id];
			workers.push(fork(WORKER, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
		}
		await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));

		const total = FEEDS * PER_FEED;
		const sent = () => channelIds.flatMap((id) => emulator.messages(id));
		expect(await waitFor(() => sent().length >= total / 4, WAIT_MS)).toBe(true);
		workers[0]!.kill('SIGKILL');

		const all = await waitFor(() => sent().length >= total, WAIT_MS);
		if (!all) {
			// What the store and the queue hold, to tell a lost item from a stuck delivery.
			const c = new pg.Client({ connectionString: url });
			await c.connect();
			for (const q of [
				`SELECT count(*) AS articles, count(DISTINCT story_id) AS stories FROM "${schema}".articles`,
				`SELECT status, count(*), max(attempts), max(last_error) FROM "${schema}".deliveries GROUP BY status`,
				`SELECT id, channel_id, status, attempts, next_attempt_at - extract(epoch from now())*1000 AS due_in, claimed_by, claimed_until - extract(epoch from now())*1000 AS lease FROM "${schema}".deliveries WHERE status <> 'sent'`,
				`SELECT count(*) FILTER (WHERE last_polled_at IS NOT NULL) AS polled, count(*) FILTER (WHERE initialized) AS init FROM "${schema}".feeds`,
			]) console.log(JSON.stringify((await c.query(q)).rows));
			console.log(JSON.stringify(await queue.counts('poll-feed')));
			await c.end();
		}
		expect(all).toBe(true);
		// Expired jobs and leases come back to the survivor; give a resend the time it would take to show.
		await new Promise((resolve) => setTimeout(resolve, 4_000));
		const urls = sent().map((m) => ((m.embeds as Array<{ url?: string }> | undefined)?.[0]?.url ?? '') as string);
		expect(urls).toHaveLength(total);
		expect(new Set(urls).size).toBe(total);
		const expected = server.items.map((i) => `${server.origin}/pages/${i.feed}/${i.index}.html`).sort();
		expect([...urls].sort()).toEqual(expected);
		expect(await store.deliveries.countPending()).toBe(0);
		expect((await queue.counts('poll-feed')).completed).toBe(FEEDS);
	}, 3 * WAIT_MS);
});
