/**
 * Gateway sharding for large bots: discord.js's ShardingManager runs one process per shard. The shard count is
 * always explicit (SHARD_COUNT): with `totalShards: 'auto'` the manager asks discord.com directly, bypassing our
 * REST options. Each child runs the same entry point; discord.js hands it its shard through SHARDS/SHARD_COUNT.
 */
import { ShardingManager } from 'discord.js';
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

export interface ShardManagerOptions {
	/** The entry point each shard process runs. */
	file: string;
	totalShards: number;
	token: string;
	logger: Logger;
	/** Node flags for the children (tsx, when running from source). */
	execArgv?: string[];
	/** Discord asks for about 5 s between identifies; tests shorten it. */
	spawnDelayMs?: number;
}

export interface RunningShards {
	count: number;
	stop(): Promise<void>;
}

export async function startShardManager(options: ShardManagerOptions): Promise<RunningShards> {
	const manager = new ShardingManager(options.file, {
		totalShards: options.totalShards,
		token: options.token,
		mode: 'process',
		respawn: true,
		execArgv: options.execArgv ?? [],
	});
	manager.on('shardCreate', (shard) => {
		options.logger.info({ shard: shard.id }, 'shard started');
		shard.on('death', () => options.logger.warn({ shard: shard.id }, 'shard process exited'));
		shard.on('error', (error) => options.logger.error({ shard: shard.id, err: describeError(error) }, 'shard error'));
	});
	await manager.spawn({ amount: options.totalShards, delay: options.spawnDelayMs ?? 5_500, timeout: 60_000 });
	return {
		count: manager.shards.size,
		async stop() {
			for (const shard of manager.shards.values()) {
				shard.removeAllListeners('death');
				// `respawn` would bring a shard back; kill() ends it for good.
				shard.kill();
			}
		},
	};
}
