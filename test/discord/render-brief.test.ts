import { describe, expect, it } from 'vitest';
import { renderBrief } from '../../src/discord/render-brief.js';
import { truncateText } from '../../src/discord/discord-text.js';
import { makeBrief } from './helpers/make-brief.js';
import { expectWithinDiscordLimits } from './helpers/limits.js';

const words = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('renderBrief', () => {
	it('renders a linked title, source, summary, quotes, people, companies, footer and timestamp', () => {
		const payload = renderBrief(makeBrief({ canonicalUrl: 'https://news.example.org/ferry' }), {
			alsoReportedBy: ['Daily Planet', 'Harbour Times'],
		});
		expect(payload).toMatchInlineSnapshot(`
			{
			  "allowed_mentions": {
			    "parse": [],
			  },
			  "embeds": [
			    {
			      "author": {
			        "name": "news.example.org",
			        "url": "https://news.example.org",
			      },
			      "color": 5793266,
			      "description": "The harbour authority approved the terminal on Tuesday. Work starts in spring.",
			      "fields": [
			        {
			          "name": "Key quotes",
			          "value": "“This terminal will serve the region for fifty years” — **Maria Lindqvist**",
			        },
			        {
			          "inline": true,
			          "name": "People",
			          "value": "Maria Lindqvist (port director)",
			        },
			        {
			          "inline": true,
			          "name": "Companies",
			          "value": "Nordhavn Ferries",
			        },
			      ],
			      "footer": {
			        "text": "English · also reported by Daily Planet, Harbour Times",
			      },
			      "timestamp": "2026-11-20T08:30:00.000Z",
			      "title": "Harbour authority approves the new ferry terminal",
			      "url": "https://news.example.org/ferry",
			    },
			  ],
			}
		`);
	});

	it.each([
		['fr', '«\u00a0', '\u00a0»'],
		['de', '„', '“'],
		['es', '«', '»'],
		['en', '“', '”'],
		['fr-CA', '«\u00a0', '\u00a0»'],
	])('uses the quotation marks of %s', (language, open, close) => {
		const field = renderBrief(makeBrief({ language })).embeds[0].fields?.[0];
		expect(field?.value.startsWith(`${open}This terminal`)).toBe(true);
		expect(field?.value).toContain(`years${close} — `);
	});

	it('labels fields in the brief language and names it in the footer', () => {
		const embed = renderBrief(makeBrief({ language: 'fr' }), { alsoReportedBy: ['Le Soir'] }).embeds[0];
		expect(embed.fields?.map((f) => f.name)).toEqual(['Citations clés', 'Personnes', 'Entreprises']);
		expect(embed.footer?.text).toBe('Français · également rapporté par Le Soir');
		expect(renderBrief(makeBrief({ language: 'de' })).embeds[0].footer?.text).toBe('Deutsch');
		// Without labels of its own, a language is named in English, like the labels around it.
		expect(renderBrief(makeBrief({ language: 'ja' })).embeds[0].footer?.text).toBe('Japanese');
	});

	it('says in the footer when the brief was built from the feed excerpt', () => {
		const embed = renderBrief(makeBrief({ contentSource: 'feed', contentNote: 'HTTP 403' })).embeds[0];
		expect(embed.footer?.text).toBe('English · from the feed excerpt');
	});

	it('names the aggregator after the original source when the brief was republished', () => {
		const listed = renderBrief(makeBrief({ republishedVia: ['MarketWire'] })).embeds[0];
		expect(listed.author?.name).toBe('news.example.org via MarketWire');
		const byHost = renderBrief(
			makeBrief({ url: 'https://aggregator.example.net/item/1', originalSource: { name: 'wire.example.com', url: null } }),
		).embeds[0];
		expect(byHost.author?.name).toBe('wire.example.com via aggregator.example.net');
		const sameSite = renderBrief(makeBrief({ url: 'https://www.news.example.org/a' })).embeds[0];
		expect(sameSite.author?.name).toBe('news.example.org');
		const selfVia = renderBrief(makeBrief({ republishedVia: ['News.example.org', 'MarketWire'] })).embeds[0];
		expect(selfVia.author?.name).toBe('news.example.org via MarketWire');
	});

	it('keeps every limit for a brief far over them, truncating at word boundaries with an ellipsis', () => {
		const brief = makeBrief({
			title: words(200, 'title'),
			summary: [words(3_000, 'summary')],
			quotes: Array.from({ length: 40 }, (_, i) => ({
				text: words(400, `q${i}`),
				start: 0,
				end: 0,
				speaker: words(60, 'speaker'),
				speakerText: null,
				speakerEntityId: null,
				cue: null,
				key: true,
			})),
			entities: Array.from({ length: 200 }, (_, i) => ({
				id: `e${i}`,
				name: `${words(40, 'name')}${i}`,
				type: i % 2 ? ('person' as const) : ('organization' as const),
				aliases: [],
				roles: [words(100, 'role')],
				mentions: [],
			})),
			originalSource: { name: words(100, 'source'), url: null },
			republishedVia: [words(100, 'via')],
		});
		const payload = renderBrief(brief, { alsoReportedBy: Array.from({ length: 500 }, (_, i) => `Outlet ${i}`) });
		expectWithinDiscordLimits(payload);
		const embed = payload.embeds[0];
		expect(embed.title).toMatch(/title\d+…$/);
		expect(embed.description).toMatch(/summary\d+…$/);
		expect(embed.fields?.[0]?.value.split('\n')).toHaveLength(3);
		expect(embed.footer?.text).toContain('+495');
	});

	it('escapes markdown and never leaves a mention in article text', () => {
		const brief = makeBrief({
			title: '@everyone **breaking** <@123456789012345678>',
			summary: ['Ping @here and <@&987654321098765432> and <@!123456789012345678>, _now_.'],
			quotes: [{ ...makeBrief().quotes[0]!, text: 'tell @everyone', speaker: '<@111> `admin`' }],
		});
		const payload = renderBrief(brief);
		const text = JSON.stringify(payload);
		expect(text).not.toMatch(/@(everyone|here)/);
		expect(text).not.toMatch(/<@[!&]?\d/);
		expect(payload.embeds[0].title).toBe('@\u200beveryone \\*\\*breaking\\*\\* <@\u200b123456789012345678>');
		expect(payload.embeds[0].description).toContain('\\_now\\_');
		expect(payload.allowed_mentions).toEqual({ parse: [] });
		expect(payload.content).toBeUndefined();
	});

	it('mentions exactly the given subscribers and allows only them', () => {
		const payload = renderBrief(makeBrief(), { mentionUserIds: ['111111111111111111', '222222222222222222', '111111111111111111', 'not-an-id'] });
		expect(payload.content).toBe('<@111111111111111111> <@222222222222222222>');
		expect(payload.allowed_mentions).toEqual({ parse: [], users: ['111111111111111111', '222222222222222222'] });
		const many = renderBrief(makeBrief(), {
			mentionUserIds: Array.from({ length: 300 }, (_, i) => String(100_000_000_000_000_000n + BigInt(i))),
		});
		expect(many.allowed_mentions.users?.length).toBeLessThanOrEqual(100);
		expect(many.content?.length).toBeLessThanOrEqual(2_000);
		expect(many.content?.match(/<@\d+>/g)).toHaveLength(many.allowed_mentions.users?.length ?? -1);
	});

	it('shows a fallback note safely above the embed', () => {
		const payload = renderBrief(makeBrief(), { fallbackNote: 'Summary unavailable for @everyone' });
		expect(payload.content).toBe('Summary unavailable for @\u200beveryone');
		expect(payload.allowed_mentions).toEqual({ parse: [] });
	});

	it('drops links and timestamps Discord would reject, and never sends an empty title or field', () => {
		const payload = renderBrief(
			makeBrief({
				title: '   ',
				url: 'javascript:alert(1)',
				canonicalUrl: 'not a url',
				originalSource: null,
				siteName: null,
				publishedAt: 'yesterday',
				summary: [],
				quotes: [],
				entities: [],
				language: 'und',
			}),
		);
		const embed = payload.embeds[0];
		expect(embed.url).toBeUndefined();
		expect(embed.timestamp).toBeUndefined();
		expect(embed.title?.length).toBeGreaterThan(0);
		expect(embed.fields).toBeUndefined();
		expect(embed.description).toBeUndefined();
		expect(embed.footer).toBeUndefined();
	});
});

describe('truncateText', () => {
	it('cuts at a word boundary and appends an ellipsis', () => {
		expect(truncateText('alpha beta gamma delta', 15)).toBe('alpha beta…');
		expect(truncateText('short', 10)).toBe('short');
	});

	it('never splits a surrogate pair or leaves a dangling escape', () => {
		const cut = truncateText('😀'.repeat(10), 6);
		expect(cut.length).toBeLessThanOrEqual(6);
		expect(cut).toBe('😀😀…');
		expect(truncateText('abcd\\*efgh', 6)).toBe('abcd…');
	});
});
