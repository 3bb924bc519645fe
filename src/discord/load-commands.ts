/**
 * Finds the slash command modules in commands/ and keeps those whose default export passes
 * `commandPredicate`, as the discord.js template's loader does. A broken module is logged and
 * skipped so that one bad file does not take every other command down with it.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { commandPredicate, type Command } from '../../commands/index.js';
import { describeError } from '../shared/errors.js';
import { silentLogger, type Logger } from '../shared/logger.js';

/** commands/ next to src/; the bot runs from the source tree through tsx, with no build step. */
export const DEFAULT_COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export interface LoadCommandsOptions {
	dir?: string;
	logger?: Logger;
	/** Keep only these command names (tests, partial deployments). */
	only?: string[];
}

export async function loadCommands(options: LoadCommandsOptions = {}): Promise<Map<string, Command>> {
	const dir = options.dir ?? DEFAULT_COMMANDS_DIR;
	const logger = options.logger ?? silentLogger;
	const files = (await readdir(dir)).filter(isCommandFile).sort();
	const commands = new Map<string, Command>();
	for (const file of files) {
		const command = await importCommand(path.join(dir, file), logger);
		if (!command) continue;
		if (options.only && !options.only.includes(command.data.name)) continue;
		if (commands.has(command.data.name)) {
			logger.warn({ file, name: command.data.name }, 'duplicate command name; keeping the first');
			continue;
		}
		commands.set(command.data.name, command);
	}
	return commands;
}

/** Validates one module's default export; null (and a warning) when it is not a command. */
export function toCommand(value: unknown, logger: Logger = silentLogger, source = 'module'): Command | null {
	const result = commandPredicate.safeParse(value);
	if (!result.success) {
		logger.warn({ source, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'not a command');
		return null;
	}
	// The module's own object, not zod's copy, so methods keep their identity and `this`.
	return value as Command;
}

function isCommandFile(file: string): boolean {
	if (file.endsWith('.d.ts') || file.endsWith('.test.ts')) return false;
	const base = file.replace(/\.(ts|js|mjs)$/, '');
	return base !== file && base !== 'index';
}

async function importCommand(file: string, logger: Logger): Promise<Command | null> {
	try {
		const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
		return toCommand(mod.default, logger, file);
	} catch (error) {
		logger.error({ file, error: describeError(error) }, 'command module failed to load');
		return null;
	}
}
