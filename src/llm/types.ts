/**
 * What the language-model side exchanges with the rest of the bot. Nothing here knows Discord or the store:
 * the delivery side receives a `BriefRendition` through its own structurally identical option.
 */

/** The languages `/settings language:` offers; `original` keeps each article's own language. */
export const BRIEF_LANGUAGES = ['en', 'fr', 'de', 'es', 'original'] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

export const SUMMARY_MODES = ['extractive', 'abstractive'] as const;
export type SummaryMode = (typeof SUMMARY_MODES)[number];

/** A guild's reading preferences; the defaults change nothing. */
export interface ReaderSettings {
	language: BriefLanguage;
	summary: SummaryMode;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = { language: 'original', summary: 'extractive' };

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface TokenUsage {
	promptTokens: number;
	completionTokens: number;
}

export interface ChatAnswer {
	text: string;
	usage: TokenUsage;
	/** False when the provider stopped on its token limit: the answer is cut and must not be trusted. */
	complete: boolean;
}

/** Sends one chat completion; throws LlmError when no usable answer came back. */
export type CompleteChat = (messages: ChatMessage[], options?: { maxTokens?: number; signal?: AbortSignal }) => Promise<ChatAnswer>;

/** Why a brief went out without the model's work. Bounded set, so it can label a metric. */
export type FallbackReason = 'budget' | 'error' | 'deadline' | 'malformed' | 'unchecked';

/** Hooks for metrics; every call is optional to implement and never throws into the caller. */
export interface LlmObserver {
	request(outcome: 'ok' | 'error', latencyMs: number): void;
	tokens(usage: TokenUsage): void;
	fallback(reason: FallbackReason): void;
}

export const SILENT_OBSERVER: LlmObserver = { request: () => {}, tokens: () => {}, fallback: () => {} };

/**
 * How one guild reads one brief, beside the brief itself: the language shown, the summary to show instead of the
 * brief's, and a translation per quote (same order as `brief.quotes`; null keeps the original alone).
 */
export interface BriefRendition {
	language: string;
	/** The article's language when the text was translated, else null. */
	translatedFrom: string | null;
	summary: string[] | null;
	quoteTranslations: Array<string | null>;
	abstractive: boolean;
}
