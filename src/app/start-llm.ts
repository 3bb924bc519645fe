/**
 * The language-model side, wired: the chat client, the budgets and the localizer, with metrics and the guild
 * settings store. Without LLM_BASE_URL this returns undefined and nothing of src/llm is ever called.
 */
import type { Config } from '../config/env.js';
import { createChatClient } from '../llm/chat-client.js';
import { createBriefLocalizer } from '../llm/localize-brief.js';
import { createTokenBudget } from '../llm/token-budget.js';
import { BRIEF_LANGUAGES, SUMMARY_MODES, type BriefLanguage, type LlmObserver, type ReaderSettings, type SummaryMode } from '../llm/types.js';
import type { Metrics } from '../ops/metrics.js';
import type { Logger } from '../shared/logger.js';
import type { Brief } from '../briefs/types.js';
import type { BriefRendition } from '../discord/brief-rendition.js';
import type { Delivery, GuildSettingsStore } from '../store/types.js';

export interface LocalizeHooks {
	localize(brief: Brief, delivery: Delivery): Promise<BriefRendition | null>;
	prefetch(brief: Brief, delivery: Delivery): void;
}

export function createLocalizeHook(deps: {
	config: Config;
	settings: GuildSettingsStore;
	logger: Logger;
	metrics?: Metrics;
	now?: () => number;
}): LocalizeHooks | undefined {
	const { config } = deps;
	if (!config.LLM_BASE_URL || !config.LLM_MODEL) return undefined;
	const observer = metricsObserver(deps.metrics);
	const complete = createChatClient({
		baseUrl: config.LLM_BASE_URL,
		apiKey: config.LLM_API_KEY,
		model: config.LLM_MODEL,
		timeoutMs: config.LLM_TIMEOUT_MS,
		retries: config.LLM_RETRIES,
		observer,
	});
	const localizer = createBriefLocalizer({
		complete,
		budget: createTokenBudget({ perGuildDaily: config.LLM_GUILD_DAILY_TOKENS, totalDaily: config.LLM_DAILY_TOKENS, ...(deps.now ? { now: deps.now } : {}) }),
		settingsFor: async (guildId) => toReaderSettings(await deps.settings.get(guildId)),
		deadlineMs: config.LLM_DEADLINE_MS,
		maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
		maxInputChars: config.LLM_MAX_INPUT_CHARS,
		cacheEntries: config.LLM_CACHE_ENTRIES,
		logger: deps.logger,
		observer,
	});
	// The key stays out of the log: only where the model is and which one.
	deps.logger.info({ llmBaseUrl: redactUrl(config.LLM_BASE_URL), llmModel: config.LLM_MODEL }, 'language model configured');
	return {
		localize: (brief, delivery) => localizer.localize(brief, delivery.guildId),
		prefetch: (brief, delivery) => localizer.prefetch(brief, delivery.guildId),
	};
}

function toReaderSettings(stored: { language: string; summary: string } | null): ReaderSettings | null {
	if (!stored) return null;
	const language = (BRIEF_LANGUAGES as readonly string[]).includes(stored.language) ? (stored.language as BriefLanguage) : 'original';
	const summary = (SUMMARY_MODES as readonly string[]).includes(stored.summary) ? (stored.summary as SummaryMode) : 'extractive';
	return { language, summary };
}

function metricsObserver(metrics: Metrics | undefined): LlmObserver {
	return {
		request(outcome, latencyMs) {
			metrics?.llmRequests.inc({ outcome });
			metrics?.llmLatencySeconds.observe(latencyMs / 1_000);
		},
		tokens(usage) {
			metrics?.llmTokens.inc({ kind: 'prompt' }, usage.promptTokens);
			metrics?.llmTokens.inc({ kind: 'completion' }, usage.completionTokens);
		},
		fallback(reason) {
			metrics?.llmFallbacks.inc({ reason });
		},
	};
}

/** Credentials in a URL (`https://user:key@host`) are dropped before logging. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.username = '';
		parsed.password = '';
		parsed.search = '';
		return parsed.toString();
	} catch {
		return '(invalid URL)';
	}
}
