/**
 * `npm run deploy-commands`: registers the slash commands with Discord, from a separate step rather
 * than on every start (Discord rate-limits registration and global changes take a while to spread).
 * Guild-scoped when DISCORD_GUILD_ID is set (instant, for development), global otherwise.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command } from '../../commands/index.js';
import { loadConfig } from '../config/env.js';
import { AppError, ConfigError, describeError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { loadCommands } from './load-commands.js';

export interface DeployCommandsOptions {
	token: string;
	applicationId: string;
	guildId?: string;
	/** REST base without the version; Discord's own when absent. */
	apiBase?: string;
	commands: Iterable<Command>;
}

export interface DeployCommandsResult {
	scope: 'guild' | 'global';
	names: string[];
}

/** Replaces the registered command set with `commands` (a PUT is a bulk overwrite). */
export async function deployCommands(options: DeployCommandsOptions): Promise<DeployCommandsResult> {
	const rest = new REST(options.apiBase ? { api: options.apiBase } : {}).setToken(options.token);
	const body = [...options.commands].map((command) => command.data);
	const route = options.guildId
		? Routes.applicationGuildCommands(options.applicationId, options.guildId)
		: Routes.applicationCommands(options.applicationId);
	try {
		const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
		return { scope: options.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
	} catch (error) {
		throw new AppError(`registering ${body.length} commands failed`, { cause: error });
	}
}

async function main(): Promise<number> {
	const config = loadConfig();
	const logger = createLogger(config.LOG_LEVEL);
	if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
		throw new ConfigError(['DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to deploy commands']);
	}
	const commands = await loadCommands({ logger });
	const result = await deployCommands({
		token: config.DISCORD_TOKEN,
		applicationId: config.DISCORD_APPLICATION_ID,
		guildId: config.DISCORD_GUILD_ID,
		apiBase: config.DISCORD_API_BASE,
		commands: commands.values(),
	});
	logger.info({ ...result, guildId: config.DISCORD_GUILD_ID }, `deployed ${result.names.length} commands`);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`deploy-commands: ${error instanceof ConfigError ? error.message : describeError(error)}\n`);
			process.exitCode = error instanceof ConfigError ? 2 : 1;
		},
	);
}
