import { Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_COMMANDS, startReaderWorld, type ReaderWorld } from './helpers/reader-world.js';
import { loadCommands } from '../../src/discord/load-commands.js';

let world: ReaderWorld;
beforeAll(async () => {
	world = await startReaderWorld();
}, 30_000);
afterAll(async () => {
	await world?.close();
});

type Described = { description: string; description_localizations?: { fr?: string }; options?: Described[]; name: string };

describe('reader command definitions', () => {
	it('load through the bot’s loader, guild-only, described in English and French down to every option', async () => {
		const commands = await loadCommands({ only: READER_COMMANDS });
		expect([...commands.keys()].sort()).toEqual([...READER_COMMANDS].sort());
		const check = (item: Described) => {
			expect(item.description.length).toBeLessThanOrEqual(100);
			expect(item.description_localizations?.fr, `${item.name} has no French description`).toBeTruthy();
			expect(item.description_localizations?.fr?.length ?? 0).toBeLessThanOrEqual(100);
			for (const option of item.options ?? []) check(option);
		};
		for (const command of commands.values()) {
			expect(command.data.contexts).toEqual([0]);
			check(command.data as unknown as Described);
		}
	});

	it('are accepted by Discord’s validation when registered', async () => {
		const commands = await loadCommands({ only: READER_COMMANDS });
		const body = [...commands.values()].map((c) => c.data);
		await world.client.rest.put(Routes.applicationGuildCommands(world.emulator.applicationId, world.guildA.id), { body });
		expect(world.emulator.commands(world.guildA.id).map((c) => (c as { name: string }).name).sort()).toEqual([...READER_COMMANDS].sort());
	});
});
