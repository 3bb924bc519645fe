/**
 * A local OpenAI-compatible chat-completions server on 127.0.0.1 for the language-model tests and benchmark.
 * `answer` decides each reply from the parsed request; helpers build the usual ones.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

export interface ChatRequest {
	model: string;
	messages: Array<{ role: string; content: string }>;
	max_tokens?: number;
	authorization: string | undefined;
}

export type Reply =
	| { kind: 'content'; content: string; delayMs?: number; finishReason?: string; usage?: { prompt_tokens: number; completion_tokens: number } }
	| { kind: 'status'; status: number; delayMs?: number; headers?: Record<string, string> }
	| { kind: 'raw'; body: string; delayMs?: number }
	| { kind: 'hang' };

export interface FakeProvider {
	baseUrl: string;
	requests: ChatRequest[];
	setAnswer(answer: (request: ChatRequest, index: number) => Reply): void;
	close(): Promise<void>;
}

export async function startFakeProvider(answer: (request: ChatRequest, index: number) => Reply): Promise<FakeProvider> {
	const server: TestServer = await startTestServer();
	const requests: ChatRequest[] = [];
	let current = answer;
	server.route('/v1/chat/completions', async (req: IncomingMessage, res: ServerResponse) => {
		const body = JSON.parse(await readBody(req)) as Omit<ChatRequest, 'authorization'>;
		const request = { ...body, authorization: req.headers.authorization };
		requests.push(request);
		const reply = current(request, requests.length - 1);
		if (reply.kind === 'hang') return;
		if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
		if (res.destroyed) return;
		if (reply.kind === 'status') return void res.writeHead(reply.status, reply.headers ?? {}).end('{"error":"nope"}');
		if (reply.kind === 'raw') return void res.writeHead(200, { 'content-type': 'application/json' }).end(reply.body);
		const usage = reply.usage ?? { prompt_tokens: 100, completion_tokens: 50 };
		const payload = { choices: [{ index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: reply.finishReason ?? 'stop' }], usage };
		res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
	});
	return {
		baseUrl: server.url('/v1'),
		requests,
		setAnswer(next) {
			current = next;
		},
		close: () => server.close(),
	};
}

/** The JSON input the localizer sent: the user message. */
export function inputOf(request: ChatRequest): { summary?: string[]; quotes?: string[]; article?: string; title: string } {
	return JSON.parse(request.messages.find((m) => m.role === 'user')?.content ?? '{}') as never;
}

/** A provider that "translates" by tagging each string, and writes a fixed abstract: checkable by the tests. */
export function taggingTranslator(abstract: string[] = []): (request: ChatRequest) => Reply {
	return (request) => {
		const input = inputOf(request);
		const out: Record<string, unknown> = {};
		if (input.summary) out.summary = input.summary.map((s) => `[en] ${s}`);
		if (input.quotes) out.quotes = input.quotes.map((q) => `[en] ${q}`);
		if (input.article !== undefined) out.abstract = abstract;
		return { kind: 'content', content: JSON.stringify(out) };
	};
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let data = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (data += chunk));
		req.on('end', () => resolve(data));
		req.on('error', reject);
	});
}
