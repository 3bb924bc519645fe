/**
 * Entity tagger speed: `node --import tsx bench/ner.ts [--json]`. CPU milliseconds per 3,000 characters for
 * tagging tokenised text (features, scores, Viterbi, spans), and apart for tokenising, per language, over the 250 CNN/DailyMail articles (en) and the
 * fr-dev texts (fr; also run through the de and es models, for their speed only), after one warm-up pass.
 * Beside it, the rule finder on the same texts (the baseline).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNamesByRules } from '../src/briefs/rule-drafts.js';
import { getLexicon } from '../src/briefs/lexicons/index.js';
import { loadModel } from '../src/briefs/ner/load-model.js';
import { tagTokens } from '../src/briefs/ner/tagger.js';
import { tokenize } from '../src/briefs/tokens.js';
import { parseBenchArgs } from './bench-args.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CNNDM = path.resolve(repoRoot, '../shared/datasets/summaries/cnndm-250/cnndm-250.jsonl');
const FR_DEV = path.resolve(repoRoot, '../shared/datasets/quotes/fr-dev/texts');
const GOAL = { msPer3000Chars: 5 };

function cpuMs(run: () => void): number {
	const before = process.cpuUsage();
	run();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
}

function main(): void {
	const json = parseBenchArgs('ner', {}).json;
	if (!existsSync(CNNDM) || !existsSync(FR_DEV)) {
		console.log('skipped: ../shared/datasets (cnndm-250, fr-dev) not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const english = readFileSync(CNNDM, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { article: string }).article);
	const french = readdirSync(FR_DEV).sort().map((f) => readFileSync(path.join(FR_DEV, f), 'utf8'));
	const figures: Record<string, unknown> = {};
	for (const [language, texts] of [['en', english], ['fr', french], ['de', french], ['es', french]] as const) {
		const model = loadModel(language);
		if (!model) continue;
		const chars = texts.reduce((n, t) => n + t.length, 0);
		// The tokens are shared with the rules, quotes and roles: timed apart from the tagger.
		const tokenised = texts.map((text) => tokenize(text, language));
		const tag = (): void => {
			texts.forEach((text, i) => tagTokens(model, tokenised[i] ?? [], text, language));
		};
		const tokenise = (): void => {
			for (const text of texts) tokenize(text, language);
		};
		const rules = (): void => {
			const lexicon = getLexicon(language);
			const stopwords = new Set(lexicon.stopwords);
			texts.forEach((text, i) => findNamesByRules(text, tokenised[i] ?? [], lexicon, stopwords));
		};
		tag();
		rules();
		const taggerMs = cpuMs(tag);
		const rulesMs = cpuMs(rules);
		const tokenizeMs = cpuMs(tokenise);
		figures[language] = {
			texts: texts.length,
			chars,
			taggerMsPer3000Chars: Number(((taggerMs * 3000) / chars).toFixed(3)),
			rulesMsPer3000Chars: Number(((rulesMs * 3000) / chars).toFixed(3)),
			tokenizeMsPer3000Chars: Number(((tokenizeMs * 3000) / chars).toFixed(3)),
		};
		const per3000 = (ms: number): string => ((ms * 3000) / chars).toFixed(2);
		console.log(`ner ${language}: tagger ${per3000(taggerMs)} ms per 3,000 chars (rules ${per3000(rulesMs)}; tokenizing ${per3000(tokenizeMs)} more), ${texts.length} texts`);
	}
	figures.peakRssMb = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
	figures.goal = GOAL;
	if (json) console.log(JSON.stringify(figures));
}

main();
