import { describe, expect, it } from 'vitest';
import { formatHelp, intOption, parseCommand, reportError, UsageError, userMessage, type CommandSpec } from '../../src/cli/args.js';
import { InputError } from '../../src/shared/errors.js';

const SPEC: CommandSpec = {
	name: 'demo',
	synopsis: '<name> [options]',
	description: 'A command for the tests.',
	options: {
		guild: { type: 'string', value: 'ID', description: 'the guild' },
		json: { type: 'boolean', description: 'print JSON' },
	},
	positionals: { min: 1, max: 2 },
};

describe('CLI argument parsing', () => {
	it('reads flags, values in both spellings and positionals', () => {
		expect(parseCommand(SPEC, ['Ada', '--guild', '42', '--json'])).toEqual({ help: false, values: { guild: '42', json: true }, positionals: ['Ada'] });
		expect(parseCommand(SPEC, ['--guild=7', 'Ada', 'Lovelace'])).toEqual({ help: false, values: { guild: '7' }, positionals: ['Ada', 'Lovelace'] });
		expect(parseCommand(SPEC, ['--', '--json'])).toEqual({ help: false, values: {}, positionals: ['--json'] });
	});

	it('names an unknown flag, a missing value and a value given to a switch', () => {
		expect(() => parseCommand(SPEC, ['Ada', '--bogus'])).toThrow(new UsageError('unknown option --bogus'));
		expect(() => parseCommand(SPEC, ['Ada', '-x'])).toThrow(new UsageError('unknown option -x'));
		expect(() => parseCommand(SPEC, ['Ada', '--guild'])).toThrow(new UsageError('option --guild needs a value (ID)'));
		expect(() => parseCommand(SPEC, ['Ada', '--guild', '--json'])).toThrow(new UsageError('option --guild needs a value (ID)'));
		expect(() => parseCommand(SPEC, ['Ada', '--json=yes'])).toThrow(new UsageError('option --json takes no value'));
	});

	it('counts positionals against the command', () => {
		expect(() => parseCommand(SPEC, [])).toThrow(new UsageError('missing argument: <name>'));
		expect(() => parseCommand(SPEC, ['a', 'b', 'c'])).toThrow(new UsageError('too many arguments: "c"'));
	});

	it('answers --help even beside other arguments, and lists every flag', () => {
		expect(parseCommand(SPEC, ['--help'])).toEqual({ help: true });
		expect(parseCommand(SPEC, ['Ada', '-h'])).toEqual({ help: true });
		const help = formatHelp(SPEC);
		for (const flag of ['--guild ID', '--json', '--help']) expect(help).toContain(flag);
		expect(help.split('\n')[0]).toBe('usage: briefbot demo <name> [options]');
	});

	it('checks whole numbers within bounds and names the option', () => {
		expect(intOption(undefined, 'limit', { min: 1, max: 100, fallback: 10 })).toBe(10);
		expect(intOption('25', 'limit', { min: 1, max: 100, fallback: 10 })).toBe(25);
		for (const bad of ['0', '101', 'abc', '2.5', '-3', '']) {
			expect(() => intOption(bad, 'limit', { min: 1, max: 100, fallback: 10 })).toThrow(`--limit must be a whole number from 1 to 100, not "${bad}"`);
		}
	});

	it('reports errors in one style without class names: exit 2 for usage, 1 otherwise', () => {
		let out = '';
		const write = (text: string) => {
			out += text;
		};
		expect(reportError('demo', new UsageError('unknown option --bogus'), write)).toBe(2);
		expect(out).toBe('briefbot demo: unknown option --bogus\nrun "briefbot demo --help" for the options\n');
		out = '';
		const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x.html'"), { code: 'ENOENT' });
		expect(reportError('demo', new InputError('cannot read x.html', { cause: enoent }), write)).toBe(1);
		expect(out).toBe("briefbot demo: cannot read x.html: ENOENT: no such file or directory, open 'x.html'\n");
		expect(userMessage(new InputError('a', { cause: new InputError('a') }))).toBe('a');
	});
});
