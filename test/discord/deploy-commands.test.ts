import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import feedCommand from '../../commands/feed.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { startDiscordEmulator, type DiscordEmulator } from '../emulator/index.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
let emulator: DiscordEmulator;
let guildId: string;

beforeAll(async () => {
	emulator = await startDiscordEmulator();
	guildId = emulator.addGuild({ name: 'Deploy' }).id;
});
afterAll(async () => {
	await emulator?.close();
});
beforeEach(() => emulator.reset());

const base = () => ({ token: emulator.token, applicationId: emulator.applicationId, apiBase: emulator.apiBase });

describe('deployCommands', () => {
	it('registers the commands in one guild when a guild id is given', async () => {
		const result = await deployCommands({ ...base(), guildId, commands: [feedCommand] });
		expect(result).toEqual({ scope: 'guild', names: ['feed'] });
		expect(emulator.commands(guildId).map((c) => c.name)).toEqual(['feed']);
		expect(emulator.commands()).toEqual([]);
		expect(emulator.commands(guildId)[0]).toMatchObject({ default_member_permissions: '32' });
	});

	it('registers them globally otherwise, replacing the previous set', async () => {
		await deployCommands({ ...base(), commands: [feedCommand] });
		await deployCommands({ ...base(), commands: [feedCommand] });
		expect(emulator.commands().map((c) => c.name)).toEqual(['feed']);
		expect(emulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
	});

	it('fails with the cause when Discord refuses the set', async () => {
		const invalid = { ...feedCommand, data: { ...feedCommand.data, name: 'Not Valid' } };
		await expect(deployCommands({ ...base(), commands: [invalid] })).rejects.toMatchObject({
			message: 'registering 1 commands failed',
			cause: expect.objectContaining({ status: 400 }),
		});
	});

	it('runs as `npm run deploy-commands` with the configuration from the environment', async () => {
		const env = {
			...process.env,
			DISCORD_TOKEN: emulator.token,
			DISCORD_APPLICATION_ID: emulator.applicationId,
			DISCORD_GUILD_ID: guildId,
			DISCORD_API_BASE: emulator.apiBase,
			LOG_LEVEL: 'silent',
		};
		await run(process.execPath, ['--import', 'tsx', 'src/discord/deploy-commands.ts'], { cwd: repoRoot, env, timeout: 60_000 });
		expect(emulator.commands(guildId).map((c) => c.name)).toContain('feed');
	}, 60_000);

	it('exits with code 2 and a clear message when the token is missing', async () => {
		const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', LOG_LEVEL: 'silent' };
		const failure = await run(process.execPath, ['--import', 'tsx', 'src/discord/deploy-commands.ts'], { cwd: repoRoot, env }).catch((e: unknown) => e);
		expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/DISCORD_TOKEN and DISCORD_APPLICATION_ID are required/) });
	}, 60_000);
});
