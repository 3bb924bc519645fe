/**
 * The `briefbot` CLI: `npm run -s briefbot -- <command> [args]`.
 * Each command lives in its own file, exporting `run(argv): Promise<number>` (the exit code).
 * JSON goes to stdout; logs go to stderr.
 */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
	'parse-feed': () => import('./parse-feed.js'),
	extract: () => import('./extract.js'),
	brief: () => import('./brief.js'),
	who: () => import('./who.js'),
	quote: () => import('./quote.js'),
};

const USAGE = `usage: briefbot <command> [options]

commands:
  parse-feed <file>          parse a feed file and print it normalised
  extract <file|url|->       extract and clean an article
  brief <file|url|->         build the brief of an article
  who <name>                 the card of a person or organisation, from the database
  quote --who NAME | --about TEXT
                             quotes from the database

"briefbot <command> --help" lists the options of each command.
`;

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name) {
		process.stderr.write(USAGE);
		return 2;
	}
	if (name === '--help' || name === '-h' || name === 'help') {
		process.stdout.write(USAGE);
		return 0;
	}
	const load = COMMANDS[name];
	if (!load) {
		process.stderr.write(`briefbot: unknown command "${name}"\n${USAGE}`);
		return 2;
	}
	const command = await load();
	return command.run(rest);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		// Commands report their own errors; this is a bug or a failed import, so the stack is worth having.
		process.stderr.write(`briefbot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
