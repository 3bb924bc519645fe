import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient, type ChatClientOptions } from '../../src/llm/chat-client.js';
import { LlmError } from '../../src/llm/errors.js';
import { startFakeProvider, type ChatRequest, type FakeProvider, type Reply } from './fake-provider.js';

const SECRET = 'sk-test-very-secret-key';
let provider: FakeProvider | null = null;

afterEach(async () => {
	await provider?.close();
	provider = null;
});

async function clientFor(answer: (request: ChatRequest, index: number) => Reply, overrides: Partial<ChatClientOptions> = {}) {
	provider = await startFakeProvider(answer);
	const sleeps: number[] = [];
	const complete = createChatClient({
		baseUrl: provider.baseUrl,
		apiKey: SECRET,
		model: 'tiny',
		timeoutMs: 500,
		retries: 2,
		baseDelayMs: 10,
		random: () => 0.5,
		sleep: async (ms) => void sleeps.push(ms),
		...overrides,
	});
	return { complete, sleeps, provider };
}

const MESSAGES = [{ role: 'user' as const, content: '{"title":"x"}' }];

describe('chat client', () => {
	it('posts one chat completion with the model, the key as a bearer token and JSON output asked for', async () => {
		const { complete, provider } = await clientFor(() => ({ kind: 'content', content: '{"a":1}', usage: { prompt_tokens: 12, completion_tokens: 3 } }));
		const answer = await complete(MESSAGES, { maxTokens: 99 });
		expect(answer).toEqual({ text: '{"a":1}', usage: { promptTokens: 12, completionTokens: 3 }, complete: true });
		expect(provider.requests).toHaveLength(1);
		expect(provider.requests[0]).toMatchObject({ model: 'tiny', max_tokens: 99, authorization: `Bearer ${SECRET}`, messages: MESSAGES });
	});

	it('retries a 503 and a 429 with growing, jittered backoff, then succeeds', async () => {
		const { complete, sleeps, provider } = await clientFor((_r, i) =>
			i === 0 ? { kind: 'status', status: 503 } : i === 1 ? { kind: 'status', status: 429 } : { kind: 'content', content: '{}' },
		);
		await expect(complete(MESSAGES)).resolves.toMatchObject({ text: '{}' });
		expect(provider.requests).toHaveLength(3);
		expect(sleeps).toEqual([7.5, 15]);
	});

	it('does not retry a 401, and the error says neither the key nor the request', async () => {
		const { complete, provider } = await clientFor(() => ({ kind: 'status', status: 401 }));
		const error = await complete(MESSAGES).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(LlmError);
		expect(String((error as Error).message)).toContain('401');
		expect(JSON.stringify(error)).not.toContain(SECRET);
		expect(String((error as Error).message)).not.toContain(SECRET);
		expect(provider.requests).toHaveLength(1);
	});

	it('gives up on a provider that never answers after its timeout, once per attempt', async () => {
		const { complete, provider } = await clientFor(() => ({ kind: 'hang' }), { timeoutMs: 150, retries: 1 });
		const started = performance.now();
		await expect(complete(MESSAGES)).rejects.toThrow(/timed out after 150 ms/);
		expect(provider.requests).toHaveLength(2);
		expect(performance.now() - started).toBeLessThan(2_000);
	});

	it('refuses a body that is not a chat completion, without retrying', async () => {
		for (const body of ['not json at all', '{"choices":[]}', '{"choices":[{"message":{}}]}']) {
			const { complete, provider } = await clientFor(() => ({ kind: 'raw', body }));
			await expect(complete(MESSAGES)).rejects.toBeInstanceOf(LlmError);
			expect(provider.requests).toHaveLength(1);
			await provider.close();
		}
	});

	it('cuts off an answer larger than the cap', async () => {
		const { complete } = await clientFor(() => ({ kind: 'content', content: 'x'.repeat(10_000) }), { maxResponseBytes: 4_096 });
		await expect(complete(MESSAGES)).rejects.toThrow(/larger than 4096 bytes/);
	});

	it('marks an answer cut by the token limit as incomplete', async () => {
		const { complete } = await clientFor(() => ({ kind: 'content', content: '{"summary": ["half', finishReason: 'length' }));
		await expect(complete(MESSAGES)).resolves.toMatchObject({ complete: false });
	});
});
