/**
 * Quote and speaker evaluation on PolNeAR (dev split): `node --import tsx scripts/eval-quotes.ts [--json] [--errors]`.
 * Gold quotes are the attributions whose content holds a quotation mark and a quoted run of 4+ words. A predicted
 * quote is right when at least half of it lies inside a gold content span; its speaker is right when the last word
 * of the predicted source (the words naming it, `speakerText`, as the gold Source spans are; else the resolved name)
 * occurs in the gold Source span.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBrief } from '../src/briefs/build-brief.js';
import { buildRawArticle } from '../src/briefs/raw-article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/quotes/polnear-dev');
const GOAL = { quotePrecision: 0.97, quoteRecall: 0.9, pairPrecision: 0.92, pairRecall: 0.85 };

interface Gold {
	ranges: Array<[number, number]>;
	source: string | null;
	direct: boolean;
}

function parseAnn(ann: string, text: string): Gold[] {
	const spans = new Map<string, { type: string; ranges: Array<[number, number]> }>();
	const events: string[] = [];
	for (const line of ann.split('\n')) {
		if (line.startsWith('T')) {
			const [id, info] = line.split('\t');
			const [type, ...rest] = (info ?? '').split(' ');
			const ranges = rest
				.join(' ')
				.split(';')
				.map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
			if (id && type) spans.set(id, { type, ranges });
		} else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
	}
	const golds: Gold[] = [];
	for (const event of events) {
		const roles = Object.fromEntries(event.split(' ').map((p) => p.split(':') as [string, string]));
		const content = roles.Content ? spans.get(roles.Content) : undefined;
		if (!content) continue;
		const source = roles.Source ? spans.get(roles.Source) : undefined;
		const contentText = content.ranges.map(([a, b]) => text.slice(a, b)).join(' ');
		const quoted = [...contentText.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => m[1]?.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
		golds.push({
			ranges: content.ranges,
			source: source ? source.ranges.map(([a, b]) => text.slice(a, b)).join(' ') : null,
			direct: /["“”]/.test(contentText) && Math.max(0, ...quoted) >= 4,
		});
	}
	return golds;
}

/** Lower-cased words without punctuation or parenthetical party tags ("Rep. Gwen Moore (D-Wis.)" → rep gwen moore). */
function normaliseWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/\([^)]*\)/g, ' ')
		.replace(/[^\p{L}\p{N}\s]/gu, '')
		.split(/\s+/)
		.filter(Boolean);
}

function overlap(start: number, end: number, ranges: Array<[number, number]>): number {
	let inside = 0;
	for (const [a, b] of ranges) inside += Math.max(0, Math.min(end, b) - Math.max(start, a));
	return inside;
}

function main(): void {
	const json = process.argv.includes('--json');
	const showErrors = process.argv.includes('--errors');
	if (!existsSync(DATASET)) {
		console.log('skipped: ../shared/datasets/quotes/polnear-dev not found');
		if (json) console.log(JSON.stringify({ skipped: true }));
		return;
	}
	const textDir = path.join(DATASET, 'dev/text');
	const annDir = path.join(DATASET, 'dev/attributions');
	const annFiles = readdirSync(annDir).sort();
	let predicted = 0, predictedRight = 0, goldCount = 0, goldFound = 0;
	let withSpeaker = 0, speakerRight = 0, goldPairFound = 0;
	// Why a direct gold quote that was found lacks its speaker: none predicted, a pronoun, or another source.
	const pairMisses = { noSource: 0, pronoun: 0, otherSource: 0 };
	for (const file of readdirSync(textDir).sort()) {
		const prefix = file.replace(/\.txt$/, '');
		const annFile = annFiles.find((a) => a.startsWith(`${prefix}_`));
		if (!annFile) continue;
		const text = readFileSync(path.join(textDir, file), 'utf8');
		const golds = parseAnn(readFileSync(path.join(annDir, annFile), 'utf8'), text);
		const brief = buildBrief(buildRawArticle(text, { language: 'en' }));
		const found = new Set<Gold>();
		const pairFound = new Set<Gold>();
		for (const quote of brief.quotes) {
			predicted++;
			const gold = golds.find((g) => overlap(quote.start, quote.end, g.ranges) >= (quote.end - quote.start) / 2);
			const speaker = quote.speakerText ?? quote.speaker;
			if (speaker) withSpeaker++;
			if (!gold) {
				if (showErrors) console.log(`FP quote  ${file}: ${quote.text.slice(0, 100)}`);
				continue;
			}
			predictedRight++;
			found.add(gold);
			const lastWord = normaliseWords(speaker ?? '').pop();
			const right = Boolean(lastWord && normaliseWords(gold.source ?? '').includes(lastWord));
			if (right) {
				speakerRight++;
				pairFound.add(gold);
			} else if (gold.direct) {
				const kind = !speaker ? 'noSource' : /^(?:he|she|it|they|i|we)$/i.test(speaker) ? 'pronoun' : 'otherSource';
				pairMisses[kind]++;
				if (showErrors) console.log(`speaker   ${file}: got ${JSON.stringify(speaker)} (${quote.cue}) want ${JSON.stringify(gold.source)} :: ${quote.text.slice(0, 60)}`);
			}
		}
		for (const gold of golds) {
			if (!gold.direct) continue;
			goldCount++;
			if (found.has(gold)) goldFound++;
			else if (showErrors) console.log(`FN quote  ${file}: ${gold.ranges.map(([a, b]) => text.slice(a, b)).join(' … ').slice(0, 120)}`);
			if (pairFound.has(gold)) goldPairFound++;
		}
	}
	const figures = {
		articles: readdirSync(textDir).length,
		goldQuotes: goldCount,
		predictedQuotes: predicted,
		quotePrecision: predictedRight / Math.max(1, predicted),
		quoteRecall: goldFound / Math.max(1, goldCount),
		pairPrecision: speakerRight / Math.max(1, withSpeaker),
		pairRecall: goldPairFound / Math.max(1, goldCount),
		pairMissesNoSource: pairMisses.noSource,
		pairMissesPronoun: pairMisses.pronoun,
		pairMissesOtherSource: pairMisses.otherSource,
		goal: GOAL,
	};
	console.log(`quotes: P ${(figures.quotePrecision * 100).toFixed(1)} R ${(figures.quoteRecall * 100).toFixed(1)}   quote+speaker: P ${(figures.pairPrecision * 100).toFixed(1)} R ${(figures.pairRecall * 100).toFixed(1)}   (${goldCount} gold, ${predicted} predicted)`);
	console.log(`speaker misses on found direct quotes, per predicted quote: no source ${pairMisses.noSource}, pronoun ${pairMisses.pronoun}, other source ${pairMisses.otherSource}`);
	if (json) console.log(JSON.stringify(figures));
}

main();
