/**
 * `npm start` without a token, as a new user meets it: the real bot on the bundled samples, a real SQLite file,
 * its own console output. The samples wait a short STORY_HOLD (said on the first line), the briefs then print, and
 * a held brief is never reported as "already printed".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/start-bot.js';
import { loadConfig } from '../../src/config/env.js';
import { silentLogger } from '../../src/shared/logger.js';

let dir: string;
let bot: RunningBot | null = null;
const out: string[] = [];
const text = () => out.join('');

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; console so far:\n${text()}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'briefbot-first-run-'));
});

afterAll(async () => {
	await bot?.stop();
	rmSync(dir, { recursive: true, force: true });
});

describe('console mode on the bundled samples', () => {
	it('says how long briefs wait for the original copy, then prints them, never calling them already printed', async () => {
		// The production default hold (2 min) is in force: the samples cap it, and the first line says by how much.
		const config = loadConfig({ DATABASE_URL: join(dir, 'bot.db'), ARTICLE_BUDGET_MS: '30000' });
		expect(config.STORY_HOLD).toBeGreaterThan(60_000);
		bot = await startBot(config, silentLogger, { write: (t) => void out.push(t) });
		expect(out[0]).toMatch(/console mode .* after a 10 s wait for the original copy of each story \(STORY_HOLD\)/);
		await waitFor(() => /• new item:/.test(text()), 30_000, 'the first new item');
		await waitFor(() => text().includes('Quotes'), 60_000, 'the first printed brief');
		expect(text()).not.toMatch(/No new briefs/);
	}, 90_000);
});
