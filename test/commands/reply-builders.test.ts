import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { buildQuoteReply } from '../../commands/quote.js';
import { buildSubscribeReply } from '../../commands/subscribe.js';
import { buildSubscriptionsReply } from '../../commands/subscriptions.js';
import { buildNotFoundReply, buildWhoReply } from '../../commands/who.js';
import type { EntityCard, QuoteHit, Subscription } from '../../src/store/types.js';
import { batteryPlant } from '../fixtures/subscriptions/briefs.js';

const LONG_URL = `https://news.example.org/${'a'.repeat(2_000)}`;
const huge = (n: number) => `${'Lorem ipsum @everyone **bold** '.repeat(Math.ceil(n / 30))}`.slice(0, n);

function hit(i: number): QuoteHit {
	return {
		quoteId: i,
		text: huge(1_500),
		speaker: huge(300),
		speakerEntityId: 1,
		articleId: i,
		articleTitle: huge(400),
		articleUrl: i % 2 ? LONG_URL : 'https://news.example.org/a',
		publishedAt: 1_790_000_000_000,
		createdAt: 1_790_000_000_000,
	};
}

function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
	);
}

function expectWithinDiscordLimits(embeds: APIEmbed[]): void {
	for (const embed of embeds) {
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
		for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1_024);
		expect(embedLength(embed)).toBeLessThanOrEqual(6_000);
	}
}

describe('reply builders', () => {
	it('keeps an oversized entity card within Discord’s embed limits and never pings', () => {
		const card: EntityCard = {
			id: 1,
			name: huge(500),
			type: 'person',
			mentionTotal: 9_999,
			aliases: Array.from({ length: 40 }, (_, i) => `${huge(200)}${i}`),
			mentionCount: 12_345,
			roles: Array.from({ length: 40 }, (_, i) => ({ role: huge(600), articleId: i, articleTitle: huge(300), articleUrl: LONG_URL })),
			firstSeen: 1_700_000_000_000,
			lastSeen: 1_790_000_000_000,
			latestArticles: Array.from({ length: 40 }, (_, i) => ({ articleId: i, title: huge(300), url: LONG_URL, publishedAt: null })),
			topQuotes: Array.from({ length: 10 }, (_, i) => hit(i)),
			related: Array.from({ length: 40 }, (_, i) => ({ id: i, name: huge(200), type: 'organization' as const, count: i })),
		};
		const reply = buildWhoReply(card, 'en');
		const embeds = reply.embeds as APIEmbed[];
		expectWithinDiscordLimits(embeds);
		expect(reply.allowedMentions).toEqual({ parse: [] });
		expect(JSON.stringify(embeds)).not.toMatch(/@everyone/);
		// Every mention is counted, not the articles (12,345 here).
		expect(embeds[0]?.fields?.find((f) => f.name === 'Mentions')?.value).toBe('9999');
	});

	it('lists the closest names for an unknown one, in French too', () => {
		const closest = [{ id: 2, name: 'Hannah Okafor', type: 'person' as const, aliases: [], mentionCount: 3 }];
		expect(buildNotFoundReply('Hana Okafr', closest, 'fr').content).toBe(
			'Personne du nom de « Hana Okafr » dans les articles de ce serveur.\nNoms les plus proches :\n• Hannah Okafor (Personne)',
		);
		expect(buildNotFoundReply('Zzz', [], 'en').content).toBe('Nobody called “Zzz” appears in this server’s articles.');
	});

	it('keeps a page of huge quotes within the limits and disables the buttons at the ends', () => {
		const reply = buildQuoteReply(
			{ state: { page: 0, speakerEntityId: 1, since: null, about: huge(200) }, speakerName: huge(300), hits: [0, 1, 2, 3, 4].map(hit), total: 12 },
			'en',
		);
		expectWithinDiscordLimits(reply.embeds);
		const buttons = (reply.components as unknown as Array<{ components: Array<{ custom_id: string; disabled: boolean }> }>)[0]?.components ?? [];
		expect(buttons.map((b) => b.disabled)).toEqual([true, false]);
		expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(2);
		for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
	});

	it('shows no buttons when everything fits on one page', () => {
		const reply = buildQuoteReply({ state: { page: 0, speakerEntityId: null, since: null, about: 'x' }, speakerName: null, hits: [hit(1)], total: 1 }, 'en');
		expect(reply.components).toEqual([]);
	});

	it('confirms a keyword subscription with its preview, within limits', () => {
		const subscription: Subscription = {
			id: 1,
			guildId: 'g',
			userId: 'u',
			topic: { kind: 'keywords', query: 'battery, "grid is ready" -coal', label: 'battery' },
			delivery: 'here',
			channelId: '123',
			paused: null,
			createdAt: 0,
		};
		const preview = Array.from({ length: 3 }, () => ({ brief: { ...batteryPlant, title: huge(400), url: LONG_URL } }));
		const reply = buildSubscribeReply(subscription, preview, 'en');
		expectWithinDiscordLimits(reply.embeds as APIEmbed[]);
		expect((reply.embeds as APIEmbed[])[0]?.description).toContain('«battery», or the phrase «grid is ready», but not «coal»');
		expect((reply.embeds as APIEmbed[])[0]?.description).toContain('<#123>');
	});

	it('lists subscriptions with their delivery and pause reason', () => {
		const base: Subscription = { id: 1, guildId: 'g', userId: 'u', topic: { kind: 'entity', entityId: 5, label: 'Meta Platforms' }, delivery: 'dm', channelId: '9', paused: null, createdAt: 0 };
		const reply = buildSubscriptionsReply([base, { ...base, id: 2, delivery: 'here', paused: 'dm-closed', topic: { kind: 'keywords', query: 'x', label: '@everyone x' } }], 'en');
		const text = (reply.embeds as APIEmbed[])[0]?.description ?? '';
		expect(text).toContain('**Meta Platforms** (by DM)');
		expect(text).toContain('(mention in <#9>) — paused: your direct messages are closed');
		expect(text).not.toMatch(/@everyone/);
	});
});
