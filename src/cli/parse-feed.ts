/**
 * `briefbot parse-feed <file> [--json]` prints one feed file normalised.
 * `briefbot parse-feed --jsonl` reads `{"id", "path"}` lines on stdin and writes one result line per file,
 * echoing `id` and `path`; a file that fails gives an `error` line and the run goes on.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseFeedBytes } from '../feeds/feed-record.js';

const USAGE =
	'usage: briefbot parse-feed <file> [--json]\n' +
	'       briefbot parse-feed --jsonl [--root DIR] < lines of {"id", "path"}   (relative paths resolve against DIR)\n';

export async function run(argv: string[]): Promise<number> {
	if (argv.includes('--help') || argv.includes('-h')) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (argv.includes('--jsonl')) {
		const rootIndex = argv.indexOf('--root');
		return runJsonLines(rootIndex >= 0 ? (argv[rootIndex + 1] ?? '.') : '.');
	}
	const file = argv.find((arg) => !arg.startsWith('--'));
	if (!file) {
		process.stderr.write(USAGE);
		return 2;
	}
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		process.stderr.write(`parse-feed: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
	const output = parseFeedBytes(bytes);
	const pretty = !argv.includes('--json');
	process.stdout.write(`${JSON.stringify({ path: file, ...output }, null, pretty ? 2 : undefined)}\n`);
	return output.error ? 1 : 0;
}

async function runJsonLines(root: string): Promise<number> {
	const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
	for await (const line of lines) {
		if (!line.trim()) continue;
		let request: { id?: unknown; path?: unknown };
		try {
			request = JSON.parse(line) as { id?: unknown; path?: unknown };
		} catch {
			process.stdout.write(`${JSON.stringify({ id: null, path: null, error: 'input line is not JSON' })}\n`);
			continue;
		}
		const { id = null, path = null } = request;
		if (typeof path !== 'string') {
			process.stdout.write(`${JSON.stringify({ id, path, error: 'missing "path"' })}\n`);
			continue;
		}
		try {
			const output = parseFeedBytes(await readFile(resolve(root, path)));
			process.stdout.write(`${JSON.stringify({ id, path, ...output })}\n`);
		} catch (error) {
			process.stdout.write(`${JSON.stringify({ id, path, error: error instanceof Error ? error.message : String(error) })}\n`);
		}
	}
	return 0;
}
