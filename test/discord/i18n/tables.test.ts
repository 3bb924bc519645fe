import { describe, expect, it } from 'vitest';
import briefCommand from '../../../commands/brief.js';
import feedCommand from '../../../commands/feed.js';
import helpCommand from '../../../commands/help.js';
import quoteCommand from '../../../commands/quote.js';
import settingsCommand from '../../../commands/settings.js';
import subscribeCommand from '../../../commands/subscribe.js';
import subscriptionsCommand from '../../../commands/subscriptions.js';
import unsubscribeCommand from '../../../commands/unsubscribe.js';
import whoCommand from '../../../commands/who.js';
import type { Command } from '../../../commands/index.js';
import { COMMAND_STRINGS } from '../../../src/discord/i18n/command-strings.js';
import { FEED_STRINGS } from '../../../src/discord/i18n/feed-strings.js';
import { feedText, localeOf, pickLocale, t } from '../../../src/discord/i18n/index.js';
import { compile, fill, placeholdersOf, type StringTable } from '../../../src/discord/i18n/message.js';
import { READER_STRINGS } from '../../../src/discord/i18n/reader-strings.js';
import { QUERY_STRINGS } from '../../../src/discord/i18n/query-strings.js';
import { ROUTER_STRINGS } from '../../../src/discord/i18n/router-strings.js';
import { SETTINGS_STRINGS } from '../../../src/discord/i18n/settings-strings.js';
import { t as legacyFeedText, toFeedLocale } from '../../../src/discord/feed-admin/strings.js';
import { FAILURE_CODES } from '../../../src/shared/failure-codes.js';

const AREAS: Record<string, { en: StringTable; fr: Record<string, string | readonly string[]> }> = {
	feed: FEED_STRINGS,
	reader: READER_STRINGS,
	settings: SETTINGS_STRINGS,
	router: ROUTER_STRINGS,
	query: QUERY_STRINGS,
	commands: COMMAND_STRINGS,
};

/** Keys whose French is rightly the English: symbols around placeholders, a word both languages share, nothing. */
const SAME_IN_FRENCH = new Set([
	'feed.filterWouldPost',
	'feed.filterWouldSkip',
	'feed.formatName_compact',
	'feed.kindWebhook',
	'feed.listTarget',
	'reader.mentions',
	'query.word',
	'commands.feed.format.format:compact',
]);

describe('the i18n tables', () => {
	it.each(Object.entries(AREAS))('%s: French has every English key and no other, with the same placeholders', (_area, tables) => {
		expect(Object.keys(tables.fr).sort()).toEqual(Object.keys(tables.en).sort());
		for (const [key, en] of Object.entries(tables.en)) {
			const fr = tables.fr[key];
			if (typeof en === 'string') {
				expect(typeof fr, key).toBe('string');
				expect(placeholdersOf(fr as string), key).toEqual(placeholdersOf(en));
			} else {
				expect((fr as readonly string[]).length, key).toBe(en.length);
			}
		}
	});

	it.each(Object.entries(AREAS))('%s: every text meant to be translated is, in French', (area, tables) => {
		const untranslated = Object.keys(tables.en).filter((key) => JSON.stringify(tables.en[key]) === JSON.stringify(tables.fr[key]));
		expect(untranslated.map((key) => `${area}.${key}`).filter((key) => !SAME_IN_FRENCH.has(key))).toEqual([]);
		// The allowlist itself stays true: a key on it that was translated since should leave it.
		for (const key of untranslated) expect(SAME_IN_FRENCH.has(`${area}.${key}`)).toBe(true);
	});

	it('has a French sentence for every failure code, distinct from the English one', () => {
		for (const code of FAILURE_CODES) expect(t('fr').failure(code)).not.toBe(t('en').failure(code));
		expect(t('fr').failure('http-error', 502)).toBe('Le serveur a répondu par une erreur (HTTP 502).');
	});

	it('keeps Discord’s limit of 100 characters for every command text, in both languages', () => {
		for (const table of [COMMAND_STRINGS.en, COMMAND_STRINGS.fr]) {
			for (const [key, text] of Object.entries(table)) expect(text.length, key).toBeLessThanOrEqual(100);
		}
	});
});

describe('t(locale)', () => {
	it('turns templates with placeholders into functions of exactly those values, and others into text', () => {
		expect(t('en').reader.nameTooLong({ max: 100 })).toBe('That name is too long (100 characters at most).');
		expect(t('fr').reader.nameTooLong({ max: 100 })).toBe('Ce nom est trop long (100 caractères au plus).');
		expect(t('fr').reader.guildOnly).toBe('Cette commande ne fonctionne que sur un serveur.');
		expect(t('fr').reader.help).toHaveLength(READER_STRINGS.en.help.length);
	});

	it('leaves an unknown placeholder visible rather than blank', () => {
		expect(fill('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
		const messages = compile<{ greet: 'Hi {name}'; plain: 'Hi' }>({ greet: 'Salut {name}', plain: 'Salut' });
		expect(messages.greet({ name: 'Ana' })).toBe('Salut Ana');
		expect(messages.plain).toBe('Salut');
	});

	it('keeps the /feed names that the feed-admin handlers import', () => {
		expect(legacyFeedText('fr', 'exported', { n: 3 })).toBe(feedText('fr', 'exported', { n: 3 }));
		expect(legacyFeedText('fr', 'exported', { n: 3 })).toBe('Les 3 flux de ce serveur, au format OPML.');
		expect(toFeedLocale('fr-CA')).toBe('fr');
	});
});

describe('the reply locale', () => {
	it.each([
		['fr', null, 'fr'],
		['fr-CA', 'en-US', 'fr'],
		['en-GB', 'fr', 'en'],
		['de', 'fr', 'fr'],
		['de', 'es-ES', 'en'],
		['pt-BR', null, 'en'],
		[null, 'fr', 'fr'],
		[undefined, undefined, 'en'],
	] as const)('user %s on a server in %s reads %s', (user, guild, expected) => {
		expect(pickLocale(user, guild)).toBe(expected);
		expect(localeOf({ locale: user, guildLocale: guild })).toBe(expected);
	});
});

type Described = {
	name: string;
	description?: string;
	description_localizations?: Record<string, string>;
	options?: Described[];
	choices?: Array<{ name: string; name_localizations?: Record<string, string>; value: unknown }>;
};

describe('command localisations', () => {
	const commands: Command[] = [briefCommand, feedCommand, helpCommand, quoteCommand, settingsCommand];
	commands.push(subscribeCommand, subscriptionsCommand, unsubscribeCommand, whoCommand);

	it('come from the tables: every description and choice name is a table entry, with its French beside it', () => {
		const used = new Set<string>();
		const keyOf = (en: string, fr: string | undefined): string | undefined =>
			Object.keys(COMMAND_STRINGS.en).find((key) => {
				const k = key as keyof typeof COMMAND_STRINGS.en;
				return COMMAND_STRINGS.en[k] === en && COMMAND_STRINGS.fr[k] === fr;
			});
		const walk = (item: Described, path: string) => {
			const key = keyOf(item.description ?? '', item.description_localizations?.fr);
			expect(key, `${path}: “${item.description}” is not a table entry with its French`).toBeDefined();
			used.add(key ?? '');
			for (const c of item.choices ?? []) {
				const choiceKey = keyOf(c.name, c.name_localizations?.fr);
				expect(choiceKey, `${path} choice ${String(c.value)}`).toBeDefined();
				used.add(choiceKey ?? '');
			}
			for (const option of item.options ?? []) walk(option, `${path} ${option.name}`);
		};
		for (const command of commands) walk(command.data as unknown as Described, `/${command.data.name}`);
		// No stale entry: every table text is shown by some command.
		const unused = Object.keys(COMMAND_STRINGS.en).filter((key) => !used.has(key));
		expect(unused.filter((key) => !isSharedText(key, used))).toEqual([]);
	});
});

/** Two paths with the same texts (the `channel` of /feed add and /feed import) map to one found key. */
function isSharedText(key: string, used: Set<string>): boolean {
	const en = COMMAND_STRINGS.en[key as keyof typeof COMMAND_STRINGS.en];
	return [...used].some((other) => COMMAND_STRINGS.en[other as keyof typeof COMMAND_STRINGS.en] === en);
}
