/**
 * How well the abstract check (src/llm/check-summary.ts) tells faithful sentences from invented ones, on 250
 * CNN/DailyMail articles and their human reference summaries: `node --import tsx scripts/eval-llm-check.ts [--json]`.
 *
 * - Faithful: every reference sentence, checked against its own article. They should pass (a refusal there costs
 *   an abstract that was fine; the reader still gets the extractive summary).
 * - Invented number: one number of a reference sentence changed (n → n + 7); the check should refuse it.
 * - Invented person: ", according to <Name>." appended, the name taken from a "said First Last" in another article
 *   and absent from this one (found without the check's own given-name lexicon, so the lexicon is tested too).
 *
 * `check` is the check as it runs on an abstract in the article's language (strict names, see check-summary.ts);
 * `checkAcrossLanguages` as it runs on a translated abstract (given names and honorifics only). The check has no
 * learned parameters; rows 0-124 are the train half (`--split train`), where the strict-names rule was chosen,
 * and figures are reported on rows 125-249 (`--split dev`, the default). Beside it, in the same run, two
 * baselines: no check at all, and refusing any capitalised word absent from the article. Skips cleanly without
 * ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSentences, numbersIn, type ArticleFacts } from '../src/llm/check-summary.js';
import { splitSentences } from '../src/llm/parse-answer.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/summaries/cnndm-250/cnndm-250.jsonl');
const json = process.argv.includes('--json');
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
const HALF = 125;

interface Row {
	id: string;
	article: string;
	reference: string;
}

type Checker = (sentence: string, facts: ArticleFacts) => boolean;

const CHECKERS: Record<string, Checker> = {
	check: (sentence, facts) => checkSentences([sentence], facts, { strictNames: true })[0]!.ok,
	checkAcrossLanguages: (sentence, facts) => checkSentences([sentence], facts)[0]!.ok,
	noCheck: () => true,
	anyCapitalised: (sentence, facts) => {
		const words = new Set(facts.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
		return (sentence.match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).every((w) => words.has(w.toLowerCase()));
	},
};

function main(): void {
	if (!existsSync(DATASET)) {
		process.stderr.write(`skipped: ${DATASET} not found (the dataset lives in ../shared, outside the repository)\n`);
		if (json) process.stdout.write(`${JSON.stringify({ skipped: true })}\n`);
		return;
	}
	if (split !== 'train' && split !== 'dev') throw new Error(`--split must be train or dev, not ${split}`);
	const all = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row);
	const rows = split === 'train' ? all.slice(0, HALF) : all.slice(HALF);
	const saidNames = rows.map((r) => [...r.article.matchAll(/\b(?:said|says|told)\s+([A-Z][a-z]+ [A-Z][a-z]+)\b/g)].map((m) => m[1]!));
	const faithful: Array<[string, ArticleFacts]> = [];
	const numberCases: Array<[string, ArticleFacts]> = [];
	const personCases: Array<[string, ArticleFacts]> = [];
	rows.forEach((row, i) => {
		const facts: ArticleFacts = { title: '', text: row.article, names: [] };
		const sentences = splitSentences(row.reference.replace(/\s*\n\s*/g, ' '), 'en');
		for (const sentence of sentences) faithful.push([sentence, facts]);
		const withNumber = sentences.find((s) => numbersIn(s).length > 0);
		if (withNumber) {
			const changed = withNumber.replace(/\d+/, (n) => String(Number(n) + 7));
			numberCases.push([changed, facts]);
		}
		const lower = row.article.toLowerCase();
		// A name from the next articles that this article does not contain, word for word.
		const stranger = saidNames
			.slice(i + 1)
			.concat(saidNames.slice(0, i))
			.flat()
			.find((name) => name.split(' ').every((w) => !lower.includes(w.toLowerCase())));
		const first = sentences[0];
		if (stranger && first) personCases.push([`${first.replace(/[.!?]+$/, '')}, according to ${stranger}.`, facts]);
	});
	const rate = (cases: Array<[string, ArticleFacts]>, checker: Checker, wantPass: boolean) =>
		Number((cases.filter(([s, f]) => checker(s, f) === wantPass).length / Math.max(1, cases.length)).toFixed(4));
	const figure = (checker: Checker) => ({
		faithfulPassRate: rate(faithful, checker, true),
		inventedNumberCaughtRate: rate(numberCases, checker, false),
		inventedPersonCaughtRate: rate(personCases, checker, false),
	});
	const figures = {
		split,
		articles: rows.length,
		faithfulSentences: faithful.length,
		inventedNumberCases: numberCases.length,
		inventedPersonCases: personCases.length,
		check: figure(CHECKERS.check!),
		checkAcrossLanguages: figure(CHECKERS.checkAcrossLanguages!),
		baselineNoCheck: figure(CHECKERS.noCheck!),
		baselineAnyCapitalised: figure(CHECKERS.anyCapitalised!),
		// Our own goals (the issue sets none): catch nearly every invented number and person, refuse few faithful sentences.
		goal: { inventedNumberCaughtRate: 0.95, inventedPersonCaughtRate: 0.9, faithfulPassRate: 0.85 },
	};
	if (!json) {
		for (const [name, f] of Object.entries({ check: figures.check, 'check across languages': figures.checkAcrossLanguages, 'no check': figures.baselineNoCheck, 'any capitalised word': figures.baselineAnyCapitalised })) {
			process.stdout.write(`${name.padEnd(22)} faithful pass ${f.faithfulPassRate}  invented number caught ${f.inventedNumberCaughtRate}  invented person caught ${f.inventedPersonCaughtRate}\n`);
		}
	}
	process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main();
