import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { formatPrettyLine } from '../../src/shared/pretty-log.js';

function capture(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; lines: string[] } {
	const lines: string[] = [];
	const stream = Object.assign(
		new Writable({
			write(chunk, _encoding, done) {
				lines.push(String(chunk));
				done();
			},
		}),
		{ isTTY },
	);
	return { stream, lines };
}

describe('logger', () => {
	it('writes readable lines on a terminal and JSON lines elsewhere, unless told', () => {
		const tty = capture(true);
		createLogger('info', { stream: tty.stream, env: { NO_COLOR: '1' } }).warn({ feed: 'http://x/feed', failures: 2 }, 'feed poll failed');
		expect(tty.lines[0]).toMatch(/^\d\d:\d\d:\d\d WARN {2}feed poll failed {2}feed=http:\/\/x\/feed failures=2\n$/);

		const pipe = capture(false);
		createLogger('info', { stream: pipe.stream }).warn({ feed: 'x' }, 'feed poll failed');
		expect(JSON.parse(pipe.lines[0]!)).toMatchObject({ level: 40, feed: 'x', msg: 'feed poll failed' });

		const forced = capture(true);
		createLogger('info', { stream: forced.stream, format: 'json' }).info('started');
		expect(JSON.parse(forced.lines[0]!)).toMatchObject({ msg: 'started' });
	});

	it('keeps below-level records out', () => {
		const tty = capture(true);
		const logger = createLogger('warn', { stream: tty.stream });
		logger.info('chatter');
		logger.error('broken');
		expect(tty.lines).toHaveLength(1);
		expect(tty.lines[0]).toContain('broken');
	});

	it('quotes values with spaces, colours only when asked, and passes non-JSON through', () => {
		const line = JSON.stringify({ level: 50, time: 0, msg: 'poll cycle failed', err: 'StoreError: disk full' });
		expect(formatPrettyLine(line, { color: false })).toMatch(/ERROR poll cycle failed {2}err="StoreError: disk full"\n$/);
		expect(formatPrettyLine(line, { color: true })).toContain('\u001b[31mERROR\u001b[0m');
		expect(formatPrettyLine('not json', { color: false })).toBe('not json\n');
	});
});
