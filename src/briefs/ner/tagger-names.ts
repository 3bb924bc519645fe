import { getLexicon } from '../lexicons/index.js';
import { KNOWN_ORGS, NEVER_NAMES } from '../lexicons/organizations.js';
import type { NameFinding } from '../name-finding.js';
import type { Token } from '../tokens.js';
import { harmoniseKinds } from './document-pass.js';
import type { NerModel } from './model.js';
import { tagTokens, type TaggedSpan } from './tagger.js';

/**
 * A span made only of function words, weekdays, months ("May", "Monday": in the lexicons' stopwords) or of units,
 * file formats and currencies ("PDF", "JPEG", "USD") names nothing, whatever the tagger says.
 */
function namesNothing(words: readonly string[], stopwords: ReadonlySet<string>): boolean {
	return words.every((w) => {
		const key = w.toLowerCase().replace(/\.$/, '');
		return stopwords.has(key) || NEVER_NAMES.has(key);
	});
}

/** "Parti radical des": a name ends on a name word, not on a lower-case function word the tagger ran on to. */
function trimTrailingFunctionWords(span: TaggedSpan, tokens: readonly Token[], stopwords: ReadonlySet<string>, text: string): TaggedSpan | null {
	let last = span.last;
	while (last > span.first && /^\p{Ll}/u.test(tokens[last - 1]?.text ?? '') && stopwords.has((tokens[last - 1]?.text ?? '').toLowerCase())) last--;
	if (last === span.last) return span;
	if (last === span.first) return null;
	const end = tokens[last - 1]?.end ?? span.end;
	return { ...span, last, end, text: text.slice(span.start, end) };
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

// "Qwen d'Alibaba", "the iPhone of Apple": a known organisation after "of" names the owner, the rest its product.
const OWNER_OF = /(?:^|\s)(?:d['’]|de\s|du\s|of\s|von\s|del\s)$/u;

function isKnownOwner(rule: NameFinding, span: TaggedSpan): boolean {
	if (!KNOWN_ORGS.has(rule.text.toLowerCase()) || rule.start <= span.start || rule.start + rule.text.length !== span.end) return false;
	return OWNER_OF.test(span.text.slice(0, rule.start - span.start));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/**
 * Organisations the name lists find where the tagger is silent or unsure (O or MISC: a model trained on Wikipedia or
 * 1990s wires has not seen "Zhipu AI" or "Tencent"), when the name itself says so (a known organisation, a legal
 * suffix), never from context alone. They never override a person or a place, nor an organisation span, except a
 * known organisation named as the owner at its end ("Alibaba" out of "Qwen d'Alibaba").
 */
function addRuleOrganizations(findings: NameFinding[], rules: readonly NameFinding[], spans: readonly TaggedSpan[]): NameFinding[] {
	let out = findings;
	for (const rule of rules) {
		if (rule.type !== 'organization' || rule.strength < 1) continue;
		const range = { start: rule.start, end: rule.start + rule.text.length };
		const hit = spans.filter((s) => overlaps(s, range));
		if (hit.some((s) => s.kind === 'PER' || s.kind === 'LOC')) continue;
		if (rule.strength < 2) continue;
		const organizations = hit.filter((s) => s.kind === 'ORG');
		if (organizations.length > 0 && !organizations.every((s) => isKnownOwner(rule, s))) continue;
		out = out.filter((f) => !overlaps({ start: f.start, end: f.start + f.text.length }, range));
		out.push(rule);
	}
	return out;
}

const COORDINATION = /^\s*(?:&|and|et|und|y)\s*$/u;

/** "MiniMax et Zhipu AI": a MISC name listed next to an organisation is one too. */
function coordinatedOrganizations(spans: readonly TaggedSpan[], findings: readonly NameFinding[], text: string): NameFinding[] {
	const added: NameFinding[] = [];
	const organizations = findings.filter((f) => f.type === 'organization');
	for (const span of spans) {
		if (span.kind !== 'MISC') continue;
		const next = organizations.find((o) => o.start >= span.end && COORDINATION.test(text.slice(span.end, o.start)));
		const previous = organizations.find((o) => o.start + o.text.length <= span.start && COORDINATION.test(text.slice(o.start + o.text.length, span.start)));
		if (next || previous) added.push({ text: span.text, start: span.start, type: 'organization', strength: 1 });
	}
	return added;
}

// Forms of address of the article's language ("M.", "Mme", "Herr", "Sr.", "Mr."): abbreviated or short. Titles such as
// "General" or "President" also start organisations' names ("General Motors") and stay the tagger's call; another
// language's "M." is an initial ("M. Night Shyamalan").
const honorificCache = new Map<string, ReadonlySet<string>>();

function honorificsOf(language: string): ReadonlySet<string> {
	let set = honorificCache.get(language);
	if (!set) {
		set = new Set(getLexicon(language).honorifics.filter((h) => h.endsWith('.') || h.length <= 4).map((h) => h.toLowerCase().replace(/\.$/, '')));
		honorificCache.set(language, set);
	}
	return set;
}

/** "M. Macron", "Mr. Smith": an honorific is not part of the name, and says the name is a person's. */
function stripHonorific(span: TaggedSpan, tokens: readonly Token[], text: string, honorifics: ReadonlySet<string>): TaggedSpan {
	const first = tokens[span.first];
	if (span.last - span.first < 2 || !first || !honorifics.has(first.text.toLowerCase().replace(/\.$/, ''))) return span;
	const start = tokens[span.first + 1]?.start ?? span.start;
	return { ...span, kind: 'PER', first: span.first + 1, start, text: text.slice(start, span.end) };
}

/** People and organisations as the trained tagger finds them, with one kind per name across the article. */
export function findNamesByTagger(
	model: NerModel,
	text: string,
	tokens: readonly Token[],
	language: string,
	rules: readonly NameFinding[] = [],
): { findings: NameFinding[]; standalone: Set<string> } {
	const stopwords = stopwordsOf(language);
	const honorifics = honorificsOf(language);
	const spans = harmoniseKinds(
		tagTokens(model, tokens, text, language)
			.map((span) => trimTrailingFunctionWords(stripHonorific(span, tokens, text, honorifics), tokens, stopwords, text))
			.filter((span): span is TaggedSpan => span !== null),
	);
	let findings: NameFinding[] = [];
	const inLongSpan = new Set<number>();
	for (const span of spans) {
		if (span.last - span.first > 1) for (let i = span.first; i < span.last; i++) inLongSpan.add(i);
		if (span.kind !== 'PER' && span.kind !== 'ORG') continue;
		if (namesNothing(tokens.slice(span.first, span.last).map((t) => t.text), stopwords)) continue;
		findings.push({ text: span.text, start: span.start, type: span.kind === 'PER' ? 'person' : 'organization', strength: 2 });
	}
	findings = addRuleOrganizations(findings, rules, spans);
	findings.push(...coordinatedOrganizations(spans, findings, text));
	// Words the article uses alone: which part of a full name stands for the person ("Yao" for "Yao Shunyu").
	const standalone = new Set<string>();
	tokens.forEach((token, i) => {
		if (token.capitalised && !inLongSpan.has(i)) standalone.add(token.text);
	});
	return { findings, standalone };
}
