/**
 * The shape every slash command file exports, and what the router passes to it.
 * Commands read the store through its ports and reach feeds and articles through `ctx.services`,
 * which main.ts builds from the pipeline, so this folder never imports the pipeline itself.
 */
import type {
	AutocompleteInteraction,
	ButtonInteraction,
	ChatInputCommandInteraction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Brief } from '../src/briefs/types.js';
import type { Logger } from '../src/shared/logger.js';
import type { ServiceFailure } from '../src/shared/failure-codes.js';
import type { ArticleStore, FeedStore, GuildSettingsStore, MentionStore, SubscriptionStore } from '../src/store/types.js';

/** Checking a URL as a feed: what `/feed add` shows before it follows it. */
export type FeedCheckResult =
	| { status: 'ok'; title: string | null; itemCount: number; finalUrl: string; /** The feed's own icon, when it names one (a webhook's avatar). */ iconUrl?: string | null }
	| ServiceFailure;

/** Building a brief on demand (`/feed preview`, `/brief`). */
export type BriefResult = { status: 'ok'; brief: Brief } | ServiceFailure;

export interface CommandServices {
	/** Fetches and parses `url` as a feed, with the fetcher's SSRF guard, size cap and timeout. */
	checkFeed(url: string): Promise<FeedCheckResult>;
	/** The brief of the newest item of the feed at `url`; nothing is stored or posted. */
	previewFeed(url: string): Promise<BriefResult>;
	/** The brief of the article at `url`; nothing is posted. */
	briefUrl(url: string): Promise<BriefResult>;
	/** Called after subscriptions change, so the in-memory matcher is rebuilt. */
	subscriptionsChanged(): Promise<void>;
}

export interface CommandContext {
	feeds: FeedStore;
	articles: ArticleStore;
	mentions: MentionStore;
	subscriptions: SubscriptionStore;
	services: CommandServices;
	logger: Logger;
	now: () => number;
	/** Per-guild reading settings (`/settings`); optional so that contexts built before it still type-check. */
	guildSettings?: GuildSettingsStore;
	/** True when LLM_BASE_URL is set, so `/settings` can say when its choices cannot take effect. */
	llmConfigured?: boolean;
	/** Per-guild caps and the interval floor of /feed (config); absent in tests that do not exercise them. */
	feedLimits?: { maxFeeds: number; maxFilters: number; minIntervalMs: number };
}

export interface Command {
	data: RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
	/** Buttons whose custom id starts with `${data.name}:` are routed here. */
	button?(interaction: ButtonInteraction, ctx: CommandContext): Promise<void>;
}

/** What the loader accepts as a command module's default export. */
export const commandPredicate = z.object({
	data: z.object({ name: z.string().regex(/^[-_\p{L}\p{N}]{1,32}$/u), description: z.string().min(1).max(100) }).passthrough(),
	execute: z.function(),
});
