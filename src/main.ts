/**
 * briefbot's entry point: `npm start`. Validates the environment (exit 2 on bad config), then starts the bot in
 * console mode without DISCORD_TOKEN, or on Discord with it. SIGINT and SIGTERM shut down cleanly.
 */
import { loadConfig } from './config/env.js';
import { ConfigError, describeError } from './shared/errors.js';
import { createLogger, type Logger } from './shared/logger.js';
import { fileURLToPath } from 'node:url';

async function main(): Promise<void> {
	let config;
	try {
		config = loadConfig();
	} catch (error) {
		if (error instanceof ConfigError) {
			process.stderr.write(`${error.message}\n`);
			process.exit(2);
		}
		throw error;
	}
	const logger = createLogger(config.LOG_LEVEL, { format: config.LOG_FORMAT });
	if (config.DISCORD_TOKEN && config.SHARD_COUNT > 1 && config.SHARDS === undefined) {
		// The parent of a sharded bot only supervises; each shard process runs this file again.
		const { startShardManager } = await import('./discord/shard-manager.js');
		const shards = await startShardManager({
			file: fileURLToPath(import.meta.url),
			totalShards: config.SHARD_COUNT,
			token: config.DISCORD_TOKEN,
			logger,
			execArgv: process.execArgv,
			spawnDelayMs: config.SHARD_SPAWN_DELAY_MS,
		});
		onSignals(logger, () => shards.stop());
		return;
	}
	// Loaded after the config is known to be good, so a bad config fails fast without importing discord.js.
	const { startBot } = await import('./app/start-bot.js');
	const bot = await startBot(config, logger).catch((error: unknown) => {
		if (error instanceof ConfigError) {
			process.stderr.write(`${error.message}\n`);
			process.exit(2);
		}
		throw error;
	});
	onSignals(logger, () => bot.stop());
}

function onSignals(logger: Logger, stop: () => Promise<void>): void {
	let signals = 0;
	const shutdown = (signal: string) => {
		signals++;
		if (signals > 1) process.exit(130);
		logger.info({ signal }, 'shutting down');
		stop().then(
			() => process.exit(0),
			(error: unknown) => {
				logger.error({ err: describeError(error) }, 'shutdown failed');
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', () => shutdown('SIGINT'));
	process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
	process.stderr.write(`briefbot: ${describeError(error)}\n`);
	process.exit(1);
});
