/**
 * Log lines for a person at a terminal: `12:04:31 WARN  feed poll failed  feed=… error="…"`, one line each,
 * without pid, hostname or JSON braces. pino still builds the record; this only formats its JSON line, so the
 * same fields reach a log collector (as JSON) when stderr is not a terminal.
 */

const LEVELS: Record<number, { label: string; color: string }> = {
	10: { label: 'TRACE', color: '\u001b[90m' },
	20: { label: 'DEBUG', color: '\u001b[90m' },
	30: { label: 'INFO ', color: '\u001b[36m' },
	40: { label: 'WARN ', color: '\u001b[33m' },
	50: { label: 'ERROR', color: '\u001b[31m' },
	60: { label: 'FATAL', color: '\u001b[41m' },
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

/** One pino JSON line as a readable line (ending in a newline); a line that is not JSON is passed through. */
export function formatPrettyLine(jsonLine: string, options: { color: boolean }): string {
	let record: Record<string, unknown>;
	try {
		record = JSON.parse(jsonLine) as Record<string, unknown>;
	} catch {
		return jsonLine.endsWith('\n') ? jsonLine : `${jsonLine}\n`;
	}
	const { level, time, msg, ...fields } = record;
	const lvl = LEVELS[Number(level)] ?? { label: String(level).toUpperCase().padEnd(5), color: '' };
	const clock = typeof time === 'number' ? new Date(time).toTimeString().slice(0, 8) : '';
	const paint = (code: string, text: string) => (options.color && code ? `${code}${text}${RESET}` : text);
	const pairs = Object.entries(fields)
		.filter(([, value]) => value !== undefined && value !== null)
		.map(([key, value]) => `${key}=${formatValue(value)}`);
	const head = `${paint(DIM, clock)} ${paint(lvl.color, lvl.label)} ${typeof msg === 'string' ? msg : ''}`;
	return `${pairs.length ? `${head}  ${paint(DIM, pairs.join(' '))}` : head}\n`;
}

function formatValue(value: unknown): string {
	if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}
