import { getLexicon } from '../lexicons/index.js';
import { COMMON_ACRONYMS } from '../lexicons/organizations.js';
import type { NameFinding } from '../name-finding.js';
import type { Token } from '../tokens.js';
import { harmoniseKinds } from './document-pass.js';
import type { NerModel } from './model.js';
import { tagTokens, type TaggedSpan } from './tagger.js';

/**
 * A span made only of function words, weekdays, months ("May", "Monday": in the lexicons' stopwords) or of units,
 * file formats and common acronyms ("PDF", "CEO") names nothing, whatever the tagger says.
 */
function namesNothing(words: readonly string[], stopwords: ReadonlySet<string>): boolean {
	return words.every((w) => {
		const key = w.toLowerCase().replace(/\.$/, '');
		return stopwords.has(key) || COMMON_ACRONYMS.has(key);
	});
}

const stopwordCache = new Map<string, ReadonlySet<string>>();

function stopwordsOf(language: string): ReadonlySet<string> {
	let set = stopwordCache.get(language);
	if (!set) {
		set = new Set(getLexicon(language).stopwords.map((s) => s.toLowerCase()));
		stopwordCache.set(language, set);
	}
	return set;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/**
 * Organisations the name lists and context rules find where the tagger is silent (O or MISC: a model trained on
 * Wikipedia or 1990s wires has not seen "Zhipu AI" or "Tencent"). They never override a person or a place, and
 * replace an organisation span only when the name itself says so (a known organisation, a legal suffix):
 * "Alibaba" out of "Qwen d'Alibaba".
 */
function addRuleOrganizations(findings: NameFinding[], rules: readonly NameFinding[], spans: readonly TaggedSpan[]): NameFinding[] {
	let out = findings;
	for (const rule of rules) {
		if (rule.type !== 'organization' || rule.strength < 1) continue;
		const range = { start: rule.start, end: rule.start + rule.text.length };
		const hit = spans.filter((s) => overlaps(s, range));
		if (hit.some((s) => s.kind === 'PER' || s.kind === 'LOC')) continue;
		const organizations = hit.filter((s) => s.kind === 'ORG');
		if (organizations.length > 0 && (rule.strength < 2 || organizations.some((s) => s.text === rule.text))) continue;
		out = out.filter((f) => !overlaps({ start: f.start, end: f.start + f.text.length }, range));
		out.push(rule);
	}
	return out;
}

/** People and organisations as the trained tagger finds them, with one kind per name across the article. */
export function findNamesByTagger(
	model: NerModel,
	text: string,
	tokens: readonly Token[],
	language: string,
	rules: readonly NameFinding[] = [],
): { findings: NameFinding[]; standalone: Set<string> } {
	const spans = harmoniseKinds(tagTokens(model, tokens, text, language));
	const stopwords = stopwordsOf(language);
	let findings: NameFinding[] = [];
	const inLongSpan = new Set<number>();
	for (const span of spans) {
		if (span.last - span.first > 1) for (let i = span.first; i < span.last; i++) inLongSpan.add(i);
		if (span.kind !== 'PER' && span.kind !== 'ORG') continue;
		if (namesNothing(tokens.slice(span.first, span.last).map((t) => t.text), stopwords)) continue;
		findings.push({ text: span.text, start: span.start, type: span.kind === 'PER' ? 'person' : 'organization', strength: 2 });
	}
	findings = addRuleOrganizations(findings, rules, spans);
	// Words the article uses alone: which part of a full name stands for the person ("Yao" for "Yao Shunyu").
	const standalone = new Set<string>();
	tokens.forEach((token, i) => {
		if (token.capitalised && !inLongSpan.has(i)) standalone.add(token.text);
	});
	return { findings, standalone };
}
