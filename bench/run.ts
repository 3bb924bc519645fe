/**
 * `npm run bench [-- name ...] [--json]`: runs the named benchmarks (all when none is named), each as its own
 * process so that one's memory does not count against another's, and writes bench/RESULTS.md.
 * Arguments for one benchmark go in BENCH_<NAME>_ARGS (e.g. BENCH_STORE_ARGS="--scale 0.1").
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ALL = ['feeds', 'feeds-workers', 'extract', 'briefs', 'store', 'delivery', 'commands', 'subscriptions', 'e2e-latency', 'ner', 'filters', 'opml', 'hostile'];
const here = fileURLToPath(new URL('.', import.meta.url));

type Figures = Record<string, unknown>;

function runOne(name: string, extra: string[]): Promise<{ name: string; figures: Figures | null; error?: string }> {
	// `bench -- feeds --workers 1,2,4` is the scale-out run: N queue workers on Postgres beside one SQLite process.
	const file = name === 'feeds' && extra.includes('--workers') ? 'feeds-workers' : name;
	const script = `${here}${file}.ts`;
	if (!existsSync(script)) return Promise.resolve({ name, figures: null, error: 'no such benchmark' });
	return new Promise((resolve) => {
		// Per-benchmark arguments: BENCH_STORE_ARGS="--scale 0.1", BENCH_E2E_LATENCY_ARGS="--items 20", ...
		const own = (process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}_ARGS`] ?? '').split(/\s+/).filter(Boolean);
		const child = spawn(process.execPath, ['--import', 'tsx', script, '--json', ...extra, ...own], {
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			process.stderr.write(chunk);
		});
		child.on('close', (code) => {
			const last = out.trim().split('\n').pop() ?? '';
			try {
				resolve({ name, figures: JSON.parse(last) as Figures, ...(code ? { error: `exit ${code}` } : {}) });
			} catch {
				resolve({ name, figures: null, error: `exit ${code}; no JSON line` });
			}
		});
	});
}

function flatten(value: unknown, prefix = ''): Array<[string, unknown]> {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
	}
	return [[prefix, value]];
}

function format(v: unknown): string {
	if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3).replace(/\.?0+$/, '');
	return typeof v === 'string' ? v : JSON.stringify(v);
}

type Result = { name: string; figures: Figures | null; error?: string; at?: string };

/** Each benchmark's last result is kept, so running one benchmark refreshes its rows and keeps the others'. */
const CACHE = `${here}.results/`;

function loadCached(name: string): Result | null {
	try {
		return JSON.parse(readFileSync(`${CACHE}${name}.json`, 'utf8')) as Result;
	} catch {
		return null;
	}
}

function toMarkdown(results: Result[]): string {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	const lines = [
		'# Benchmark results',
		'',
		`Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
		`Date: ${new Date().toISOString()}. Produced by \`npm run bench\`; each benchmark also runs alone as \`npm run bench -- <name>\`.`,
		`Load average when this table was written: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (wall-clock figures are sensitive to it; CPU figures less so).`,
		'',
		'| benchmark | figure | value | goal | baseline (same run) |',
		'|---|---|---|---|---|',
		...results.filter((r) => r.at).map((r) => `| ${r.name} | measured at | ${r.at} | | |`),
	];
	for (const r of results) {
		if (!r.figures) {
			lines.push(`| ${r.name} | error | ${r.error ?? ''} | | |`);
			continue;
		}
		const { goal, goals, baseline, ...rest } = r.figures as Figures & { goal?: unknown; goals?: unknown; baseline?: unknown };
		const goalMap = new Map(flatten(goal ?? goals ?? {}));
		const baseMap = new Map(flatten(baseline ?? {}));
		for (const [key, value] of flatten(rest)) {
			const g = goalMap.get(key);
			const b = baseMap.get(key);
			lines.push(`| ${r.name} | ${key} | ${format(value)} | ${g === undefined ? '' : format(g)} | ${b === undefined ? '' : format(b)} |`);
		}
		for (const [key, value] of baseMap) if (!flatten(rest).some(([k]) => k === key)) lines.push(`| ${r.name} | baseline.${key} | | | ${format(value)} |`);
		if (r.error) lines.push(`| ${r.name} | error | ${r.error} | | |`);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * `[name ...] [--json] [options for the benchmarks]`, read with `node:util` `parseArgs` (tokens): the names are the
 * positionals before any option; `--json` is the runner's; every other option, with its value, goes to the chosen
 * benchmarks, which refuse one they do not know.
 */
function isBenchmark(name: string): boolean {
	// Any script here is a benchmark (a new one runs by name before it joins ALL) except the runner and helpers.
	const helpers = ['run', 'bench-args', 'feeds-server', 'extract-baseline'];
	return ALL.includes(name) || (/^[a-z0-9-]+$/.test(name) && !helpers.includes(name) && existsSync(`${here}${name}.ts`));
}

function splitArgs(argv: readonly string[]): { json: boolean; names: string[]; extra: string[] } {
	const { tokens } = parseArgs({ args: [...argv], strict: false, allowPositionals: true, tokens: true });
	let json = false;
	const names: string[] = [];
	const extra: string[] = [];
	let sawOption = false;
	for (const token of tokens) {
		if (token.kind === 'option') {
			sawOption = true;
			if (token.name === 'json') json = true;
			else extra.push(token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName);
		} else if (token.kind === 'positional') {
			// A benchmark's name, or the value of the option before it (`--scale 0.1`).
			(!sawOption || isBenchmark(token.value) ? names : extra).push(token.value);
		}
	}
	return { json, names, extra };
}

async function main(): Promise<void> {
	const { json, names, extra } = splitArgs(process.argv.slice(2));
	const unknown = names.filter((name) => !isBenchmark(name));
	if (unknown.length) {
		process.stderr.write(`bench: no benchmark named ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${ALL.join(', ')})\n`);
		process.exitCode = 2;
		return;
	}
	const chosen = names.length > 0 ? names : ALL;
	const results: Result[] = [];
	mkdirSync(CACHE, { recursive: true });
	for (const name of chosen) {
		process.stderr.write(`\n== bench ${name} ==\n`);
		const result: Result = { ...(await runOne(name, extra)), at: new Date().toISOString() };
		results.push(result);
		if (result.figures) await writeFile(`${CACHE}${name}.json`, JSON.stringify(result));
	}
	const table = [...ALL, ...names.filter((n) => !ALL.includes(n))].map((name) => results.find((r) => r.name === name) ?? loadCached(name)).filter((r): r is Result => r !== null);
	await writeFile(`${here}RESULTS.md`, toMarkdown(table));
	process.stderr.write(`\nwrote bench/RESULTS.md\n`);
	if (json) process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r.figures ?? { error: r.error }])))}\n`);
}

await main();
