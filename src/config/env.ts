import { z } from 'zod';
import { ConfigError } from '../shared/errors.js';
import { parseDuration } from './duration.js';

const bool = z
	.enum(['true', 'false', '1', '0', 'yes', 'no', ''])
	.default('false')
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

const duration = (fallback: string) =>
	z
		.string()
		.default(fallback)
		.transform((v, ctx) => {
			const ms = parseDuration(v);
			if (ms === null || ms < 1_000) {
				ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration of at least 1s (e.g. 10s, 5m, 1h)` });
				return z.NEVER;
			}
			return ms;
		});

const optionalString = z
	.string()
	.optional()
	.transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Every setting the bot reads, with its default. `.env.example` documents each one. */
export const configSchema = z
	.object({
		DISCORD_TOKEN: optionalString,
		DISCORD_APPLICATION_ID: optionalString,
		DISCORD_GUILD_ID: optionalString,
		DISCORD_API_BASE: z.url().default('https://discord.com/api'),
		DATABASE_URL: z.string().min(1).default('./data/briefbot.db'),
		POLL_INTERVAL: duration('5m'),
		FEEDS_FILE: optionalString,
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
		ALLOW_PRIVATE_NETWORK: bool,
		USER_AGENT: z.string().min(1).default('briefbot/0.1 (+https://github.com/briefbot/briefbot)'),
		FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
		MAX_FEED_BYTES: z.coerce.number().int().min(1_024).default(10 * 1024 * 1024),
		MAX_PAGE_BYTES: z.coerce.number().int().min(1_024).default(10 * 1024 * 1024),
		FETCH_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(64),
		FETCH_PER_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
		FEED_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
		FEED_BACKFILL: z.coerce.number().int().min(0).max(50).default(0),
		RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
		SUBSCRIPTION_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
		HTTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
		NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
		/**
		 * `worker`: poll and deliver without the gateway (extra processes of a Postgres deployment);
		 * `gateway`: commands only (the shards other than shard 0).
		 */
		BOT_ROLE: z.enum(['all', 'worker', 'gateway']).default('all'),
		/** Gateway shards, each in its own process (discord.js ShardingManager). 1: no sharding. */
		SHARD_COUNT: z.coerce.number().int().min(1).max(1_000).default(1),
		/** Set by the ShardingManager in each shard process: its shard id(s). */
		SHARDS: optionalString,
		/** Milliseconds between shard spawns; Discord wants about 5 s between identifies. */
		SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).default(5_500),
		/** Wall-clock budget of one article or feed parsing job in a worker thread; past it the item is `over-budget`. */
		ARTICLE_BUDGET_MS: z.coerce.number().int().min(100).max(120_000).default(2_000),
		/** Worker threads for article and feed work; 0 runs it on the main thread without a budget (not for production). */
		ARTICLE_WORKERS: z.coerce.number().int().min(0).max(64).default(2),
		/** Heap cap of each article worker (V8 old generation, MB); past it the item is `over-memory`. */
		ARTICLE_WORKER_HEAP_MB: z.coerce.number().int().min(32).max(4_096).default(256),
	})
	.superRefine((c, ctx) => {
		if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
			ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'required when DISCORD_TOKEN is set' });
		}
		if (c.NODE_ENV === 'development' && c.DISCORD_TOKEN && !c.DISCORD_GUILD_ID) {
			ctx.addIssue({ code: 'custom', path: ['DISCORD_GUILD_ID'], message: 'required in development, so commands deploy to one guild' });
		}
		if (!/^(sqlite:|postgres(ql)?:\/\/|file:|\.|\/|[A-Za-z0-9_:-])/.test(c.DATABASE_URL)) {
			ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'must be a file path, a sqlite: URL or a postgres:// URL' });
		}
	});

export type Config = z.infer<typeof configSchema>;

/** Validates the whole environment at once; throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const result = configSchema.safeParse(env);
	if (result.success) return result.data;
	throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
}

/** Where the database lives: `{ kind: 'sqlite', path }` or `{ kind: 'postgres', url }`. */
export function resolveDatabase(url: string): { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string } {
	if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
	if (url.startsWith('sqlite://')) return { kind: 'sqlite', path: url.slice('sqlite://'.length) || ':memory:' };
	if (url.startsWith('sqlite:')) return { kind: 'sqlite', path: url.slice('sqlite:'.length) || ':memory:' };
	if (url.startsWith('file:')) return { kind: 'sqlite', path: url.slice('file:'.length) };
	return { kind: 'sqlite', path: url };
}
