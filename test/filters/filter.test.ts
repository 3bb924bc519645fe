import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../src/filters/evaluate-filter.js';
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, MAX_FILTER_TERMS, parseFilter, type ParsedFilter } from '../../src/filters/parse-filter.js';
import { makeBrief } from '../discord/helpers/make-brief.js';

function parsed(expression: string): ParsedFilter {
	const result = parseFilter(expression);
	if (!result.ok) throw new Error(`unexpected parse error ${JSON.stringify(result.error)}`);
	return result.filter;
}

const ferry = makeBrief({ text: 'The new ferry terminal opens in Nordhavn. Battery-powered ferries will dock there.', topics: ['Transport'] });
const paris = makeBrief({
	title: 'Le conseil de Paris vote le budget',
	language: 'fr',
	text: 'Élus et élues ont débattu de l’électricité verte.',
	url: 'https://www.lemonde.fr/politique/budget',
	siteName: 'Le Monde',
	originalSource: null,
	entities: [{ id: 'e1', name: 'Anne Hidalgo', type: 'person', aliases: ['Hidalgo'], roles: [], mentions: [] }],
	topics: ['Politique'],
});

describe('filter expressions', () => {
	it('matches whole words, folded, never parts of words', () => {
		expect(evaluateFilter(parsed('ferry'), ferry).pass).toBe(true);
		expect(evaluateFilter(parsed('FERRY'), ferry).pass).toBe(true);
		expect(evaluateFilter(parsed('fer'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('electricite'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('élus'), paris).pass).toBe(true);
	});

	it('matches quoted phrases as consecutive words, across punctuation but not across fields', () => {
		expect(evaluateFilter(parsed('"battery powered ferries"'), ferry).pass).toBe(true);
		expect(evaluateFilter(parsed('"powered battery"'), ferry).pass).toBe(false);
		// The title ends with "terminal" and the summary starts with "The": no phrase across the two.
		expect(evaluateFilter(parsed('«terminal the»'), ferry).pass).toBe(false);
	});

	it('needs a separator between the words of a phrase, and reads unspaced scripts character by character', () => {
		expect(evaluateFilter(parsed('"battery powered"'), makeBrief({ text: 'Batterypowered ferries.' })).pass).toBe(false);
		expect(evaluateFilter(parsed('"battery powered"'), makeBrief({ text: 'BATTERY — POWERED ferries.' })).pass).toBe(true);
		expect(evaluateFilter(parsed('harbour'), ferry).pass).toBe(true);
		const tokyo = makeBrief({ title: '東京で会議', language: 'ja', text: '' });
		expect(evaluateFilter(parsed('東京'), tokyo).pass).toBe(true);
		expect(evaluateFilter(parsed('京都'), tokyo).pass).toBe(false);
	});

	it('reads AND, OR, NOT, their French spellings, implicit AND and parentheses with the usual precedence', () => {
		expect(evaluateFilter(parsed('ferry AND budget'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('ferry budget'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('budget OR ferry'), ferry).pass).toBe(true);
		expect(evaluateFilter(parsed('budget OU ferry'), ferry).pass).toBe(true);
		expect(evaluateFilter(parsed('NOT ferry'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('-ferry'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('SAUF budget'), ferry).pass).toBe(true);
		// AND binds tighter than OR: budget OR (ferry AND nothing) is false; (budget OR ferry) AND terminal is true.
		expect(evaluateFilter(parsed('budget OR ferry AND zeppelin'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('(budget OR ferry) AND terminal'), ferry).pass).toBe(true);
		// Lower-case "and" is a word, not an operator.
		expect(evaluateFilter(parsed('ferry and'), ferry).pass).toBe(false);
	});

	it('matches entity names and aliases as /subscribe does, language, topic and source', () => {
		expect(evaluateFilter(parsed('entity:hidalgo'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('entity:"Anne Hidalgo"'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('entity:Anne'), paris).pass).toBe(false);
		expect(evaluateFilter(parsed('lang:fr'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('lang:fr'), ferry).pass).toBe(false);
		expect(evaluateFilter(parsed('topic:politique'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('source:lemonde.fr'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('source:"le monde"'), paris).pass).toBe(true);
		expect(evaluateFilter(parsed('source:monde.fr'), ferry).pass).toBe(false);
	});

	it('names the clause that decided', () => {
		const f = parsed('(budget OR ferry) AND NOT "battery powered"');
		const verdict = evaluateFilter(f, ferry);
		expect(verdict).toEqual({ pass: false, clause: 'NOT "battery powered"', clauseMatched: true });
		const missing = evaluateFilter(parsed('lang:fr AND ferry'), ferry);
		expect(missing).toEqual({ pass: false, clause: 'lang:fr', clauseMatched: false });
		const passed = evaluateFilter(parsed('zeppelin OR terminal'), ferry);
		expect(passed).toEqual({ pass: true, clause: 'terminal', clauseMatched: true });
	});

	it('reports errors with a code and a 1-based position', () => {
		expect(parseFilter('   ')).toEqual({ ok: false, error: { code: 'empty', position: 1 } });
		expect(parseFilter('ferry AND')).toEqual({ ok: false, error: { code: 'missing-operand', position: 10 } });
		expect(parseFilter('(ferry OR budget')).toEqual({ ok: false, error: { code: 'unclosed-paren', position: 1 } });
		expect(parseFilter('ferry)')).toEqual({ ok: false, error: { code: 'unexpected-paren', position: 6 } });
		expect(parseFilter('ferry "open')).toEqual({ ok: false, error: { code: 'unclosed-quote', position: 7 } });
		expect(parseFilter('colour:red')).toEqual({ ok: false, error: { code: 'unknown-field', position: 1, detail: 'colour' } });
		expect(parseFilter('ferry OR OR budget')).toEqual({ ok: false, error: { code: 'missing-operand', position: 10 } });
		expect(parseFilter('entity:""')).toEqual({ ok: false, error: { code: 'empty-term', position: 1 } });
	});
});

describe('hostile expressions', () => {
	it('refuses deep nesting before recursing, at the first parenthesis too many', () => {
		const deep = `${'('.repeat(100_000)}ferry${')'.repeat(100_000)}`;
		const result = parseFilter(deep.slice(0, 400));
		expect(result).toEqual({ ok: false, error: { code: 'too-deep', position: MAX_FILTER_DEPTH + 1 } });
		expect(parseFilter(deep)).toMatchObject({ ok: false, error: { code: 'too-long' } });
		const fine = `${'('.repeat(MAX_FILTER_DEPTH)}ferry${')'.repeat(MAX_FILTER_DEPTH)}`;
		expect(evaluateFilter(parsed(fine), ferry).pass).toBe(true);
	});

	it('refuses huge input and too many terms', () => {
		expect(parseFilter('a '.repeat(MAX_FILTER_LENGTH))).toMatchObject({ ok: false, error: { code: 'too-long' } });
		const many = Array.from({ length: MAX_FILTER_TERMS + 1 }, (_, i) => `w${i}`).join(' OR ');
		expect(parseFilter(many)).toMatchObject({ ok: false, error: { code: 'too-many-terms' } });
		// A chain of NOTs costs one node per NOT and is bounded by the length cap.
		expect(evaluateFilter(parsed(`${'NOT '.repeat(100)}ferry`), ferry).pass).toBe(true);
	});

	it('evaluates the largest accepted expression on a large brief in bounded work (a term costs a substring search)', () => {
		const words = Array.from({ length: MAX_FILTER_TERMS }, (_, i) => `"a a${i}"`);
		const expression = words.join(' OR ');
		expect(expression.length).toBeLessThanOrEqual(MAX_FILTER_LENGTH);
		// Worst case for naive substring search: the text repeats the phrase's prefix everywhere.
		const brief = makeBrief({ text: 'a '.repeat(500_000) });
		const verdict = evaluateFilter(parsed(expression), brief);
		expect(verdict.pass).toBe(false);
	});
});
