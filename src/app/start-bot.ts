/**
 * The composition root's body: open the store, choose console or Discord mode, wire the pipeline, the
 * scheduler and delivery, and return a handle that shuts everything down in order.
 */
import type { Config } from '../config/env.js';
import { createConfiguredFetch } from './create-fetcher.js';
import { drainToConsole } from '../console/console-delivery.js';
import { createDisabledFeedsReporter } from '../console/disabled-feeds.js';
import { startSampleServer, type SampleServer } from '../console/sample-server.js';
import { createMetrics, startOpsServer, type OpsServer } from '../ops/metrics.js';
import { createArticleWork } from '../pipeline/workers/article-work.js';
import { createSubscriberNotifier } from '../pipeline/notify-subscribers.js';
import type { PipelineDeps } from '../pipeline/ports.js';
import { createPipelineServices } from '../pipeline/services.js';
import { createTick } from '../pipeline/tick.js';
import { startScheduler } from '../scheduler/schedule.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/types.js';
import { readFeedsFile, type FeedsFileEntry } from './feeds-file.js';
import type { PostgresStore } from '../store/postgres/create-store.js';
import { openStore } from './open-store.js';
import { startDiscordSide, type DiscordSide } from './start-discord.js';

const CONSOLE_GUILD = 'console';

/** A shard process without shard 0 only answers commands. */
export function effectiveRole(config: Pick<Config, 'BOT_ROLE' | 'SHARDS'>): Config['BOT_ROLE'] {
	if (config.SHARDS === undefined) return config.BOT_ROLE;
	const shards = config.SHARDS.split(/[^0-9]+/).filter(Boolean).map(Number);
	return shards.includes(0) ? config.BOT_ROLE : 'gateway';
}

function isPostgresStore(store: Store): store is PostgresStore {
	return 'claim' in store.deliveries;
}

/**
 * The bundled samples are all served at once, so a few seconds of STORY_HOLD already let the original copy win, and a
 * first `npm start` prints its briefs within seconds instead of after the production default of two minutes.
 */
const SAMPLE_STORY_HOLD_MS = 10_000;

function formatInterval(ms: number): string {
	return ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}

export interface RunningBot {
	mode: 'console' | 'discord';
	store: Store;
	stop(): Promise<void>;
}

export interface StartBotOptions {
	write?: (text: string) => void;
	now?: () => number;
}

export async function startBot(config: Config, logger: Logger, options: StartBotOptions = {}): Promise<RunningBot> {
	const now = options.now ?? Date.now;
	const write = options.write ?? ((text: string) => void process.stdout.write(text));
	const mode = config.DISCORD_TOKEN ? 'discord' : 'console';
	const role = effectiveRole(config);
	// Shards other than shard 0 answer commands only; polling and delivery happen in one place.
	const polls = role !== 'gateway';
	const store = await openStore(config.DATABASE_URL);
	const metrics = createMetrics();
	let sample: SampleServer | null = null;
	let entries: FeedsFileEntry[] = [];
	if (config.FEEDS_FILE) entries = await readFeedsFile(config.FEEDS_FILE);
	else if (mode === 'console') {
		sample = await startSampleServer();
		entries = sample.feedUrls.map((url) => ({ url, backfill: 5 }));
	}
	const fetcher = createConfiguredFetch(config, sample ? [new URL(sample.origin).host] : []);
	const fetchUrl = sample ? sample.fetchThrough(fetcher.fetchUrl) : fetcher.fetchUrl;
	const storyHoldMs = sample ? Math.min(config.STORY_HOLD, SAMPLE_STORY_HOLD_MS) : config.STORY_HOLD;
	// Article and feed work off the main thread, each job with a budget (docs/adr/008-article-workers.md).
	const articleWork = createArticleWork({
		workers: config.ARTICLE_WORKERS,
		budgetMs: config.ARTICLE_BUDGET_MS,
		maxHeapMb: config.ARTICLE_WORKER_HEAP_MB,
		logger,
	});
	for (const entry of polls ? entries : []) {
		const guildId = entry.guildId ?? CONSOLE_GUILD;
		const channelId = entry.channelId ?? CONSOLE_GUILD;
		const added = await store.feeds.addFeedTarget({ guildId, channelId, url: entry.url, backfill: entry.backfill ?? config.FEED_BACKFILL, now: now() });
		if (entry.filter !== undefined || entry.format !== undefined) {
			await store.feeds.updateGuildFeed({ guildId, feedId: added.feed.id, patch: { filter: entry.filter ?? null, format: entry.format ?? 'full' } });
		}
	}

	const notifier = createSubscriberNotifier({
		subscriptions: store.subscriptions,
		deliveries: store.deliveries,
		logger,
		now,
		ratePerHour: config.SUBSCRIPTION_RATE_LIMIT,
	});
	await notifier.rebuild();
	const pipeline: PipelineDeps = {
		store,
		fetchUrl,
		logger,
		now,
		intervalMs: config.POLL_INTERVAL,
		minIntervalMs: config.FEED_MIN_INTERVAL,
		maxFailures: config.FEED_MAX_FAILURES,
		speakerMinConfidence: config.SPEAKER_MIN_CONFIDENCE,
		storyHoldMs,
		feedConcurrency: Math.max(4, Math.min(64, config.FETCH_CONCURRENCY)),
		onIngested: notifier.onIngested,
		articleWork,
		...(mode === 'console'
			? { onNewItem: (e) => write(`• new item: ${e.title}${e.link ? ` <${e.link}>` : ''}\n`) }
			: {}),
	};
	const services = createPipelineServices(pipeline);
	// Loaded only for Postgres, so the embedded default never imports pg-boss.
	const scaleOut = isPostgresStore(store)
		? await (await import('./start-scale-out.js')).startScaleOut({ databaseUrl: config.DATABASE_URL, store, pipeline, logger, onPolled: () => discord?.wake() })
		: null;
	const deliveries = scaleOut?.deliveries ?? store.deliveries;

	let discord: DiscordSide | null = null;
	if (mode === 'discord') {
		discord = await startDiscordSide({
			config,
			logger,
			store,
			now,
			metrics,
			services: { ...services, subscriptionsChanged: () => notifier.rebuild() },
			notifier,
			deliveries,
			gateway: role !== 'worker',
			deliver: polls,
		});
	}

	if (mode === 'console' && polls) {
		const what = sample ? 'the bundled sample feeds' : `the feeds of ${config.FEEDS_FILE}`;
		const hold = storyHoldMs > 0 ? ` after a ${formatInterval(storyHoldMs)} wait for the original copy of each story (STORY_HOLD)` : '';
		write(`briefbot in console mode (no DISCORD_TOKEN): ${entries.length} feeds, ${what}. Briefs print here${hold}; Ctrl-C stops.\n`);
	}
	let firstTick = true;
	const disabledFeeds = mode === 'console' ? createDisabledFeedsReporter({ feeds: store.feeds, guildId: CONSOLE_GUILD, write }) : null;
	await disabledFeeds?.report();
	const tick = createTick({
		now,
		logger,
		metrics,
		rebuildSubscriptions: () => notifier.rebuild(),
		pipeline: scaleOut ? null : pipeline,
		...(scaleOut ? { enqueueDue: () => scaleOut.enqueueDue() } : {}),
		deliver: async () => {
			if (mode === 'console') {
				const printed = await drainToConsole({ deliveries, articles: store.articles, logger, write, now, targets: store.feeds });
				// A rerun on the same data has nothing new to print: say so once rather than stay silent. Briefs held by
				// STORY_HOLD are not printed yet either, and are not "already printed".
				if (firstTick && printed === 0 && (await store.deliveries.countPending()) === 0) {
					write(`No new briefs: every item of these feeds was already printed. Next poll in ${formatInterval(config.POLL_INTERVAL)}.\n`);
				}
				firstTick = false;
				return printed;
			}
			discord?.wake();
			return 0;
		},
		...(disabledFeeds ? { afterDelivery: () => disabledFeeds.report() } : {}),
		countPending: () => store.deliveries.countPending(),
		purgeOlderThan: (cutoff) => store.articles.purgeOlderThan(cutoff),
		retentionDays: config.RETENTION_DAYS,
	});
	const scheduler = polls ? startScheduler({ intervalMs: config.POLL_INTERVAL, logger, runImmediately: true, task: () => tick.run() }) : null;

	let ops: OpsServer | null = null;
	if (config.HTTP_PORT !== undefined) ops = await startOpsServer(metrics, config.HTTP_PORT, () => tick.healthy);
	logger.info({ mode, role, feeds: entries.length, sample: sample?.origin ?? null }, 'briefbot started');

	let stopping: Promise<void> | null = null;
	return {
		mode,
		store,
		stop() {
			stopping ??= (async () => {
				await scheduler?.stop();
				await scaleOut?.stop();
				await discord?.stop();
				await ops?.close();
				await sample?.close();
				await fetcher.close();
				await articleWork.close();
				await store.close();
			})();
			return stopping;
		},
	};
}
