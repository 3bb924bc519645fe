/**
 * Issue #16 item 3: a French-speaking user gets a fully French reply, error paths included. Every command runs
 * through the emulator and the real router; the services fail the ways the real ones do (each failure code, a
 * thrown error) and every reply is scanned for English: the fragments of the English tables, the failure
 * sentences, and the words our services' own (English) details are made of.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import briefCommand from '../../commands/brief.js';
import feedCommand from '../../commands/feed.js';
import helpCommand from '../../commands/help.js';
import type { BriefResult, Command, CommandContext, CommandServices, FeedCheckResult } from '../../commands/index.js';
import quoteCommand from '../../commands/quote.js';
import settingsCommand from '../../commands/settings.js';
import subscribeCommand from '../../commands/subscribe.js';
import subscriptionsCommand from '../../commands/subscriptions.js';
import unsubscribeCommand from '../../commands/unsubscribe.js';
import whoCommand from '../../commands/who.js';
import { COMMAND_STRINGS } from '../../src/discord/i18n/command-strings.js';
import { FEED_STRINGS } from '../../src/discord/i18n/feed-strings.js';
import { READER_STRINGS } from '../../src/discord/i18n/reader-strings.js';
import { QUERY_STRINGS } from '../../src/discord/i18n/query-strings.js';
import { ROUTER_STRINGS } from '../../src/discord/i18n/router-strings.js';
import { SETTINGS_STRINGS } from '../../src/discord/i18n/settings-strings.js';
import { attachInteractionRouter } from '../../src/discord/interaction-router.js';
import { FAILURE_CODES, failureText, type FailureCode } from '../../src/shared/failure-codes.js';
import { silentLogger } from '../../src/shared/logger.js';
import { openTestStore, startBotWorld, type BotWorld, type TestStore } from '../discord/helpers/bot-world.js';
import { replyText } from './helpers/reader-world.js';

const ADMIN = '500000000000000001';
const READER = '500000000000000002';
const MANAGE_GUILD = '32';
// What a real fetcher or library says in English; none of it may reach a reply.
const LIBRARY_DETAIL = 'socket hang up while reading the response body';

/** The failure each fake address stands for: `https://feeds.example.org/<code>[-<status>].xml`. */
function failureOf(url: string): { code: FailureCode; httpStatus?: number } | 'throw' | null {
	const name = /\/([a-z-]+?)(?:-(\d{3}))?\.(?:xml|html)$/.exec(url);
	if (!name?.[1]) return null;
	if (name[1] === 'throws') return 'throw';
	if (!(FAILURE_CODES as readonly string[]).includes(name[1])) return null;
	return { code: name[1] as FailureCode, ...(name[2] ? { httpStatus: Number(name[2]) } : {}) };
}

function failing(url: string): { status: 'error'; code: FailureCode; httpStatus?: number } | null {
	const failure = failureOf(url);
	if (failure === 'throw') throw new Error(LIBRARY_DETAIL);
	return failure ? { status: 'error', ...failure } : null;
}

const services: CommandServices = {
	async checkFeed(url): Promise<FeedCheckResult> {
		return failing(url) ?? { status: 'ok', title: 'Le Monde', itemCount: 3, finalUrl: url };
	},
	async previewFeed(url): Promise<BriefResult> {
		return failing(url) ?? { status: 'error', code: 'feed-empty' };
	},
	async briefUrl(url): Promise<BriefResult> {
		return failing(url) ?? { status: 'error', code: 'no-text' };
	},
	async subscriptionsChanged() {},
};

/** English fragments: the literal parts of every English template (3+ words) that no French template shares. */
function englishFragments(): string[] {
	const tables = [FEED_STRINGS, READER_STRINGS, SETTINGS_STRINGS, ROUTER_STRINGS, QUERY_STRINGS, COMMAND_STRINGS];
	const texts = (side: 'en' | 'fr') =>
		tables.flatMap((table) => Object.values(table[side]).flatMap((value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value])));
	const french = [...texts('fr'), ...FAILURE_CODES.map((code) => failureText(code, 'fr'))].join('\n');
	const english = [...texts('en'), ...FAILURE_CODES.map((code) => failureText(code, 'en'))];
	const fragments = english.flatMap((text) => text.split(/\{\w+\}|[`*“”"«»()\n]/)).map((f) => f.trim().replace(/[.:;,]$/, ''));
	return [...new Set(fragments.filter((f) => f.split(/\s+/).length >= 3 && !french.includes(f)))];
}

const FRAGMENTS = englishFragments();
// Words an English sentence can hardly avoid and French never uses.
const ENGLISH_WORDS = /\b(the|this|that|could|cannot|you|your|with|was|has|only|give|not|is|are|while|reading)\b/i;

/** The reply in French and nothing English in it: no table fragment, no English word outside code and links. */
function expectFrench(text: string, marker: RegExp): void {
	expect(text).toMatch(marker);
	for (const fragment of FRAGMENTS) expect(text, `English “${fragment}” in: ${text}`).not.toContain(fragment);
	// What the user typed comes back in backticks, quotes or links; the rest is ours and must be French.
	const ours = text.replace(/`[^`]*`|<[^>]*>|« [^»]* »|“[^”]*”/g, ' ');
	expect(ours, `English word in: ${text}`).not.toMatch(ENGLISH_WORDS);
	expect(text).not.toContain(LIBRARY_DETAIL);
}

let world: BotWorld;
let store: TestStore;

beforeAll(async () => {
	world = await startBotWorld();
	const ctx: CommandContext = {
		get feeds() {
			return store.feeds;
		},
		get articles() {
			return store.articles;
		},
		get mentions() {
			return store.mentions;
		},
		get subscriptions() {
			return store.subscriptions;
		},
		get guildSettings() {
			return store.guildSettings;
		},
		services,
		logger: silentLogger,
		now: Date.now,
		llmConfigured: false,
	};
	const commands: Command[] = [briefCommand, feedCommand, helpCommand, quoteCommand, settingsCommand];
	commands.push(subscribeCommand, subscriptionsCommand, unsubscribeCommand, whoCommand);
	attachInteractionRouter(world.client, commands, ctx);
}, 30_000);
afterAll(async () => {
	await world?.close();
});
beforeEach(() => {
	world.emulator.reset();
	store = openTestStore();
});

type Option = Record<string, unknown>;
const str = (name: string, value: string): Option => ({ name, type: 3, value });

/** Runs a command as a French user and returns the text finally shown (the deferred reply once edited). */
async function inFrench(command: string, options: Option[] = [], extra: Option = {}): Promise<string> {
	const res = await world.emulator.interact({
		guildId: world.guild.id,
		channelId: world.guild.channels[0]!.id,
		userId: ADMIN,
		memberPermissions: MANAGE_GUILD,
		locale: 'fr',
		command,
		options,
		...extra,
	});
	if (res.type === 5) await world.emulator.waitFor(() => res.record.edits.length > 0, 10_000, `the reply to /${command}`);
	return replyText(res.type === 5 ? res.original() : res.data);
}

const feed = (sub: string, options: Option[] = [], extra: Option = {}) => inFrench('feed', [{ name: sub, type: 1, options }], extra);
const url = (code: string) => str('url', `https://feeds.example.org/${code}.xml`);

describe('French replies, error paths included', () => {
	it('/feed add says why an address cannot be followed, in French, for every failure code', async () => {
		for (const code of FAILURE_CODES) {
			expectFrench(await feed('add', [url(code)]), /^Impossible de suivre cette adresse : /);
		}
		expect(await feed('add', [url('http-error-503')])).toBe('Impossible de suivre cette adresse : Le serveur a répondu par une erreur (HTTP 503).');
		expect(await feed('add', [url('timeout')])).toBe('Impossible de suivre cette adresse : Le serveur n’a pas répondu à temps.');
	});

	it('/feed add refuses bad options and non-admins in French, and a crash gets the French generic answer', async () => {
		expectFrench(await feed('add', [str('url', '   ')]), /Indiquez l'adresse d'un flux/);
		expectFrench(await feed('add', [str('url', 'ftp://example.org/feed.xml')]), /Seuls les flux/);
		expectFrench(await feed('add', [str('url', `https://example.org/${'a'.repeat(3_000)}`)]), /trop longue/);
		expectFrench(await feed('add', [url('dns')], { userId: READER, memberPermissions: '0' }), /Gérer le serveur/);
		expectFrench(await feed('add', [url('throws')]), /Une erreur est survenue de notre côté/);
	});

	it('/feed preview, remove and import report in French', async () => {
		expectFrench(await feed('preview', [url('too-large')]), /^Pas d’aperçu : La page est trop volumineuse\.$/);
		expectFrench(await feed('preview', [url('fine')]), /^Pas d’aperçu : Ce flux n’a encore aucun article\.$/);
		expectFrench(await feed('remove', [str('feed', 'nothing here')]), /Aucun flux de ce serveur/);
		const opml = ['timeout', 'blocked-address', 'http-error-404', 'not-a-feed', 'fine']
			.map((code) => `<outline type="rss" text="${code}" xmlUrl="https://feeds.example.org/${code}.xml"/>`)
			.join('');
		const file = world.emulator.addAttachment('mine.opml', `<opml><body>${opml}<outline xmlUrl="ftp://x.example/f"/></body></opml>`);
		const report = await feed('import', [{ name: 'file', type: 11, value: file }]);
		expectFrench(report, /^Import dans <#\d+> : 1 ajouté\(s\), 0 déjà suivi\(s\), 5 refusé\(s\)\./);
		expect(report).toContain('• <https://feeds.example.org/http-error-404.xml> : Le serveur a répondu par une erreur (HTTP 404).');
		expect(report).toContain('• <ftp://x.example/f> : Seuls les flux http:// et https:// peuvent être suivis.');
	});

	it('/brief says why there is no brief, in French', async () => {
		expectFrench(await inFrench('brief', [str('url', 'pas une adresse')]), /Indiquez une adresse web complète/);
		expectFrench(await inFrench('brief', [str('url', 'https://news.example.org/http-error-404.html')]), /^Pas de résumé pour cette page : .*HTTP 404/);
		expectFrench(await inFrench('brief', [str('url', 'https://news.example.org/not-an-article.html')]), /n’est pas un article/);
		expectFrench(await inFrench('brief', [str('url', 'https://news.example.org/throws.html')]), /Un problème est survenu du côté du bot/);
	});

	it('/subscribe, /unsubscribe and /subscriptions answer in French', async () => {
		expectFrench(await inFrench('subscribe', [str('topic', '   ')]), /Indiquez une personne/);
		expectFrench(await inFrench('subscribe', [str('topic', '-tesla')]), /pas seulement des mots à exclure/);
		expectFrench(await inFrench('subscribe', [str('topic', 'x'.repeat(300))]), /trop long/);
		expectFrench(await inFrench('subscribe', [str('topic', 'voitures électriques')]), /Les articles avec «voitures» et «electriques»/);
		expectFrench(await inFrench('subscribe', [str('topic', 'voitures électriques')]), /Vous suivez déjà ce sujet/);
		expectFrench(await inFrench('unsubscribe', [str('topic', 'rien du tout')]), /Vous ne suivez pas ce sujet/);
		expectFrench(await inFrench('subscriptions', [], { userId: READER }), /Vous ne suivez aucun sujet/);
	});

	it('/quote and /who name each problem in French', async () => {
		expectFrench(await inFrench('quote'), /Indiquez au moins/);
		expectFrench(await inFrench('quote', [str('who', '  '), str('since', 'mardi dernier')]), /L’option `who` est vide[\s\S]*n’est ni une date ni une durée/);
		expectFrench(await inFrench('quote', [str('who', 'x'.repeat(101))]), /L’option `who` est trop longue/);
		expectFrench(await inFrench('quote', [str('who', 'Inconnu Total')]), /Personne du nom de/);
		expectFrench(await inFrench('quote', [str('about', 'grève')]), /Aucune citation ne correspond/);
		expectFrench(await inFrench('who', [str('name', '  ')]), /Indiquez un nom/);
		expectFrench(await inFrench('who', [str('name', 'x'.repeat(101))]), /Ce nom est trop long/);
		expectFrench(await inFrench('who', [str('name', 'Inconnu Total')]), /Personne du nom de/);
	});

	it('/settings and /help answer in French', async () => {
		expectFrench(await inFrench('settings', [], { userId: READER, memberPermissions: '0' }), /Il faut la permission Gérer le serveur/);
		const shown = await inFrench('settings', [str('language', 'de'), str('summary', 'abstractive')]);
		expectFrench(shown, /Réglages des résumés[\s\S]*allemand[\s\S]*génératif[\s\S]*Aucun modèle de langage/);
		expectFrench(await inFrench('help'), /lire l’actualité avec vous/);
	});

	it('reads French for a user whose own language the bot does not speak, on a French server', async () => {
		const french = world.emulator.addGuild({ name: 'Rédaction', locale: 'fr', channels: [{ name: 'résumés' }], members: [{ id: ADMIN, username: 'admin' }] });
		const ask = (guildId: string, channelId: string) =>
			world.emulator.interact({ guildId, channelId, userId: ADMIN, locale: 'de', command: 'quote', options: [] });
		expectFrench(replyText((await ask(french.id, french.channels[0]!.id)).data), /Indiquez au moins/);
		// On an English server the same German user reads English.
		expect(replyText((await ask(world.guild.id, world.guild.channels[0]!.id)).data)).toMatch(/Give at least one/);
	});
});

describe('the scan itself', () => {
	it('catches an English reason inside a French sentence', () => {
		expect(() => expectFrench('Impossible de suivre cette adresse : The server did not answer in time.', /Impossible/)).toThrow();
		expect(() => expectFrench(`Pas de résumé : ${LIBRARY_DETAIL}`, /Pas de résumé/)).toThrow();
		expect(FRAGMENTS.length).toBeGreaterThan(100);
	});
});
