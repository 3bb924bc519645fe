/**
 * One argument parser and one error style for every `briefbot` command: `node:util` `parseArgs` reads the line,
 * then each option is checked against the command's own list, so that an unknown flag, a missing value or a bad
 * number is an error naming it (exit 2) instead of being ignored. `--help` prints every flag the command takes.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors.js';

export interface OptionSpec {
	type: 'string' | 'boolean';
	short?: string;
	/** Shown in `--help` after the flag, e.g. `URL` for `--url URL`. */
	value?: string;
	description: string;
}

export interface CommandSpec {
	name: string;
	/** The synopsis after `briefbot <name>`, e.g. `<file|url|-> [options]`. */
	synopsis: string;
	description: string;
	options: Record<string, OptionSpec>;
	/** How many positional arguments the command accepts. */
	positionals: { min: number; max: number };
}

/** A command line that cannot be run as written; the CLI exits with code 2. */
export class UsageError extends AppError {
	override name = 'UsageError';
}

export type Parsed = { help: true } | { help: false; values: Record<string, string | boolean | undefined>; positionals: string[] };

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'print this help and exit' };

export function parseCommand(spec: CommandSpec, argv: readonly string[]): Parsed {
	const options = { ...spec.options, help: HELP };
	const config = Object.fromEntries(
		Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
	);
	// strict: false so that every token comes back and is checked here, with messages that name the flag.
	const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
	const values: Record<string, string | boolean | undefined> = {};
	const positionals: string[] = [];
	let help = false;
	for (const token of tokens) {
		if (token.kind === 'positional') {
			positionals.push(token.value);
			continue;
		}
		if (token.kind !== 'option') continue;
		const option = options[token.name as keyof typeof options];
		if (!option) throw new UsageError(`unknown option ${token.rawName}`);
		if (token.name === 'help') {
			help = true;
			continue;
		}
		if (option.type === 'string') {
			if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith('--'))) {
				throw new UsageError(`option ${token.rawName} needs a value${option.value ? ` (${option.value})` : ''}`);
			}
			values[token.name] = token.value;
		} else {
			if (token.value !== undefined) throw new UsageError(`option ${token.rawName} takes no value`);
			values[token.name] = true;
		}
	}
	if (help) return { help: true };
	if (positionals.length > spec.positionals.max) {
		const extra = positionals.slice(spec.positionals.max).map((p) => `"${p}"`).join(', ');
		throw new UsageError(spec.positionals.max === 0 ? `unexpected argument ${extra}` : `too many arguments: ${extra}`);
	}
	if (positionals.length < spec.positionals.min) throw new UsageError(`missing argument: ${spec.synopsis.split(' ')[0]}`);
	return { help: false, values, positionals };
}

/** A whole number within [min, max], or the fallback when the option was not given. */
export function intOption(value: string | boolean | undefined, name: string, range: { min: number; max: number; fallback: number }): number {
	if (value === undefined) return range.fallback;
	const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
	if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
		throw new UsageError(`--${name} must be a whole number from ${range.min} to ${range.max}, not "${String(value)}"`);
	}
	return n;
}

export function formatHelp(spec: CommandSpec): string {
	const options = { ...spec.options, help: HELP };
	const rows = Object.entries(options).map(([name, o]) => {
		const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
		return `  ${flag.padEnd(24)} ${o.description}`;
	});
	return `usage: briefbot ${spec.name} ${spec.synopsis}\n\n${spec.description}\n\noptions:\n${rows.join('\n')}\n`;
}

/**
 * The one error style of the CLI: `briefbot <command>: <what went wrong>`, each cause after a colon, without
 * internal class names; a usage error adds where to find the options. Returns the exit code.
 */
export function reportError(command: string, error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): number {
	const usage = error instanceof UsageError;
	write(`briefbot ${command}: ${userMessage(error)}\n${usage ? `run "briefbot ${command} --help" for the options\n` : ''}`);
	return usage ? 2 : 1;
}

/** The messages of the cause chain, joined by ": ", without error names. */
export function userMessage(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
		const message = current instanceof Error ? current.message : String(current);
		if (message && !parts.includes(message)) parts.push(message);
		current = current instanceof Error ? current.cause : undefined;
	}
	return parts.join(': ') || 'unknown error';
}

/** Parses, prints help or the usage error, and hands the result to `body`; the common shape of every `run`. */
export async function runCommand(
	spec: CommandSpec,
	argv: readonly string[],
	body: (values: Record<string, string | boolean | undefined>, positionals: string[]) => Promise<number>,
): Promise<number> {
	let parsed: Parsed;
	try {
		parsed = parseCommand(spec, argv);
	} catch (error) {
		return reportError(spec.name, error);
	}
	if (parsed.help) {
		process.stdout.write(formatHelp(spec));
		return 0;
	}
	try {
		return await body(parsed.values, parsed.positionals);
	} catch (error) {
		return reportError(spec.name, error);
	}
}
