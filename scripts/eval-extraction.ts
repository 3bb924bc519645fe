/**
 * Extraction quality on the 181-page article extraction benchmark: F1, precision and recall of processHtml, with
 * plain Readability on linkedom as the baseline in the same run.
 * Usage: node --import tsx scripts/eval-extraction.ts [--json] [--worst N]
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { processHtml } from '../src/articles/process.js';
import { loadAebPages, scorePage, summarise, type PageScore } from './aeb-dataset.js';

const GOAL = { f1: 0.972, precision: 0.96 };

function readabilityText(html: string): string {
	try {
		const { document } = parseHTML(html);
		const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
		return article?.textContent ?? '';
	} catch {
		return '';
	}
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const worstIndex = argv.indexOf('--worst');
	const worst = worstIndex >= 0 ? Number(argv[worstIndex + 1] ?? 10) : 0;
	const pages = loadAebPages();
	if (!pages) {
		console.log('skipped: ../shared/datasets/extraction/aeb not found');
		return 0;
	}
	const ours: Array<PageScore & { id: string; url: string }> = [];
	const baseline: PageScore[] = [];
	for (const page of pages) {
		const article = processHtml(page.html, { url: page.url });
		ours.push({ ...scorePage(article.text, page.truth), id: page.id, url: page.url });
		baseline.push(scorePage(readabilityText(page.html), page.truth));
	}
	const result = summarise(ours);
	const base = summarise(baseline);
	if (worst > 0) {
		const ranked = [...ours].sort((a, b) => Math.min(a.precision ?? 0, a.recall) - Math.min(b.precision ?? 0, b.recall));
		for (const page of ranked.slice(0, worst)) {
			console.log(`${page.id.slice(0, 12)} P=${(page.precision ?? 0).toFixed(3)} R=${page.recall.toFixed(3)} ${page.url}`);
		}
	}
	const figures = {
		pages: pages.length,
		f1: round(result.f1),
		precision: round(result.precision),
		recall: round(result.recall),
		accuracy: round(result.accuracy),
		baselineName: 'readability+linkedom',
		baselineF1: round(base.f1),
		baselinePrecision: round(base.precision),
		baselineRecall: round(base.recall),
		goal: GOAL,
		goalMet: result.f1 >= GOAL.f1 && result.precision >= GOAL.precision,
	};
	if (json) console.log(JSON.stringify(figures));
	else {
		console.log(`pages: ${figures.pages}`);
		console.log(`briefbot:             F1 ${figures.f1}  P ${figures.precision}  R ${figures.recall}  exact ${figures.accuracy}`);
		console.log(`readability+linkedom: F1 ${figures.baselineF1}  P ${figures.baselinePrecision}  R ${figures.baselineRecall}`);
		console.log(`goal: F1 >= ${GOAL.f1}, P >= ${GOAL.precision}: ${figures.goalMet ? 'met' : 'not met'}`);
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
