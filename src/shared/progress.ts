/**
 * Progress for long runs (a first poll of many feeds, eval and bench scripts): a live line on a terminal, plain
 * lines every tenth of the way when the output is a file or a pipe. Always on stderr, so stdout stays for data.
 */
export interface Progress {
	tick(count?: number): void;
	done(note?: string): void;
}

export function createProgress(
	label: string,
	total: number,
	stream: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): unknown } = process.stderr,
): Progress {
	const tty = Boolean(stream.isTTY);
	const started = Date.now();
	let current = 0;
	let lastTenth = -1;
	let lastDraw = 0;
	const line = () => {
		const pct = total > 0 ? Math.floor((current / total) * 100) : 100;
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		return `${label}: ${current}/${total} (${pct}%) ${seconds}s`;
	};
	return {
		tick(count = 1) {
			current += count;
			if (tty) {
				const now = Date.now();
				if (now - lastDraw > 100 || current >= total) {
					lastDraw = now;
					stream.write(`\r${line()}\u001b[K`);
				}
				return;
			}
			const tenth = total > 0 ? Math.floor((current / total) * 10) : 10;
			if (tenth !== lastTenth) {
				lastTenth = tenth;
				stream.write(`${line()}\n`);
			}
		},
		done(note) {
			stream.write(`${tty ? '\r' : ''}${line()}${note ? ` — ${note}` : ''}${tty ? '\u001b[K' : ''}\n`);
		},
	};
}
