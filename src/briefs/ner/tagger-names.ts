import { getLexicon } from '../lexicons/index.js';
import { COMMON_ACRONYMS } from '../lexicons/organizations.js';
import type { NameFinding } from '../name-finding.js';
import type { Token } from '../tokens.js';
import { harmoniseKinds } from './document-pass.js';
import type { NerModel } from './model.js';
import { tagTokens } from './tagger.js';

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

/** People and organisations as the trained tagger finds them, with one kind per name across the article. */
export function findNamesByTagger(
	model: NerModel,
	text: string,
	tokens: readonly Token[],
	language: string,
): { findings: NameFinding[]; standalone: Set<string> } {
	const spans = harmoniseKinds(tagTokens(model, tokens, text, language));
	const stopwords = stopwordsOf(language);
	const findings: NameFinding[] = [];
	const inLongSpan = new Set<number>();
	for (const span of spans) {
		if (span.last - span.first > 1) for (let i = span.first; i < span.last; i++) inLongSpan.add(i);
		if (span.kind !== 'PER' && span.kind !== 'ORG') continue;
		if (namesNothing(tokens.slice(span.first, span.last).map((t) => t.text), stopwords)) continue;
		findings.push({ text: span.text, start: span.start, type: span.kind === 'PER' ? 'person' : 'organization', strength: 2 });
	}
	// Words the article uses alone: which part of a full name stands for the person ("Yao" for "Yao Shunyu").
	const standalone = new Set<string>();
	tokens.forEach((token, i) => {
		if (token.capitalised && !inLongSpan.has(i)) standalone.add(token.text);
	});
	return { findings, standalone };
}
