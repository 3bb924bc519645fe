import { z } from 'zod';
import { ConfigError } from '../shared/errors.js';
import { parseDuration } from './duration.js';

const bool = z
	.enum(['true', 'false', '1', '0', 'yes', 'no', ''])
	.default('false')
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A wait that may be 0 (off): "0", "90s", "2m". */
const holdDuration = (fallback: string) =>
	z
		.string()
		.default(fallback)
		.transform((v, ctx) => {
			const ms = v.trim() === '0' ? 0 : parseDuration(v);
			if (ms === null || ms < 0 || ms > 3_600_000) {
				ctx.addIssue({ code: 'custom', message: `"${v}" is not a hold between 0 (off) and 1h (e.g. 0, 90s, 2m)` });
				return z.NEVER;
			}
			return ms;
		});

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
		STORY_HOLD: holdDuration('2m'),
		FEEDS_FILE: optionalString,
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
		LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
		ALLOW_PRIVATE_NETWORK: bool,
		USER_AGENT: z.string().min(1).default('briefbot/0.1 (+https://github.com/briefbot/briefbot)'),
		FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
		MAX_FEED_BYTES: z.coerce.number().int().min(1_024).default(10 * 1024 * 1024),
		MAX_PAGE_BYTES: z.coerce.number().int().min(1_024).default(10 * 1024 * 1024),
		FETCH_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(64),
		FETCH_PER_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
		FEED_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
		FEED_BACKFILL: z.coerce.number().int().min(0).max(50).default(0),
		/** The shortest per-feed interval `/feed interval` accepts (and the poller honours). */
		FEED_MIN_INTERVAL: duration('2m'),
		/** Per-guild caps, enforced in the store's transaction. */
		GUILD_MAX_FEEDS: z.coerce.number().int().min(1).max(100_000).default(200),
		GUILD_MAX_FILTERS: z.coerce.number().int().min(0).max(100_000).default(200),
		RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
		// A speaker below this calibrated confidence is not shown: the quote goes out unattributed (issue #12).
		SPEAKER_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.85),
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
		/** An OpenAI-compatible API (`http://127.0.0.1:11434/v1` for Ollama). Unset: no model is ever called. */
		LLM_BASE_URL: optionalString,
		/** Sent as a bearer token; never logged. Local servers need none. */
		LLM_API_KEY: optionalString,
		LLM_MODEL: optionalString,
		LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
		LLM_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
		/** The longest a delivery waits for the model before posting the extractive original. */
		LLM_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
		LLM_MAX_OUTPUT_TOKENS: z.coerce.number().int().min(64).max(32_000).default(600),
		LLM_MAX_INPUT_CHARS: z.coerce.number().int().min(500).max(500_000).default(12_000),
		LLM_GUILD_DAILY_TOKENS: z.coerce.number().int().min(0).default(200_000),
		LLM_DAILY_TOKENS: z.coerce.number().int().min(0).default(2_000_000),
		LLM_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(2_000),
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
		if (c.LLM_BASE_URL && !/^https?:\/\/[^\s/]+/.test(c.LLM_BASE_URL)) {
			ctx.addIssue({ code: 'custom', path: ['LLM_BASE_URL'], message: 'must be an http:// or https:// URL' });
		}
		if (c.LLM_BASE_URL && !c.LLM_MODEL) ctx.addIssue({ code: 'custom', path: ['LLM_MODEL'], message: 'required when LLM_BASE_URL is set' });
		if (!c.LLM_BASE_URL && (c.LLM_MODEL || c.LLM_API_KEY)) {
			ctx.addIssue({ code: 'custom', path: ['LLM_BASE_URL'], message: 'required when LLM_MODEL or LLM_API_KEY is set' });
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
