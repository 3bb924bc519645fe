/**
 * `briefbot parse-feed <file> [--json]` prints one feed file normalised.
 * `briefbot parse-feed --jsonl` reads `{"id", "path"}` lines on stdin and writes one result line per file,
 * echoing `id` and `path`; a file that fails gives an `error` line and the run goes on.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseFeedBytes } from '../feeds/feed-record.js';
import { InputError } from '../shared/errors.js';
import { runCommand, UsageError, type CommandSpec } from './args.js';

export const SPEC: CommandSpec = {
	name: 'parse-feed',
	synopsis: '<file> [options]   |   --jsonl [--root DIR] < lines of {"id", "path"}',
	description: 'Parses a feed file (RSS, Atom, JSON Feed) and prints it normalised.',
	options: {
		json: { type: 'boolean', description: 'print compact JSON on one line (default: indented)' },
		jsonl: { type: 'boolean', description: 'read {"id", "path"} lines on stdin and write one result line per file' },
		root: { type: 'string', value: 'DIR', description: 'with --jsonl: the folder relative paths resolve against (default: .)' },
	},
	positionals: { min: 0, max: 1 },
};

export async function run(argv: string[]): Promise<number> {
	return runCommand(SPEC, argv, async (values, positionals) => {
		const root = typeof values['root'] === 'string' ? values['root'] : null;
		if (values['jsonl']) {
			if (positionals.length) throw new UsageError(`--jsonl reads stdin: unexpected argument "${positionals[0]}"`);
			return runJsonLines(root ?? '.');
		}
		if (root !== null) throw new UsageError('--root goes with --jsonl');
		const file = positionals[0];
		if (!file) throw new UsageError('missing argument: <file>');
		let bytes: Buffer;
		try {
			bytes = await readFile(file);
		} catch (error) {
			throw new InputError(`cannot read ${file}`, { cause: error });
		}
		const output = parseFeedBytes(bytes);
		const pretty = values['json'] !== true;
		process.stdout.write(`${JSON.stringify({ path: file, ...output }, null, pretty ? 2 : undefined)}\n`);
		return output.error ? 1 : 0;
	});
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
