/**
 * `npm run conformance:feeds [-- --json] [--out FILE] [--failures]`: runs the feed parser, in process, over the
 * Universal Feed Parser suite in ../shared/datasets/feeds/feedparser and scores it with the dataset's score.py.
 * Prints the share of files parsed without error and the share of expected values matched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeedBytes } from '../src/feeds/feed-record.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const datasetDir = path.resolve(repoRoot, '../shared/datasets/feeds');
const suiteDir = path.join(datasetDir, 'feedparser');
const GOAL = { parsedPct: 99, matchedPct: 90 };
const ANCHORS = { rssParser: { parsedPct: 80.7, matchedPct: 22.0 }, feedsmith: { parsedPct: 82.8, matchedPct: 84.7 } };

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const asJson = args.includes('--json');
	if (!existsSync(path.join(datasetDir, 'feedparser-expectations.json'))) {
		console.log('skipped: ../shared/datasets/feeds not found');
		if (asJson) console.log(JSON.stringify({ skipped: true }));
		return 0;
	}
	const expectations = JSON.parse(await readFile(path.join(datasetDir, 'feedparser-expectations.json'), 'utf8')) as Array<{
		path: string;
	}>;
	const started = process.cpuUsage();
	const lines: string[] = [];
	let parsed = 0;
	for (const { path: rel } of expectations) {
		let output;
		try {
			output = parseFeedBytes(await readFile(path.join(suiteDir, rel)));
		} catch (error) {
			output = { error: `threw: ${error instanceof Error ? error.message : String(error)}` };
		}
		if (!output.error) parsed++;
		lines.push(JSON.stringify({ path: rel, ...output }));
	}
	const others = await parseOtherFeeds();
	const cpu = process.cpuUsage(started);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;

	const outIndex = args.indexOf('--out');
	const outFile = outIndex >= 0 && args[outIndex + 1] ? path.resolve(args[outIndex + 1] as string) : path.join(await mkdtemp(path.join(tmpdir(), 'conformance-')), 'out.jsonl');
	await writeFile(outFile, `${lines.join('\n')}\n`);

	const score = spawnSync('python3', [path.join(datasetDir, 'score.py'), outFile], { encoding: 'utf8' });
	const report = score.stdout ?? '';
	if (score.status !== 0) process.stderr.write(score.stderr ?? 'score.py failed\n');
	const matched = /expected values matched: (\d+) \/ (\d+)/.exec(report);
	const matchedPct = matched ? (100 * Number(matched[1])) / Math.max(1, Number(matched[2])) : null;
	const parsedPct = (100 * parsed) / expectations.length;

	console.log(report.trimEnd());
	console.log(`parsed without error: ${parsedPct.toFixed(2)}% of ${expectations.length} files (in-process count)`);
	console.log(`expected values matched: ${matchedPct === null ? 'n/a (python3 missing?)' : `${matchedPct.toFixed(2)}%`}`);
	console.log(`other real and reference feeds parsed: ${others.parsed} / ${others.files}`);
	for (const failure of others.failures) console.log(`  failed: ${failure}`);
	console.log(`parser CPU time: ${cpuSeconds.toFixed(2)} s (${((expectations.length + others.files) / cpuSeconds).toFixed(0)} files per CPU-second)`);
	console.log(`output: ${outFile}`);
	if (asJson) {
		console.log(
			JSON.stringify({
				files: expectations.length,
				parsedPct: round(parsedPct),
				matchedPct: matchedPct === null ? null : round(matchedPct),
				matchedValues: matched ? Number(matched[1]) : null,
				scoredValues: matched ? Number(matched[2]) : null,
				otherFiles: others.files,
				otherParsedPct: round((100 * others.parsed) / Math.max(1, others.files)),
				filesPerCpuSecond: round((expectations.length + others.files) / cpuSeconds),
				anchors: ANCHORS,
				goal: GOAL,
			}),
		);
	}
	return 0;
}

/** The dataset's other feeds (captured real feeds, per-format references): only "parsed without error" is checked. */
async function parseOtherFeeds(): Promise<{ files: number; parsed: number; failures: string[] }> {
	const files: string[] = [];
	const collect = async (dir: string, keep: (name: string) => boolean): Promise<void> => {
		let entries;
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) await collect(full, keep);
			else if (keep(entry.name)) files.push(full);
		}
	};
	await collect(path.join(datasetDir, 'rss-parser/input'), () => true);
	await collect(path.join(datasetDir, 'feedsmith'), (name) => name.endsWith('.xml'));
	await collect(path.join(datasetDir, 'sample-feeds/content'), (name) => name === 'feed.xml');
	const failures: string[] = [];
	for (const file of files) {
		const output = parseFeedBytes(await readFile(file));
		if (output.error) failures.push(`${path.relative(datasetDir, file)}: ${output.error}`);
	}
	return { files: files.length, parsed: files.length - failures.length, failures };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	},
);
