/**
 * The CLI reads URLs as the bot does: the same fetcher and configuration (the SSRF guard unless
 * ALLOW_PRIVATE_NETWORK, MAX_PAGE_BYTES), the same briefFromUrl; and files with a BOM in their encoding.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/cli/article-input.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of storms, and the first ferries left at dawn with three hundred passengers on board.</p><p>Dock workers had cleared the fallen cranes over the weekend, the port authority said, and the fuel depot was inspected on Sunday night.</p><p>Fishing boats that sheltered upriver returned in the afternoon, though several skippers reported damaged nets and lost traps.</p><p>The town council will meet on Thursday to discuss repairs to the sea wall, which was breached in two places during the worst night.</p></article></body></html>`;
let server: TestServer;

// Asynchronous, so that the test server in this process can answer the child's request.
function runCli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

beforeAll(async () => {
	server = await startTestServer();
	server.route('/article.html', { body: PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } });
	server.route('/big.html', { body: PAGE + ' '.repeat(4_096), headers: { 'content-type': 'text/html' } });
});

afterAll(async () => {
	await server.close();
});

describe('the CLI on URLs', () => {
	it('refuses a private address unless ALLOW_PRIVATE_NETWORK, like the bot', async () => {
		const refused = await runCli(['brief', server.url('/article.html')], { ALLOW_PRIVATE_NETWORK: 'false' });
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/blocked-address/);
		const allowed = await runCli(['brief', server.url('/article.html'), '--json'], { ALLOW_PRIVATE_NETWORK: 'true' });
		expect(allowed.status).toBe(0);
		expect((JSON.parse(allowed.stdout) as { title: string; contentSource: string }).title).toBe('Harbour reopens');
	}, 60_000);

	it('applies MAX_PAGE_BYTES from the configuration', async () => {
		const result = await runCli(['extract', server.url('/big.html')], { ALLOW_PRIVATE_NETWORK: 'true', MAX_PAGE_BYTES: '2048' });
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/too-large/);
	}, 60_000);
});

describe('CLI decoding', () => {
	it('reads UTF-16 files with a BOM as text, as the fetcher does', () => {
		const text = 'Le conseil a voté le budget de l’année.';
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		expect(decodeBytes(le)).toBe(text);
		const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
		expect(decodeBytes(be)).toBe(text);
		expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toBe(text);
	});
});
