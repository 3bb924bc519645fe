import { classifyRun, isPlaceOrProduct, type Classification } from './classify-name.js';
import type { NameFinding } from './name-finding.js';
import type { Lexicon } from './lexicons/index.js';
import { findNameRuns, type NameRun } from './name-runs.js';
import { findQuoteSpans } from './quote-spans.js';
import type { Token } from './tokens.js';

export type { NameFinding } from './name-finding.js';

/**
 * The rule-based finder: capitalised runs classified by name lists and context. It serves languages without a
 * trained tagger, and is measured as the baseline beside the tagger in `npm run eval:entities`.
 */
export function findNamesByRules(
	text: string,
	tokens: readonly Token[],
	lexicon: Lexicon,
	stopwords: ReadonlySet<string>,
): { findings: NameFinding[]; standalone: Set<string> } {
	const lowerWords = new Set<string>();
	for (const token of tokens) if (!token.capitalised) lowerWords.add(token.text);
	const runs = findNameRuns(tokens, text, lexicon, stopwords);
	const titles = findQuotedTitles(text);
	const classified = runs.map((run) =>
		tokens[run.first]?.titleLine || titles.some(([a, b]) => run.start >= a && run.end <= b)
			? null
			: classifyRun(run, { text, tokens, lexicon, lowerWords }),
	);
	inferFromCoordination(runs, classified, text);
	const findings: NameFinding[] = [];
	const standalone = new Set<string>();
	runs.forEach((run, index) => {
		const classification = classified[index];
		if (run.last - run.first === 1) standalone.add(run.text);
		if (classification) findings.push({ text: run.text, start: run.start, type: classification.type, strength: classification.strength });
	});
	return { findings, standalone };
}

const TITLE_MAX_WORDS = 12;

/** Short quoted spans in Title Case: works' titles ("Honor Found in Decay"), whose words are not names. */
function findQuotedTitles(text: string): Array<[number, number]> {
	return findQuoteSpans(text)
		.filter((span) => {
			const words = text.slice(span.start, span.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
			const long = words.filter((w) => w.length >= 4);
			return words.length <= TITLE_MAX_WORDS && long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
		})
		.map((span) => [span.start, span.end]);
}

const COORDINATION = /^\s*(?:,|&|and|et|und|y|or|ou|oder|o)\s*$/u;

/** "MiniMax et Zhipu AI": a name listed next to an organisation is one too (and likewise for people). */
function inferFromCoordination(runs: readonly NameRun[], classified: Array<Classification | null>, text: string): void {
	for (let pass = 0; pass < 2; pass++) {
		for (let i = 0; i < runs.length; i++) {
			if (classified[i]) continue;
			const run = runs[i];
			if (!run || isPlaceOrProduct(run.text) || (run.initial && run.last - run.first === 1)) continue;
			for (const j of [i - 1, i + 1]) {
				const other = runs[j];
				const otherClass = classified[j];
				if (!other || !otherClass || otherClass.strength < 1) continue;
				const between = j < i ? text.slice(other.end, run.start) : text.slice(run.end, other.start);
				if (COORDINATION.test(between)) {
					classified[i] = { type: otherClass.type, strength: 1 };
					break;
				}
			}
		}
	}
}

