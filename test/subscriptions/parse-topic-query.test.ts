import { describe, expect, it } from 'vitest';
import { describeQuery } from '../../src/subscriptions/describe-query.js';
import { t } from '../../src/discord/i18n/index.js';
import { canonicalQuery, parseTopicQuery } from '../../src/subscriptions/parse-topic-query.js';

function parsed(input: string) {
	const result = parseTopicQuery(input);
	if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
	return result.query;
}

describe('parseTopicQuery', () => {
	it('splits alternatives on commas and keeps words of one alternative together', () => {
		const query = parsed('electric cars, hydrogen');
		expect(query.alternatives.map((a) => a.map((t) => t.words))).toEqual([[['electric'], ['cars']], [['hydrogen']]]);
	});

	it('keeps quoted phrases whole, including commas inside quotes and French guillemets', () => {
		const query = parsed('"battery plant, Nevada", «usine de batteries»');
		expect(query.alternatives.map((a) => a.map((t) => t.words))).toEqual([
			[['battery', 'plant', 'nevada']],
			[['usine', 'de', 'batteries']],
		]);
	});

	it('reads a leading minus as an exclusion and an inner hyphen as part of the word', () => {
		const query = parsed('covid-19 -vaccine -"long covid"');
		expect(query.alternatives[0]?.map((t) => t.words)).toEqual([['covid', '19']]);
		expect(query.exclusions.map((t) => t.words)).toEqual([['vaccine'], ['long', 'covid']]);
	});

	it('folds accents and case', () => {
		expect(parsed('Électricité ÉNERGIE').alternatives[0]?.map((t) => t.words[0])).toEqual(['electricite', 'energie']);
	});

	it('refuses empty, punctuation-only, exclusion-only and overlong input with a reason', () => {
		expect(parseTopicQuery('   ').status).toBe('empty');
		expect(parseTopicQuery('"*" NEAR( , ,').status).toBe('ok');
		expect(parseTopicQuery('" * , ( )').status).toBe('empty');
		expect(parseTopicQuery('-tesla').status).toBe('only-exclusions');
		expect(parseTopicQuery('a'.repeat(6_000)).status).toBe('too-long');
	});

	it('reads Chinese and Japanese text character by character', () => {
		expect(parsed('東京').alternatives[0]?.map((t) => t.words)).toEqual([['東', '京']]);
	});

	it('drops the @ of @everyone so the words stay plain', () => {
		expect(parsed('@everyone').alternatives[0]?.[0]?.words).toEqual(['everyone']);
	});

	it('gives the same canonical form to the same query written differently', () => {
		expect(canonicalQuery(parsed('Cars Electric, hydrogen'))).toBe(canonicalQuery(parsed('hydrogen,electric  cars')));
	});
});

describe('describeQuery', () => {
	it('describes alternatives, phrases and exclusions in English and French', () => {
		const query = parsed('electric cars, "battery plant" -Tesla');
		expect(describeQuery(query, t('en').query)).toContain('«electric» and «cars», or the phrase «battery plant», but not «tesla»');
		expect(describeQuery(query, t('fr').query)).toContain('«electric» et «cars», ou l’expression «battery plant», mais sans «tesla»');
	});
});
