/**
 * Dispatches interactions to commands, with one try/catch per interaction: a UserError becomes an
 * ephemeral reply with its message, anything else is logged with its cause chain and answered with a
 * generic ephemeral reply. Nothing escapes as an unhandled rejection.
 */
import {
	Events,
	MessageFlags,
	type AutocompleteInteraction,
	type Client,
	type Interaction,
	type RepliableInteraction,
} from 'discord.js';
import type { Command, CommandContext } from '../../commands/index.js';
import { UserError, describeError } from '../shared/errors.js';
import { localeOf, t } from './i18n/index.js';

export type CommandMap = ReadonlyMap<string, Command>;

/** Listens for interactions on `client`; returns a function that stops listening. */
export function attachInteractionRouter(client: Client, commands: CommandMap | Command[], ctx: CommandContext): () => void {
	const map: CommandMap = Array.isArray(commands) ? new Map(commands.map((c) => [c.data.name, c])) : commands;
	const listener = (interaction: Interaction): void => {
		routeInteraction(interaction, map, ctx).catch((error: unknown) => {
			ctx.logger.error({ error: describeError(error) }, 'interaction handler failed');
		});
	};
	client.on(Events.InteractionCreate, listener);
	return () => {
		client.off(Events.InteractionCreate, listener);
	};
}

export async function routeInteraction(interaction: Interaction, commands: CommandMap, ctx: CommandContext): Promise<void> {
	if (interaction.isAutocomplete()) return routeAutocomplete(interaction, commands, ctx);
	if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
	const name = interaction.isButton() ? interaction.customId.split(':')[0] : interaction.commandName;
	const command = name ? commands.get(name) : undefined;
	try {
		if (interaction.isChatInputCommand() && command) await command.execute(interaction, ctx);
		else if (interaction.isButton() && command?.button) await command.button(interaction, ctx);
		else throw new UserError('unknown-command', t(localeOf(interaction)).router.unknown, { name });
	} catch (error) {
		await replyWithError(interaction, error, ctx);
	}
}

async function routeAutocomplete(interaction: AutocompleteInteraction, commands: CommandMap, ctx: CommandContext): Promise<void> {
	const command = commands.get(interaction.commandName);
	try {
		if (command?.autocomplete) await command.autocomplete(interaction, ctx);
		else await interaction.respond([]);
	} catch (error) {
		ctx.logger.error({ command: interaction.commandName, error: describeError(error) }, 'autocomplete failed');
		// Discord shows "loading options failed" unless we answer; an empty list is the honest answer.
		if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
	}
}

async function replyWithError(interaction: RepliableInteraction, error: unknown, ctx: CommandContext): Promise<void> {
	const command = interaction.isButton() ? interaction.customId : interaction.isCommand() ? interaction.commandName : '?';
	let content: string;
	if (error instanceof UserError) {
		ctx.logger.debug({ command, identifier: error.identifier }, 'user error');
		content = error.message;
	} else {
		ctx.logger.error({ command, interactionId: interaction.id, error: describeError(error) }, 'command failed');
		content = t(localeOf(interaction)).router.failed;
	}
	try {
		if (interaction.replied) await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
		// A deferred reply is edited in place and keeps the ephemerality the command chose when deferring.
		else if (interaction.deferred) await interaction.editReply({ content, allowedMentions: { parse: [] } });
		else await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
	} catch (replyError) {
		ctx.logger.warn({ command, error: describeError(replyError) }, 'could not deliver the error reply');
	}
}
