/**
 * Application command registration: validation as Discord does it, and storage that keeps a command's id when a
 * bulk overwrite sends the same name again.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
import type { ErrorTree } from './message-limits.js';
import { createSnowflake } from './snowflake.js';
import type { EmulatorState } from './state.js';
import type { Json } from './types.js';

const NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_COMMANDS = 100;

function push(tree: ErrorTree, path: (string | number)[], code: string, message: string): void {
	let node = tree;
	for (const key of path) {
		if (node[String(key)] === undefined || Array.isArray(node[String(key)])) node[String(key)] = {};
		node = node[String(key)] as ErrorTree;
	}
	const list = (node._errors as Array<{ code: string; message: string }> | undefined) ?? [];
	list.push({ code, message });
	node._errors = list;
}

function checkName(tree: ErrorTree, path: (string | number)[], name: unknown, chatInput: boolean): void {
	const text = typeof name === 'string' ? name : '';
	if (text.length < 1 || text.length > 32) push(tree, [...path, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
	else if (chatInput && (!NAME_PATTERN.test(text) || text !== text.toLowerCase())) {
		push(tree, [...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
	}
}

function checkDescription(tree: ErrorTree, path: (string | number)[], description: unknown): void {
	const text = typeof description === 'string' ? description : '';
	if (text.length < 1 || text.length > 100) push(tree, [...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
}

function checkOptions(tree: ErrorTree, path: (string | number)[], options: unknown): void {
	if (options === undefined || options === null) return;
	if (!Array.isArray(options)) return push(tree, path, 'BASE_TYPE_BAD_TYPE', 'Must be an array.');
	if (options.length > MAX_OPTIONS) push(tree, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_OPTIONS} or fewer in length.`);
	let seenOptional = false;
	options.forEach((raw: unknown, i: number) => {
		const option = (raw ?? {}) as Json;
		checkName(tree, [...path, i], option.name, true);
		checkDescription(tree, [...path, i], option.description);
		if (option.required === true && seenOptional) push(tree, [...path, i, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
		if (option.required !== true && option.type !== 1 && option.type !== 2) seenOptional = true;
		const choices = Array.isArray(option.choices) ? option.choices : [];
		if (choices.length > MAX_CHOICES) push(tree, [...path, i, 'choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHOICES} or fewer in length.`);
		choices.forEach((choice: unknown, j: number) => {
			const name = ((choice ?? {}) as Json).name;
			if (typeof name !== 'string' || name.length < 1 || name.length > 100) {
				push(tree, [...path, i, 'choices', j, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
			}
		});
		if (option.type === 1 || option.type === 2) checkOptions(tree, [...path, i, 'options'], option.options);
	});
}

/** Returns Discord's error tree for one command (rooted at `path`), empty when valid. */
function checkCommand(tree: ErrorTree, path: (string | number)[], body: Json): void {
	const type = typeof body.type === 'number' ? body.type : 1;
	checkName(tree, path, body.name, type === 1);
	if (type === 1) checkDescription(tree, path, body.description);
	else if (body.description) push(tree, [...path, 'description'], 'APPLICATION_COMMAND_DESCRIPTION_NOT_EMPTY', 'Description must be empty for non chat input commands');
	checkOptions(tree, [...path, 'options'], body.options);
}

export type RegistryResult = { ok: true; body: Json | Json[]; status: number } | { ok: false; status: number; body: Json };

const invalid = (errors: ErrorTree): RegistryResult => ({ ok: false, status: 400, body: { code: 50035, message: 'Invalid Form Body', errors } });

function storeCommand(state: EmulatorState, guildId: string, body: Json, previous: Json | undefined): Json {
	return {
		id: previous?.id ?? createSnowflake(),
		application_id: state.applicationId,
		version: createSnowflake(),
		type: typeof body.type === 'number' ? body.type : 1,
		name: body.name,
		name_localizations: body.name_localizations ?? null,
		description: body.description ?? '',
		description_localizations: body.description_localizations ?? null,
		options: body.options ?? [],
		default_member_permissions: body.default_member_permissions ?? null,
		dm_permission: body.dm_permission ?? true,
		contexts: body.contexts ?? null,
		integration_types: body.integration_types ?? [0],
		nsfw: body.nsfw ?? false,
		...(guildId ? { guild_id: guildId } : {}),
	};
}

/** PUT: replaces the whole list. */
export function overwriteCommands(state: EmulatorState, guildId: string, body: unknown): RegistryResult {
	if (!Array.isArray(body)) return invalid({ _errors: [{ code: 'BASE_TYPE_BAD_TYPE', message: 'Must be an array.' }] });
	const tree: ErrorTree = {};
	if (body.length > MAX_COMMANDS) push(tree, [], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_COMMANDS} or fewer in length.`);
	const seen = new Set<string>();
	body.forEach((raw: unknown, i: number) => {
		const command = (raw ?? {}) as Json;
		checkCommand(tree, [i], command);
		const key = `${String(command.type ?? 1)}:${String(command.name)}`;
		if (seen.has(key)) push(tree, [i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
		seen.add(key);
	});
	if (Object.keys(tree).length > 0) return invalid(tree);
	const previous = state.commands.get(guildId) ?? [];
	const stored = body.map((raw: unknown) => {
		const command = raw as Json;
		return storeCommand(state, guildId, command, previous.find((p) => p.name === command.name && p.type === (command.type ?? 1)));
	});
	state.commands.set(guildId, stored);
	return { ok: true, status: 200, body: stored };
}

/** POST: creates or replaces one command by name (201 when new, 200 when it existed). */
export function upsertCommand(state: EmulatorState, guildId: string, body: unknown): RegistryResult {
	const command = (body ?? {}) as Json;
	const tree: ErrorTree = {};
	checkCommand(tree, [], command);
	if (Object.keys(tree).length > 0) return invalid(tree);
	const list = state.commands.get(guildId) ?? [];
	const index = list.findIndex((p) => p.name === command.name && p.type === (command.type ?? 1));
	const stored = storeCommand(state, guildId, command, list[index]);
	if (index >= 0) list[index] = stored;
	else list.push(stored);
	state.commands.set(guildId, list);
	return { ok: true, status: index >= 0 ? 200 : 201, body: stored };
}
