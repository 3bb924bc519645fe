/**
 * Per-feed filter throughput: 1,000 feeds, each with a filter expression, checked against a stream of new briefs
 * (each brief belongs to one feed, round-robin, as in a poll cycle). What is timed is what the pipeline runs per
 * brief: `selectTargets` over the feed's targets (filters parsed once and cached, the brief folded once).
 * Briefs are the CNN/DailyMail articles of ../shared/datasets/summaries/cnndm-250 when present, else the test
 * fixtures. Baseline in the same run: the same filters as one whole-word regular expression per term over the
 * folded text (what regex-filter feed bots run). A brute-force check compares every verdict with the baseline's;
 * any difference exits 1. Also timed: the worst accepted expression on a 1 MB brief (the hostile case).
 *
 *   node --import tsx bench/filters.ts [--json] [--feeds 1000] [--briefs 5000]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../src/briefs/types.js';
import { evaluateFilter } from '../src/filters/evaluate-filter.js';
import { MAX_FILTER_TERMS, parseFilter, type FilterNode } from '../src/filters/parse-filter.js';
import { selectTargets } from '../src/pipeline/select-targets.js';
import type { FeedTarget } from '../src/store/types.js';
import { foldText, normalizeName, splitWords } from '../src/subscriptions/fold-text.js';
import { ALL_BRIEFS } from '../test/fixtures/subscriptions/briefs.js';
import { createRandom, parseBenchArgs } from './bench-args.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(repoRoot, '../shared/datasets/summaries/cnndm-250/cnndm-250.jsonl');
const GOAL_BRIEFS_PER_CPU_SECOND = 20_000;
const random = createRandom(18);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function loadBriefs(): { briefs: Brief[]; source: string } {
	if (!existsSync(DATASET)) return { briefs: ALL_BRIEFS.map((b) => ({ ...b })), source: 'test fixtures (dataset not found)' };
	const rows = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean);
	const briefs = rows.map((line, i): Brief => {
		const row = JSON.parse(line) as { article?: string; url?: string; highlights?: string };
		const text = row.article ?? '';
		const names = [...new Set(text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? [])].slice(0, 8);
		return {
			schemaVersion: BRIEF_SCHEMA_VERSION,
			title: text.slice(0, 80),
			url: row.url ?? `https://news${i % 7}.example.org/${i}`,
			canonicalUrl: null,
			originalSource: null,
			republishedVia: [],
			siteName: pick(['CNN', 'Daily Mail', 'BBC News']),
			language: pick(['en', 'en', 'en', 'fr']),
			publishedAt: null,
			byline: null,
			paragraphs: [],
			text,
			removed: [],
			minhash: [],
			summary: (row.highlights ?? '').split('\n').filter(Boolean),
			quotes: [],
			entities: names.map((name, k) => ({ id: `e${k}`, name, type: 'person', aliases: [], roles: [], mentions: [] })),
			topics: [],
		};
	});
	return { briefs, source: 'summaries/cnndm-250' };
}

function makeFilters(count: number, briefs: Brief[]): string[] {
	const words = [...new Set(briefs.flatMap((b) => splitWords(b.text).filter((w) => w.length >= 5)))];
	const names = [...new Set(briefs.flatMap((b) => b.entities.map((e) => e.name)))];
	const phrase = () => {
		const w = splitWords(pick(briefs).text);
		const at = Math.floor(random() * Math.max(1, w.length - 2));
		return `"${w.slice(at, at + 2).join(' ')}"`;
	};
	const term = () => {
		const roll = random();
		if (roll < 0.5) return pick(words);
		if (roll < 0.7) return phrase();
		if (roll < 0.8 && names.length > 0) return `entity:"${pick(names)}"`;
		if (roll < 0.9) return pick(['lang:fr', 'lang:en', 'source:cnn', 'source:"daily mail"']);
		return `NOT ${pick(words)}`;
	};
	return Array.from({ length: count }, () => {
		const shape = random();
		if (shape < 0.3) return term();
		if (shape < 0.6) return `${term()} OR ${term()} OR ${term()}`;
		if (shape < 0.85) return `(${term()} OR ${term()}) AND ${term()} NOT ${pick(words)}`;
		return `(${term()} AND ${term()}) OR (${term()} AND NOT ${phrase()}) OR ${term()}`;
	});
}

function target(id: number, filter: string): FeedTarget {
	const settings = { label: null, filter, pausedAt: null, format: 'full' as const, intervalMs: null, pings: [], locale: null };
	return { id, feedId: id, guildId: `g${id % 97}`, channelId: `c${id}`, disabledReason: null, createdAt: 0, settings };
}

/** The regex way: one whole-word expression per term over the folded text, evaluated on the tree. */
function compileRegexFilter(text: string): (brief: Brief) => boolean {
	const parsed = parseFilter(text);
	if (!parsed.ok) throw new Error(`bench filter does not parse: ${text}`);
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const build = (node: FilterNode): ((b: Brief, folded: string) => boolean) => {
		if (node.kind === 'not') {
			const child = build(node.child);
			return (b, f) => !child(b, f);
		}
		if (node.kind !== 'term') {
			const children = node.children.map(build);
			return node.kind === 'and' ? (b, f) => children.every((c) => c(b, f)) : (b, f) => children.some((c) => c(b, f));
		}
		const wanted = node.words.join(' ');
		if (node.field === 'lang') return (b) => b.language === wanted || b.language.startsWith(`${wanted}-`);
		if (node.field === 'entity') return (b) => b.entities.some((e) => [e.name, ...e.aliases].some((n) => normalizeName(n) === wanted));
		if (node.field === 'source') {
			const re = new RegExp(`(^|[^a-z0-9])${node.words.map(escape).join('[^a-z0-9]+')}($|[^a-z0-9])`);
			return (b) => [b.siteName, b.originalSource?.name, b.url ? new URL(b.url).hostname : null].some((s) => s && re.test(foldText(s)));
		}
		if (node.field === 'topic') return (b) => b.topics.some((t) => normalizeName(t) === wanted);
		const re = new RegExp(`(^|[^a-z0-9])${node.words.map(escape).join('[^a-z0-9]+')}($|[^a-z0-9])`);
		return (_b, f) => re.test(f);
	};
	const run = build(parsed.filter.root);
	return (brief) => run(brief, foldText(`${brief.title}\n${brief.summary.join('\n')}\n${brief.text}`));
}

function cpuMs(start: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1_000;
}

function main(): void {
	const args = parseBenchArgs('filters', { feeds: 'number', briefs: 'number' });
	const json = args.json;
	const feedCount = args.number('feeds', 1_000);
	const briefCount = args.number('briefs', 5_000);
	const { briefs, source } = loadBriefs();
	const filters = makeFilters(feedCount, briefs);
	const targets = filters.map((f, i) => [target(i, f)]);

	// Fresh objects, as new briefs are: the evaluator's per-brief cache must not carry over between rounds.
	const stream = () => Array.from({ length: briefCount }, (_, i) => ({ ...(briefs[i % briefs.length] as Brief) }));
	const rounds = 5;
	const perRound: number[] = [];
	let delivered = 0;
	for (let round = 0; round < rounds; round++) {
		const batch = stream();
		const started = process.cpuUsage();
		delivered = 0;
		for (let i = 0; i < batch.length; i++) delivered += selectTargets(targets[i % feedCount] as FeedTarget[], batch[i] as Brief).deliver.length;
		perRound.push(cpuMs(started));
	}
	const medianCpuMs = [...perRound].sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;

	const baselineCount = Math.min(briefCount, 1_000);
	const regexFilters = filters.map(compileRegexFilter);
	const baselineBatch = stream().slice(0, baselineCount);
	const baselineStart = process.cpuUsage();
	let baselineDelivered = 0;
	let mismatches = 0;
	for (let i = 0; i < baselineBatch.length; i++) {
		const brief = baselineBatch[i] as Brief;
		const regexPass = (regexFilters[i % feedCount] as (b: Brief) => boolean)(brief);
		if (regexPass) baselineDelivered++;
		const parsed = parseFilter(filters[i % feedCount] as string);
		if (parsed.ok && evaluateFilter(parsed.filter, { ...brief }).pass !== regexPass) mismatches++;
	}
	const baselineCpuMs = cpuMs(baselineStart);

	// Hostile: the largest accepted expression, every term a near-miss phrase, on a 1 MB brief of one repeated word.
	const hostile = Array.from({ length: MAX_FILTER_TERMS }, (_, i) => `"a a${i}"`).join(' OR ');
	const huge = { ...(briefs[0] as Brief), text: 'a '.repeat(500_000) };
	const hostileParsed = parseFilter(hostile);
	const hostileStart = process.cpuUsage();
	if (hostileParsed.ok) evaluateFilter(hostileParsed.filter, huge);
	const hostileCpuMs = cpuMs(hostileStart);

	const briefsPerCpuSecond = Math.round((briefCount * 1_000) / medianCpuMs);
	const figures = {
		source,
		feeds: feedCount,
		briefsPerRound: briefCount,
		roundMedianCpuMs: Math.round(medianCpuMs * 10) / 10,
		briefsPerCpuSecond,
		deliveredPerRound: delivered,
		baselineRegexBriefsPerCpuSecond: Math.round((baselineCount * 1_000) / baselineCpuMs),
		baselineCheckedBriefs: baselineCount,
		baselineDelivered,
		mismatchedVerdicts: mismatches,
		hostileExpressionOn1MbCpuMs: Math.round(hostileCpuMs * 10) / 10,
		goal: { briefsPerCpuSecond: GOAL_BRIEFS_PER_CPU_SECOND },
		meetsGoal: briefsPerCpuSecond >= GOAL_BRIEFS_PER_CPU_SECOND,
	};
	if (!json) {
		console.log(`filters: ${feedCount} feeds, ${briefCount} briefs per round (${source})`);
		console.log(`  ${briefsPerCpuSecond} briefs per CPU-second (goal ${GOAL_BRIEFS_PER_CPU_SECOND}); regex baseline ${figures.baselineRegexBriefsPerCpuSecond}`);
		console.log(`  verdicts differing from the regex baseline: ${mismatches} of ${baselineCount}; hostile expression on 1 MB: ${figures.hostileExpressionOn1MbCpuMs} ms`);
	}
	if (mismatches > 0) process.exitCode = 1;
	console.log(JSON.stringify(figures));
}

main();
