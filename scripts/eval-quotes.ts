/**
 * Quote and speaker evaluation per language, on dev splits only: `npm run eval:quotes -- [--json] [--errors]
 * [--threshold 0.7] [--train-fold]` (default threshold: SPEAKER_MIN_CONFIDENCE's default). en: PolNeAR dev; de:
 * de-wikinews dev (direct quotes of 4+ words with a speaker); fr: fr-dev whole, and its fixed halves fr-tune (used for
 * French calibration, so optimistic) and fr-report (never used for a decision); es: the project's own articles in `test/fixtures/quotes/es/`. The rule baseline (`speakers: 'rules'`) is measured
 * in the same run. A predicted quote is right when at least half of it lies in a gold quote; pairs are counted once
 * per gold quote; the wrong-speaker rate is given-and-wrong / given. Speakers below the threshold are not given,
 * as in the bot. Figures named with units; the last line with `--json` is one JSON object. `--train-fold` reads the
 * held-out training articles and the French tune half instead, for error analysis that never reads a report split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '../src/briefs/entities.js';
import { extractQuotes } from '../src/briefs/quotes.js';
import { applySpeakerThreshold, DEFAULT_SPEAKER_MIN_CONFIDENCE } from '../src/briefs/speakers/threshold.js';
import type { Quote } from '../src/briefs/types.js';
import { calibrationFold, frenchReportHalf, frenchTuneHalf, loadFrDev, loadPolnear, loadWikinews, matchGold, REPO_ROOT, speakerMatches, type GoldArticle, type GoldQuote } from './quote-datasets.js';

const GOALS: Record<string, Record<string, number>> = {
	en: { quotePrecision: 0.97, quoteRecall: 0.85, pairPrecision: 0.95, pairRecall: 0.8, wrongSpeakerRate: 0.03 },
	fr: { quotePrecision: 0.95, quoteRecall: 0.85, pairPrecision: 0.92, pairRecall: 0.8, wrongSpeakerRate: 0.03 },
	de: { quotePrecision: 0.92, quoteRecall: 0.85, pairPrecision: 0.9, pairRecall: 0.75, wrongSpeakerRate: 0.04 },
};
/** Thresholds also reported, to show the trade-off between wrong and missing speakers. */
const SWEEP = [0.5, 0.7, 0.9];
const BINS = [0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001];

/** The project's own Spanish articles: `{ text, quotes: [{ text, speaker }] }`, speakers as an editor would print. */
function loadSpanish(): GoldArticle[] {
	const dir = path.join(REPO_ROOT, 'test/fixtures/quotes/es');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { text: string; quotes: Array<{ text: string; speaker: string | null }> };
			const quotes: GoldQuote[] = data.quotes.map((q) => {
				const start = data.text.indexOf(q.text);
				return { ranges: [[start, start + q.text.length]], sourceRanges: [], source: q.speaker, aliases: q.speaker ? [q.speaker] : [], counted: true };
			});
			return { id: file, language: 'es', text: data.text, quotes };
		});
}

interface Tally {
	predicted: number;
	predictedRight: number;
	gold: number;
	goldFound: number;
	given: number;
	givenRight: number;
	pairFound: number;
	bins: Array<{ n: number; right: number; confidence: number }>;
}

const newTally = (): Tally => ({ predicted: 0, predictedRight: 0, gold: 0, goldFound: 0, given: 0, givenRight: 0, pairFound: 0, bins: BINS.slice(1).map(() => ({ n: 0, right: 0, confidence: 0 })) });

/** Names only for datasets labelled with names (fr, es); the words as written for those labelled by span. */
const givenSpeaker = (gold: 'name' | 'span', quote: Quote): string | null => (gold === 'name' ? quote.speaker : (quote.speakerText ?? quote.speaker));

function score(tally: Tally, article: GoldArticle, quotes: readonly Quote[], shown: readonly Quote[], log: ((line: string) => void) | null): void {
	const labelKind = article.language === 'fr' || article.language === 'es' ? 'name' : 'span';
	const found = new Set<GoldQuote>();
	const pairs = new Set<GoldQuote>();
	shown.forEach((quote, i) => {
		tally.predicted++;
		const gold = matchGold(article, quote.start, quote.end);
		const speaker = givenSpeaker(labelKind, quote);
		const right = Boolean(gold && speaker && speakerMatches(gold, quote.speaker, labelKind === 'name' ? null : quote.speakerText));
		if (speaker) {
			tally.given++;
			if (right) tally.givenRight++;
			else log?.(`wrong   ${article.id}: ${JSON.stringify(speaker)} (${quote.attribution}, ${quote.confidence?.toFixed(2)}) want ${JSON.stringify(gold?.source ?? null)} :: ${quote.text.slice(0, 60)}`);
		} else if (gold?.source && log) log(`none    ${article.id}: want ${JSON.stringify(gold.source)} :: ${quote.text.slice(0, 60)}`);
		// The calibration table reads the speakers before the threshold, to show what each confidence is worth.
		const raw = quotes[i];
		const rawSpeaker = raw ? givenSpeaker(labelKind, raw) : null;
		if (raw && rawSpeaker && raw.confidence !== undefined) {
			const bin = tally.bins[BINS.findIndex((edge, k) => (raw.confidence ?? 0) >= edge && (raw.confidence ?? 0) < (BINS[k + 1] ?? 2))];
			if (bin) {
				bin.n++;
				bin.confidence += raw.confidence;
				if (gold && speakerMatches(gold, raw.speaker, labelKind === 'name' ? null : raw.speakerText)) bin.right++;
			}
		}
		if (!gold) return;
		tally.predictedRight++;
		found.add(gold);
		if (right) pairs.add(gold);
	});
	for (const gold of article.quotes) {
		if (!gold.counted) continue;
		tally.gold++;
		if (found.has(gold)) tally.goldFound++;
		else log?.(`missed  ${article.id}: ${gold.ranges.map(([a, b]) => article.text.slice(a, b)).join(' … ').slice(0, 80)}`);
		if (pairs.has(gold)) tally.pairFound++;
	}
}

const ratio = (a: number, b: number): number => Math.round((a / Math.max(1, b)) * 1000) / 1000;

function figures(tally: Tally, goldWithSpeaker: number) {
	return {
		quotePrecision: ratio(tally.predictedRight, tally.predicted),
		quoteRecall: ratio(tally.goldFound, tally.gold),
		pairPrecision: ratio(tally.givenRight, tally.given),
		pairRecall: ratio(tally.pairFound, goldWithSpeaker),
		wrongSpeakerRate: ratio(tally.given - tally.givenRight, tally.given),
		givenSpeakers: tally.given,
	};
}

/**
 * The dev splits, and fr-dev in two fixed halves (models/quotes/MODEL_CARD.md): the odd-indexed articles of
 * labels.json are the French tune half (the only French data any decision may look at), the even-indexed ones the
 * report half; the whole is reported too, labelled as such.
 */
function devSets(): Record<string, GoldArticle[]> {
	const fr = loadFrDev();
	return { en: loadPolnear('dev'), fr, 'fr-tune': frenchTuneHalf(fr), 'fr-report': frenchReportHalf(fr), de: loadWikinews('dev'), es: loadSpanish() };
}

/** `--train-fold`: the training articles the weights never saw (the calibration fold), for error analysis. */
function heldOutTrainSets(): Record<string, GoldArticle[]> {
	const held = calibrationFold([...loadPolnear('train'), ...loadWikinews('train')]);
	return { en: held.filter((a) => a.language === 'en'), de: held.filter((a) => a.language === 'de'), 'fr-tune': frenchTuneHalf(loadFrDev()) };
}

function main(): void {
	const json = process.argv.includes('--json');
	const showErrors = process.argv.includes('--errors');
	const thresholdAt = process.argv.indexOf('--threshold');
	const threshold = thresholdAt > 0 ? Number(process.argv[thresholdAt + 1]) : DEFAULT_SPEAKER_MIN_CONFIDENCE;
	if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new Error(`--threshold must be a number in [0, 1], got ${process.argv[thresholdAt + 1]}`);
	const sets = process.argv.includes('--train-fold') ? heldOutTrainSets() : devSets();
	const result: Record<string, unknown> = { threshold };
	for (const [set, articles] of Object.entries(sets)) {
		if (articles.length === 0) {
			console.log(`${set}: skipped (dataset not found)`);
			result[set] = { skipped: true };
			continue;
		}
		const language = set.replace(/-.*$/u, '');
		const model = newTally();
		const rules = newTally();
		const sweep = SWEEP.map(() => newTally());
		let goldWithSpeaker = 0;
		for (const article of articles) {
			const entities = extractEntities(article.text, language);
			const quotes = extractQuotes(article.text, language, entities);
			score(model, article, quotes, applySpeakerThreshold(quotes, threshold), showErrors ? (line) => console.log(`${set} ${line}`) : null);
			SWEEP.forEach((t, k) => sweep[k] && score(sweep[k], article, quotes, applySpeakerThreshold(quotes, t), null));
			const ruled = extractQuotes(article.text, language, entities, { speakers: 'rules' });
			score(rules, article, ruled, ruled, null);
			goldWithSpeaker += article.quotes.filter((g) => g.counted && g.source).length;
		}
		const calibration = model.bins.map((bin, k) => ({ from: BINS[k], to: Math.min(1, BINS[k + 1] ?? 1), quotes: bin.n, meanConfidence: ratio(bin.confidence, bin.n), shareRight: ratio(bin.right, bin.n) }));
		const atThresholds = Object.fromEntries(SWEEP.map((t, k) => [String(t), figures(sweep[k] ?? newTally(), goldWithSpeaker)]));
		const entry = { articles: articles.length, goldQuotes: model.gold, model: figures(model, goldWithSpeaker), baselineRules: figures(rules, goldWithSpeaker), goal: GOALS[language] ?? null, calibration, atThresholds };
		result[set] = entry;
		const line = (name: string, f: ReturnType<typeof figures>): string =>
			`${name}: quotes P ${f.quotePrecision} R ${f.quoteRecall}  pairs P ${f.pairPrecision} R ${f.pairRecall}  wrong ${(f.wrongSpeakerRate * 100).toFixed(1)} %`;
		console.log(`${set} (${articles.length} articles, ${model.gold} gold quotes)\n  ${line('model', entry.model)}\n  ${line('rules', entry.baselineRules)}`);
		console.log(`  calibration: ${calibration.map((c) => `[${c.from}-${c.to}) n=${c.quotes} right=${c.shareRight}`).join('  ')}`);
	}
	if (json) console.log(JSON.stringify(result));
}

main();
