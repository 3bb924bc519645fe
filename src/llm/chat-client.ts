/**
 * One OpenAI-compatible chat-completions client on Node's fetch: Ollama, llama.cpp's server, vLLM and hosted
 * APIs all speak `POST {base}/chat/completions`. Per-request timeout, retries with jittered backoff on what may
 * pass (timeouts, 429, 5xx, dropped connections), a cap on the answer's size, and errors that never carry the key.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
import { z } from 'zod';
import { LlmError } from './errors.js';
import type { ChatAnswer, ChatMessage, CompleteChat, LlmObserver } from './types.js';
import { SILENT_OBSERVER } from './types.js';

export interface ChatClientOptions {
	/** e.g. `http://127.0.0.1:11434/v1` for Ollama; `/chat/completions` is appended. */
	baseUrl: string;
	apiKey?: string | undefined;
	model: string;
	timeoutMs: number;
	/** Attempts after the first one. */
	retries: number;
	/** Largest answer body read, in bytes; a provider that streams more is cut off. */
	maxResponseBytes?: number;
	baseDelayMs?: number;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
	random?: () => number;
	observer?: LlmObserver;
}

const answerSchema = z.object({
	choices: z
		.array(z.object({ message: z.object({ content: z.string().nullable() }), finish_reason: z.string().nullable().optional() }))
		.min(1),
	usage: z.object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) }).partial().optional(),
});

const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024;
const MAX_RETRY_AFTER_MS = 30_000;

export function createChatClient(options: ChatClientOptions): CompleteChat {
	const endpoint = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
	const doFetch = options.fetch ?? fetch;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const random = options.random ?? Math.random;
	const observer = options.observer ?? SILENT_OBSERVER;
	const baseDelayMs = options.baseDelayMs ?? 500;

	async function attempt(messages: ChatMessage[], maxTokens: number | undefined, outer?: AbortSignal): Promise<ChatAnswer> {
		const timeout = AbortSignal.timeout(options.timeoutMs);
		const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
		const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
		if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
		const body = JSON.stringify({
			model: options.model,
			messages,
			temperature: 0,
			stream: false,
			response_format: { type: 'json_object' },
			...(maxTokens ? { max_tokens: maxTokens } : {}),
		});
		const started = performance.now();
		try {
			let response: Response;
			try {
				response = await doFetch(endpoint, { method: 'POST', headers, body, signal, redirect: 'error' });
			} catch (error) {
				// Only the error's name: undici's messages may echo the request, and the request carries the key.
				const what = timeout.aborted ? `timed out after ${options.timeoutMs} ms` : `request failed (${errorName(error)})`;
				throw new LlmError(`language model ${what}`, !outer?.aborted);
			}
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				const retryable = response.status === 429 || response.status >= 500 || response.status === 408;
				throw Object.assign(new LlmError(`language model answered HTTP ${response.status}`, retryable), {
					retryAfterMs: retryAfter(response.headers.get('retry-after')),
				});
			}
			const text = await readCapped(response, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, timeout);
			const answer = parseAnswer(text);
			observer.request('ok', performance.now() - started);
			observer.tokens(answer.usage);
			return answer;
		} catch (error) {
			observer.request('error', performance.now() - started);
			throw error;
		}
	}

	return async (messages, callOptions = {}) => {
		for (let tries = 0; ; tries++) {
			try {
				return await attempt(messages, callOptions.maxTokens, callOptions.signal);
			} catch (error) {
				const llmError = error instanceof LlmError ? error : new LlmError('language model call failed', false, { cause: error });
				if (!llmError.retryable || tries >= options.retries || callOptions.signal?.aborted) throw llmError;
				const exponential = baseDelayMs * 2 ** tries;
				const hinted = (llmError as LlmError & { retryAfterMs?: number | null }).retryAfterMs ?? 0;
				await sleep(Math.max(hinted, exponential * (0.5 + random() / 2)));
			}
		}
	};
}

function parseAnswer(text: string): ChatAnswer {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new LlmError('language model answer is not JSON', false, { cause: error });
	}
	const parsed = answerSchema.safeParse(json);
	if (!parsed.success) throw new LlmError('language model answer is not a chat completion', false);
	const choice = parsed.data.choices[0]!;
	const content = choice.message.content ?? '';
	// Providers that omit usage still cost something: count about four characters a token.
	const usage = {
		promptTokens: parsed.data.usage?.prompt_tokens ?? 0,
		completionTokens: parsed.data.usage?.completion_tokens ?? Math.ceil(content.length / 4),
	};
	return { text: content, usage, complete: choice.finish_reason !== 'length' };
}

async function readCapped(response: Response, maxBytes: number, timeout: AbortSignal): Promise<string> {
	const reader = response.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await reader.cancel().catch(() => undefined);
				throw new LlmError(`language model answer is larger than ${maxBytes} bytes`, false);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof LlmError) throw error;
		throw new LlmError(timeout.aborted ? 'language model answer timed out' : 'language model answer was cut', true);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function retryAfter(header: string | null): number | null {
	if (!header) return null;
	const seconds = Number(header);
	if (!Number.isFinite(seconds) || seconds < 0) return null;
	return Math.min(seconds * 1_000, MAX_RETRY_AFTER_MS);
}

function errorName(error: unknown): string {
	return error instanceof Error ? error.name : 'unknown';
}
