/**
 * Discord mode: the client, the slash commands with their context, and the delivery worker over the outbox.
 */
import type { CommandContext, CommandServices } from '../../commands/index.js';
import type { Config } from '../config/env.js';
import { createDiscordClient, destroyDiscordClient, loginDiscordClient } from '../discord/client.js';
import { createDeliveryWorker, disableTargetOnFailure, markWebhookGone } from '../discord/delivery-worker.js';
import { attachInteractionRouter } from '../discord/interaction-router.js';
import { loadCommands } from '../discord/load-commands.js';
import type { Metrics } from '../ops/metrics.js';
import type { SubscriberNotifier } from '../pipeline/notify-subscribers.js';
import type { Logger } from '../shared/logger.js';
import type { DeliveryStore, Store } from '../store/types.js';
import { createDigestSender } from '../discord/subscriptions/send-digest.js';
import { describeError } from '../shared/errors.js';
import { flushDigests } from '../subscriptions/flush-digests.js';
import { handleDmClosed } from '../subscriptions/handle-dm-closed.js';
import { createLocalizeHook } from './start-llm.js';

const DIGEST_INTERVAL_MS = 3_600_000;

export interface DiscordSide {
	wake(): void;
	stop(): Promise<void>;
}

export async function startDiscordSide(deps: {
	config: Config;
	logger: Logger;
	store: Store;
	now: () => number;
	metrics: Metrics;
	services: CommandServices;
	notifier: SubscriberNotifier;
	/** The outbox as this process sees it (leased rows in scale-out mode). */
	deliveries: DeliveryStore;
	/** False for `BOT_ROLE=worker`: REST only, so interactions are answered by one process. */
	gateway: boolean;
	/** False on shards other than shard 0: another process drains the outbox. */
	deliver: boolean;
}): Promise<DiscordSide> {
	const { config, logger, store, now, metrics } = deps;
	const client = createDiscordClient({ token: config.DISCORD_TOKEN ?? '', apiBase: config.DISCORD_API_BASE, logger });
	const commands = await loadCommands({ logger });
	const ctx: CommandContext = {
		feeds: store.feeds,
		articles: store.articles,
		mentions: store.mentions,
		subscriptions: store.subscriptions,
		services: deps.services,
		logger,
		now,
		guildSettings: store.guildSettings,
		llmConfigured: Boolean(config.LLM_BASE_URL),
		feedLimits: { maxFeeds: config.GUILD_MAX_FEEDS, maxFilters: config.GUILD_MAX_FILTERS, minIntervalMs: config.FEED_MIN_INTERVAL },
	};
	let detachRouter = () => {};
	if (deps.gateway) {
		detachRouter = attachInteractionRouter(client, commands, ctx);
		await loginDiscordClient(client);
	}

	const deliveries = countingDeliveries(deps.deliveries, metrics);
	const llm = createLocalizeHook({ config, settings: store.guildSettings, logger, metrics, now });
	const worker = createDeliveryWorker({
		...(llm ? { localize: llm.localize, prefetch: llm.prefetch } : {}),
		deliveries,
		articles: store.articles,
		client,
		logger,
		now,
		onPermanentFailure: disableTargetOnFailure(store.feeds),
		targetSettings: async (targetId) => (await store.feeds.getTarget(targetId))?.settings,
		targetRoute: (targetId) => store.feeds.deliveryRoute(targetId),
		onWebhookGone: markWebhookGone(store.feeds, now),
		onDmClosed: async (delivery) => {
			await handleDmClosed({ delivery, subscriptions: store.subscriptions, deliveries: store.deliveries, now: now() });
			await deps.notifier.rebuild();
		},
	});
	if (deps.deliver) worker.start();
	// Matches over a user's hourly limit wait in a digest; one DM an hour sends them.
	const sendDigest = createDigestSender(client);
	const digestTimer = setInterval(() => {
		if (!deps.deliver) return;
		flushDigests({ subscriptions: store.subscriptions, articles: store.articles, deliveries: store.deliveries, send: sendDigest, now: now() }).catch(
			(error: unknown) => logger.error({ err: describeError(error) }, 'digest flush failed'),
		);
	}, DIGEST_INTERVAL_MS);
	digestTimer.unref();
	return {
		wake: () => worker.wake(),
		async stop() {
			clearInterval(digestTimer);
			detachRouter();
			await worker.stop();
			await destroyDiscordClient(client, logger);
		},
	};
}

/** The outbox, counting what is sent and what fails for good into the metrics. */
function countingDeliveries(inner: DeliveryStore, metrics: Metrics): DeliveryStore {
	return {
		// The stores are plain objects of closures (src/store/*/delivery-store.ts), so spreading keeps them whole.
		...inner,
		async markSent(id, messageId, at) {
			await inner.markSent(id, messageId, at);
			metrics.deliveriesSent.inc();
		},
		async markFailed(id, error) {
			await inner.markFailed(id, error);
			metrics.deliveriesFailed.inc();
		},
	};
}
