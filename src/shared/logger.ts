import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr, so that stdout stays free for the console-mode briefs and CLI JSON.
 */
export function createLogger(level = 'info'): Logger {
	return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything, for tests and pure callers. */
export const silentLogger: Logger = pino({ level: 'silent' });
