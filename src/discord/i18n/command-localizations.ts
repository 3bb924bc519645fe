/**
 * Command texts for Discord, generated from the i18n tables: English as the default text, every other locale in
 * `*_localizations` under its Discord locale codes. Command files spread these instead of writing texts inline.
 * @see https://discord.com/developers/docs/interactions/application-commands#localization
 */
import type { LocalizationMap } from 'discord.js';
import { COMMAND_STRINGS, type CommandTextKey } from './command-strings.js';
import { DISCORD_LOCALES } from './locale.js';

function localizations(key: CommandTextKey): LocalizationMap {
	const map: Record<string, string> = {};
	for (const [locale, codes] of Object.entries(DISCORD_LOCALES) as Array<[keyof typeof DISCORD_LOCALES, readonly string[]]>) {
		for (const code of codes) map[code] = COMMAND_STRINGS[locale][key];
	}
	return map as LocalizationMap;
}

/** `description` and `description_localizations` of the command, subcommand or option at `key`. */
export function described(key: CommandTextKey): { description: string; description_localizations: LocalizationMap } {
	return { description: COMMAND_STRINGS.en[key], description_localizations: localizations(key) };
}

/** A string choice whose shown name comes from the table at `${key}:${value}` (a missing entry does not compile). */
export function choice<K extends string, V extends string>(
	key: K,
	value: V & (`${K}:${V}` extends CommandTextKey ? unknown : never),
): { name: string; name_localizations: LocalizationMap; value: V } {
	const at = `${key}:${value}` as CommandTextKey;
	return { name: COMMAND_STRINGS.en[at], name_localizations: localizations(at), value };
}
