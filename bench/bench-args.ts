/** Command-line options and seeded randomness shared by the benchmark scripts. */
import { parseArgs } from 'node:util';

export type BenchOptionType = 'number' | 'string' | 'boolean';

export interface BenchArgs {
	/** `--json`: every benchmark takes it, and prints its figures as one JSON object on its last line. */
	json: boolean;
	/** A positive number given with `--name`, or the fallback. */
	number(name: string, fallback: number): number;
	string(name: string): string | undefined;
	flag(name: string): boolean;
	positionals: string[];
}

/**
 * The benchmark's command line read with `node:util` `parseArgs`, strictly: an unknown option, a missing value
 * or a number that is not a positive number stops the run with a message naming it (exit 2), instead of a
 * benchmark silently measuring its defaults.
 */
export function parseBenchArgs(
	bench: string,
	options: Record<string, BenchOptionType>,
	argv: readonly string[] = process.argv.slice(2),
	settings: { positionals?: boolean } = {},
): BenchArgs {
	const all: Record<string, BenchOptionType> = { json: 'boolean', ...options };
	let values: Record<string, string | boolean | undefined>;
	let positionals: string[];
	try {
		const parsed = parseArgs({
			args: [...argv],
			options: Object.fromEntries(Object.entries(all).map(([name, type]) => [name, { type: type === 'boolean' ? 'boolean' : 'string' }] as const)),
			strict: true,
			allowPositionals: settings.positionals ?? false,
		});
		values = parsed.values as Record<string, string | boolean | undefined>;
		positionals = parsed.positionals;
		for (const [name, type] of Object.entries(all)) {
			const value = values[name];
			if (type === 'number' && value !== undefined && !(Number(value) > 0 && Number.isFinite(Number(value)))) {
				throw new Error(`--${name} must be a positive number, not "${String(value)}"`);
			}
		}
	} catch (error) {
		// parseArgs' own messages name the option ("Unknown option '--bogus'"); keep them, drop the hint about '--'.
		const message = error instanceof Error ? error.message.split('. To specify')[0] : String(error);
		process.stderr.write(`bench ${bench}: ${message}\noptions: ${Object.keys(all).map((n) => `--${n}`).join(' ')}\n`);
		process.exit(2);
	}
	return {
		json: values['json'] === true,
		number: (name, fallback) => (values[name] === undefined ? fallback : Number(values[name])),
		string: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
		flag: (name) => values[name] === true,
		positionals,
	};
}

/** A fixed-seed generator (mulberry32), so every run builds the same data. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
