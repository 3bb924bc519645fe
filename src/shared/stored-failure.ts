/**
 * A feed's last error and its disabled reason are stored as one line of text (the store keeps no code column): the
 * poll writes them here in one shape, `<code>: <English detail>`, wrapped as `refused: …` or `disabled after N
 * consecutive failures; last: …`, and /feed list reads the code back to say it in the reader's language (#16: no
 * English sentence in a French reply). The English detail stays for the logs, the console and the CLI. A text of
 * another shape (rows written before this, or by hand) is shown as it is.
 */
import { FAILURE_CODES, failureText, type FailureCode } from './failure-codes.js';

const CODES: ReadonlySet<string> = new Set(FAILURE_CODES);
const DISABLED_AFTER = /^disabled after (\d+) consecutive failures; last: ([\s\S]*)$/u;
const REFUSED = /^refused: ([\s\S]*)$/u;

/** `timeout: The server did not answer in time.`: the code first, for readers in any language. */
export function codedError(code: FailureCode, detail: string): string {
	return `${code}: ${detail}`;
}

export function refusedReason(error: string): string {
	return `refused: ${error}`;
}

export function disabledAfterReason(failures: number, error: string): string {
	return `disabled after ${failures} consecutive failures; last: ${error}`;
}

export interface ReadFailure {
	/** The failure's code, when the text carries one. */
	code: FailureCode | null;
	httpStatus?: number;
	/** Set for a disabled reason: after how many failures in a row, or refused at once. */
	disabledAfter?: number;
	refused?: boolean;
	/** The text after the wrappers, as stored. */
	detail: string;
}

/** Reads a stored last error or disabled reason back into its parts. */
export function readStoredFailure(text: string): ReadFailure {
	const after = DISABLED_AFTER.exec(text);
	const refused = after ? null : REFUSED.exec(text);
	const inner = after?.[2] ?? refused?.[1] ?? text;
	const coded = /^([a-z-]+)(?:: |$)/u.exec(inner);
	const code = coded && CODES.has(coded[1] ?? '') ? (coded[1] as FailureCode) : null;
	const http = code === 'http-error' ? /\b(?:HTTP )?([1-5]\d\d)\b/u.exec(inner.slice(coded?.[0].length ?? 0)) : null;
	return {
		code,
		...(http?.[1] ? { httpStatus: Number(http[1]) } : {}),
		...(after ? { disabledAfter: Number(after[1]) } : {}),
		...(refused ? { refused: true } : {}),
		detail: code ? inner.slice(coded?.[0].length ?? 0) : inner,
	};
}

/** What was read, said in `locale`: the code's sentence when there is one, the stored words otherwise. */
export function sayStoredFailure(read: ReadFailure, locale: string): string {
	return read.code ? failureText(read.code, locale, read.httpStatus) : read.detail;
}

/** The stored error's sentence in `locale` when it carries a code; the stored text otherwise. */
export function storedFailureText(text: string, locale: string): string {
	const read = readStoredFailure(text);
	return read.code ? sayStoredFailure(read, locale) : text;
}
