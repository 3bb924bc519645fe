import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import path from 'node:path';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { UserError } from '../../src/shared/errors.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { Command, CommandContext } from '../../commands/index.js';
import { startBotWorld, type BotWorld } from './helpers/bot-world.js';

const ADMIN = '500000000000000001';
let world: BotWorld;
const logged: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

const logger = {
	...silentLogger,
	error: (obj: { error?: string }) => logged.push(obj.error ?? ''),
	warn: () => {},
	debug: () => {},
	info: () => {},
} as unknown as CommandContext['logger'];

function command(name: string, execute: Command['execute'], extra: Partial<Command> = {}): Command {
	return { data: { name, description: `test command ${name}` }, execute, ...extra };
}

const commands: Command[] = [
	command('ping', async (i) => void (await i.reply({ content: 'pong' })), {
		button: async (i) => void (await i.reply({ content: `button ${i.customId}`, flags: MessageFlags.Ephemeral })),
		autocomplete: async (i) => i.respond([{ name: 'one', value: '1' }]),
	}),
	command('oops', async () => {
		throw new UserError('oops', 'That feed is not yours.');
	}),
	command('boom', async () => {
		throw new Error('database is on fire', { cause: new Error('disk full') });
	}, {
		autocomplete: async () => {
			throw new Error('autocomplete exploded');
		},
	}),
	command('slow', async (i: ChatInputCommandInteraction) => {
		await i.deferReply({ flags: MessageFlags.Ephemeral });
		throw new UserError('slow', 'Checked it: not a feed.');
	}),
	command('twice', async (i) => {
		await i.reply({ content: 'first' });
		throw new Error('after replying');
	}),
];

beforeAll(async () => {
	process.on('unhandledRejection', onUnhandled);
	world = await startBotWorld();
	const ctx = { logger, now: Date.now } as unknown as CommandContext;
	attachInteractionRouter(world.client, commands, ctx);
});
afterAll(async () => {
	process.off('unhandledRejection', onUnhandled);
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	logged.length = 0;
});

function interact(commandName: string, extra: Record<string, unknown> = {}) {
	return world.emulator.interact({ guildId: world.guild.id, channelId: world.guild.channels[0]!.id, userId: ADMIN, command: commandName, ...extra });
}

describe('the Discord client', () => {
	it('logs in against the configured API base and becomes ready with its guild', () => {
		expect(world.client.isReady()).toBe(true);
		expect(world.client.user?.id).toBe(world.emulator.botUserId);
		expect(world.client.guilds.cache.has(world.guild.id)).toBe(true);
		expect(world.client.options.allowedMentions).toEqual({ parse: [] });
	});

	it('resumes after a gateway drop and keeps answering interactions', async () => {
		const resumes = world.emulator.stats.resumes;
		world.emulator.dropGateway();
		await world.emulator.waitFor(() => world.emulator.stats.resumes > resumes, 10_000, 'a RESUME');
		const res = await interact('ping');
		expect(res.data?.content).toBe('pong');
	});

	it('reconnects when Discord asks it to (op 7) and keeps answering', async () => {
		const connections = world.emulator.stats.connections;
		world.emulator.sendReconnect();
		await world.emulator.waitFor(() => world.emulator.stats.connections > connections, 10_000, 'a new connection');
		expect((await interact('ping')).data?.content).toBe('pong');
	});

	it('identifies again after a non-resumable invalid session (op 9) and keeps answering', async () => {
		const identifies = world.emulator.stats.identifies;
		world.emulator.invalidateSession(false);
		await world.emulator.waitFor(() => world.emulator.stats.identifies > identifies, 15_000, 'a new IDENTIFY');
		await world.emulator.waitFor(() => world.client.isReady(), 10_000, 'ready again');
		expect((await interact('ping')).data?.content).toBe('pong');
	});
});

describe('interaction router', () => {
	it('runs the command of a chat input interaction', async () => {
		const res = await interact('ping');
		expect(res).toMatchObject({ type: 4, ephemeral: false });
		expect(res.data?.content).toBe('pong');
	});

	it('answers a UserError with its message, ephemeral, and logs nothing as an error', async () => {
		const res = await interact('oops');
		expect(res).toMatchObject({ type: 4, ephemeral: true });
		expect(res.data?.content).toBe('That feed is not yours.');
		expect(logged).toEqual([]);
	});

	it('answers an unexpected error generically and logs its cause chain', async () => {
		const res = await interact('boom');
		expect(res.ephemeral).toBe(true);
		expect(res.data?.content).toMatch(/went wrong/);
		expect(res.data?.content).not.toMatch(/fire/);
		expect(logged.some((line) => line.includes('database is on fire') && line.includes('disk full'))).toBe(true);
	});

	it('answers in French when the user speaks French', async () => {
		const res = await interact('boom', { locale: 'fr' });
		expect(res.data?.content).toMatch(/Une erreur est survenue/);
	});

	it('edits the deferred reply when a command fails after deferring', async () => {
		const res = await interact('slow');
		expect(res).toMatchObject({ type: 5, ephemeral: true });
		await world.emulator.waitFor(() => res.record.edits.length > 0, 5_000, 'the edit');
		expect(res.original()?.content).toBe('Checked it: not a feed.');
	});

	it('follows up when a command fails after replying', async () => {
		const res = await interact('twice');
		expect(res.data?.content).toBe('first');
		await world.emulator.waitFor(() => res.followUps().length > 0, 5_000, 'the follow-up');
		expect(res.followUps()[0]).toMatchObject({ content: expect.stringMatching(/went wrong/) });
	});

	it('routes buttons by the command name before the colon', async () => {
		const res = await interact('', { type: 'button', customId: 'ping:again', command: undefined });
		expect(res.data?.content).toBe('button ping:again');
	});

	it('routes autocomplete, answering an empty list when the handler fails', async () => {
		const ok = await interact('ping', { type: 'autocomplete', options: [{ name: 'q', type: 3, value: 'o', focused: true }] });
		expect(ok).toMatchObject({ type: 8, data: { choices: [{ name: 'one', value: '1' }] } });
		const failed = await interact('boom', { type: 'autocomplete', options: [{ name: 'q', type: 3, value: 'o', focused: true }] });
		expect(failed).toMatchObject({ type: 8, data: { choices: [] } });
	});

	it('answers an unknown command instead of leaving the user waiting', async () => {
		const res = await interact('nope');
		expect(res).toMatchObject({ ephemeral: true, data: { content: 'This command is not available.' } });
	});

	it('never leaves an unhandled rejection behind', async () => {
		await Promise.all([interact('boom'), interact('twice'), interact('slow'), interact('oops')]);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(unhandled).toEqual([]);
	});
});

describe('loadCommands', () => {
	it('keeps valid default exports and skips broken modules and index.ts', async () => {
		const warn = vi.fn();
		const error = vi.fn();
		const dir = path.resolve(import.meta.dirname, '../fixtures/discord/commands');
		const loaded = await loadCommands({ dir, logger: { ...silentLogger, warn, error } as never });
		expect([...loaded.keys()]).toEqual(['echo']);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(error).toHaveBeenCalledTimes(1);
	});

	it('finds /feed among the project commands', async () => {
		const loaded = await loadCommands({ only: ['feed'] });
		expect(loaded.get('feed')?.data.default_member_permissions).toBe('32');
	});
});
