import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/store/types.js';
import { createSubscriptionMatcher, matchesSubscription } from '../../src/subscriptions/subscription-matcher.js';
import {
	bankDe,
	batteryPlant,
	councilMeeting,
	grevesFr,
	metaSettlement,
	usineFr,
	ALL_BRIEFS,
} from '../fixtures/subscriptions/briefs.js';

let nextId = 1;
function keywords(query: string, overrides: Partial<Subscription> = {}): Subscription {
	return {
		id: nextId++,
		guildId: 'guild-a',
		userId: 'user-1',
		topic: { kind: 'keywords', query, label: query },
		delivery: 'dm',
		channelId: 'chan-1',
		paused: null,
		createdAt: 0,
		...overrides,
	};
}

function titlesMatching(query: string): string[] {
	const subscription = keywords(query);
	return ALL_BRIEFS.filter((brief) => matchesSubscription(subscription, brief)).map((b) => b.title);
}

describe('createSubscriptionMatcher', () => {
	it('matches whole words only: "AI" does not match "said" or "chain"', () => {
		expect(titlesMatching('AI')).toEqual([]);
	});

	it('stems in the article language: "merge" finds "merging" in an English article', () => {
		expect(titlesMatching('merge')).toEqual([batteryPlant.title]);
	});

	it('does not let "Meta" match "met" in an English article', () => {
		expect(titlesMatching('Meta')).toEqual([metaSettlement.title]);
	});

	it('stems French words in French articles and folds accents', () => {
		expect(titlesMatching('batterie')).toContain(usineFr.title);
		expect(titlesMatching('greve')).toEqual([grevesFr.title]);
		expect(titlesMatching('négociation')).toEqual([grevesFr.title]);
	});

	it('stems German words in German articles', () => {
		expect(titlesMatching('Bank')).toEqual([bankDe.title]);
	});

	it('matches Chinese and Japanese queries as runs of characters', () => {
		const tokyo = { ...bankDe, title: '東京で新しい銀行が開業', text: '東京都内でオリンピック以来の大型開業となった。', language: 'ja', entities: [] };
		const matches = (query: string) => matchesSubscription(keywords(query), tokyo);
		expect(matches('東京')).toBe(true);
		expect(matches('オリンピック')).toBe(true);
		expect(matches('京東')).toBe(false);
		expect(matches('大阪')).toBe(false);
	});

	it('matches quoted phrases only as consecutive words', () => {
		expect(titlesMatching('"battery plant"')).toEqual([batteryPlant.title]);
		expect(titlesMatching('"plant battery"')).toEqual([]);
		expect(titlesMatching('"usine de batteries"')).toEqual([usineFr.title]);
	});

	it('does not join the last title word and the first body word into a phrase', () => {
		expect(titlesMatching('"budget city"')).toEqual([]);
	});

	it('treats commas as OR, spaces as AND and a minus as exclusion', () => {
		expect(titlesMatching('SNCF, Nordbank')).toEqual([grevesFr.title, bankDe.title]);
		expect(titlesMatching('Voltaris Lorraine')).toEqual([usineFr.title]);
		expect(titlesMatching('Voltaris -Nevada')).toEqual([usineFr.title]);
	});

	it('matches entity topics by stored id and by name or alias of the brief entities', () => {
		const byName: Subscription = { ...keywords('x'), topic: { kind: 'entity', entityId: 7, label: 'hannah OKAFOR' } };
		const byAlias: Subscription = { ...keywords('x'), topic: { kind: 'entity', entityId: 8, label: 'Meta' } };
		const byId: Subscription = { ...keywords('x'), topic: { kind: 'entity', entityId: 42, label: 'Renamed Since' } };
		const matcher = createSubscriptionMatcher([byName, byAlias, byId]);
		expect(matcher.match(batteryPlant, { guildId: 'guild-a' }).map((s) => s.id)).toEqual([byName.id]);
		expect(matcher.match(usineFr, { guildId: 'guild-a' }).map((s) => s.id)).toEqual([byName.id]);
		expect(matcher.match(metaSettlement, { guildId: 'guild-a' }).map((s) => s.id)).toEqual([byAlias.id]);
		expect(matcher.match(councilMeeting, { guildId: 'guild-a', entityIds: [42] }).map((s) => s.id)).toEqual([byId.id]);
	});

	it('never returns another guild’s subscriptions, nor paused ones', () => {
		const a = keywords('Voltaris');
		const b = keywords('Voltaris', { guildId: 'guild-b' });
		const paused = keywords('Voltaris', { paused: 'dm-closed' });
		const matcher = createSubscriptionMatcher([a, b, paused]);
		expect(matcher.size).toBe(2);
		expect(matcher.match(batteryPlant, { guildId: 'guild-a' }).map((s) => s.id)).toEqual([a.id]);
		expect(matcher.match(batteryPlant, { guildId: 'guild-b' }).map((s) => s.id)).toEqual([b.id]);
		expect(matcher.match(batteryPlant, { guildId: 'guild-c' })).toEqual([]);
	});

	it('returns every matching subscription of several users once each', () => {
		const subs = [keywords('Nevada', { userId: 'u1' }), keywords('Voltaris, Okafor', { userId: 'u2' }), keywords('SNCF')];
		const matched = createSubscriptionMatcher(subs).match(batteryPlant, { guildId: 'guild-a' });
		expect(matched.map((s) => s.userId)).toEqual(['u1', 'u2']);
	});

	it('reads words the same whether apostrophes and quotes are straight or curly', () => {
		const curly = { ...batteryPlant, title: 'Voltaris’ “new” plant — a €2bn bet', text: 'The company’s plant in Nevada…', entities: [] };
		const straight = { ...curly, title: 'Voltaris\' "new" plant - a 2bn bet', text: "The company's plant in Nevada..." };
		for (const query of ['voltaris', 'company', '"company s plant"', '"new plant"', 'bet -Reno']) {
			expect([query, matchesSubscription(keywords(query), curly)]).toEqual([query, matchesSubscription(keywords(query), straight)]);
		}
		expect(matchesSubscription(keywords('"company s plant"'), curly)).toBe(true);
	});

	it('keeps letters that symbols decompose into, on both sides: "Apple™" is read as one word', () => {
		const brief = { ...batteryPlant, title: 'Apple™ results', text: 'Sales rose.', entities: [] };
		expect(matchesSubscription(keywords('Apple™'), brief)).toBe(true);
		expect(matchesSubscription(keywords('"apple results"'), brief)).toBe(false);
	});

	it('matches phrases of three or more words only in full, up to the last word of the text', () => {
		const brief = { ...batteryPlant, title: 'Plans', text: 'The city council approved the new battery plant', entities: [] };
		const matches = (query: string) => matchesSubscription(keywords(query), brief);
		expect(matches('"the new battery plant"')).toBe(true);
		expect(matches('"the new battery factory"')).toBe(false);
		expect(matches('"battery plant opens"')).toBe(false);
		expect(matches('"city council approved"')).toBe(true);
	});

	it('uses each article’s own stemmer when one matcher sees several languages', () => {
		const matcher = createSubscriptionMatcher([keywords('batterie'), keywords('merge')]);
		const ids = (brief: typeof usineFr) => matcher.match(brief, { guildId: 'guild-a' }).length;
		expect(ids(usineFr)).toBeGreaterThan(0);
		expect(ids(batteryPlant)).toBeGreaterThan(0);
		expect(matcher.match(bankDe, { guildId: 'guild-a' })).toEqual([]);
		expect(ids(usineFr)).toBe(ids({ ...usineFr }));
	});

	it('returns keyword and entity matches together in ascending id order', () => {
		const first = keywords('Voltaris');
		const entity: Subscription = { ...keywords('x'), topic: { kind: 'entity', entityId: 7, label: 'Hannah Okafor' } };
		const last = keywords('Nevada');
		const matcher = createSubscriptionMatcher([last, entity, first]);
		expect(matcher.match(batteryPlant, { guildId: 'guild-a', entityIds: [7] }).map((s) => s.id)).toEqual([first.id, entity.id, last.id]);
	});

	it('finds the same matches for the same brief however often and in whatever order briefs come', () => {
		const subs = ['Voltaris, SNCF', '"battery plant"', 'Bank -Nevada', 'greve', '"usine de batteries"'].map((q) => keywords(q));
		const matcher = createSubscriptionMatcher(subs);
		const once = ALL_BRIEFS.map((brief) => matcher.match(brief, { guildId: 'guild-a' }).map((s) => s.id));
		const again = [...ALL_BRIEFS].reverse().map((brief) => matcher.match({ ...brief }, { guildId: 'guild-a' }).map((s) => s.id));
		expect(again.reverse()).toEqual(once);
		expect(once.flat().length).toBeGreaterThan(0);
	});
});
