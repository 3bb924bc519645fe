import { pino, type DestinationStream, type Logger } from 'pino';
import { formatPrettyLine } from './pretty-log.js';

export type { Logger };

export type LogFormat = 'auto' | 'pretty' | 'json';

export interface LoggerOptions {
	/** `auto` (the default): readable lines when stderr is a terminal, JSON lines otherwise. */
	format?: LogFormat;
	/** Where lines go; stderr, so that stdout stays free for the console-mode briefs and CLI JSON. */
	stream?: NodeJS.WritableStream & { isTTY?: boolean };
	env?: NodeJS.ProcessEnv;
}

/** Structured logs on stderr: JSON for machines, one readable line per record for a person at a terminal. */
export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
	const stream = options.stream ?? process.stderr;
	const format = options.format ?? 'auto';
	const pretty = format === 'pretty' || (format === 'auto' && stream.isTTY === true);
	if (!pretty) {
		if (!options.stream) return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
		return pino({ level, base: undefined }, { write: (line: string) => void stream.write(line) } satisfies DestinationStream);
	}
	// NO_COLOR (https://no-color.org) turns colours off; a pipe never gets them.
	const color = stream.isTTY === true && !(options.env ?? process.env)['NO_COLOR'];
	const destination: DestinationStream = { write: (line: string) => void stream.write(formatPrettyLine(line, { color })) };
	return pino({ level, base: undefined }, destination);
}

/** A logger that drops everything, for tests and pure callers. */
export const silentLogger: Logger = pino({ level: 'silent' });
