/**
 * Bytes to text for feeds and pages. The charset comes, in order of trust, from the BOM, the Content-Type header,
 * the XML declaration, then an HTML `<meta charset>`; UTF-8 is the default.
 * @see https://www.w3.org/TR/xml/#sec-guessing (BOMs and the bytes of `<?xml` in each encoding)
 */

export type CharsetSource = 'bom' | 'content-type' | 'xml-declaration' | 'meta' | 'sniffed' | 'default';

export interface DecodedBody {
	text: string;
	charset: string;
	source: CharsetSource;
}

const HEAD_BYTES = 2_048;

/** Decodes a body; never throws, falling back to windows-1252 for bytes that are not valid in the declared UTF-8. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): string {
	return decodeBodyDetailed(bytes, contentType).text;
}

export function decodeBodyDetailed(bytes: Uint8Array, contentType?: string | null): DecodedBody {
	const bom = detectBom(bytes);
	if (bom) return { text: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset, source: 'bom' };

	const sniffed = sniffWideEncoding(bytes);
	if (sniffed) return { text: decodeWith(sniffed, bytes), charset: sniffed, source: 'sniffed' };

	const fromHeader = charsetFromContentType(contentType);
	if (fromHeader && isSupported(fromHeader)) return decodeChecked(bytes, fromHeader, 'content-type');

	const head = latin1Head(bytes);
	const fromXml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
	if (fromXml && isSupported(fromXml)) return decodeChecked(bytes, fromXml, 'xml-declaration');

	const fromMeta =
		/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
		/<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head)?.[1];
	if (fromMeta && isSupported(fromMeta)) return decodeChecked(bytes, fromMeta, 'meta');

	return decodeChecked(bytes, 'utf-8', 'default');
}

/** The charset parameter of a Content-Type header, lowercased, or null. */
export function charsetFromContentType(contentType?: string | null): string | null {
	if (!contentType) return null;
	const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
	return match?.[1] ? match[1].toLowerCase() : null;
}

function decodeChecked(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedBody {
	const label = normaliseLabel(charset);
	if (label === 'utf-8') {
		try {
			return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', source };
		} catch {
			// Feeds that say UTF-8 but are really Latin-1/cp1252 are common; cp1252 maps every byte, so nothing is lost.
			return { text: decodeWith('windows-1252', bytes), charset: 'windows-1252', source };
		}
	}
	return { text: decodeWith(label, bytes), charset: label, source };
}

function decodeWith(charset: string, bytes: Uint8Array): string {
	const label = normaliseLabel(charset);
	if (label === 'utf-32le' || label === 'utf-32be') return decodeUtf32(bytes, label === 'utf-32le');
	try {
		const decoder = new TextDecoder(label);
		const text = decoder.decode(bytes);
		// Node 20's decoder treats windows-1252 (and its aliases, latin1 included) as ISO-8859-1 for 0x80-0x9F.
		return decoder.encoding === 'windows-1252' ? mapC1ToCp1252(text) : text;
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

function normaliseLabel(charset: string): string {
	const lower = charset.trim().toLowerCase();
	if (lower === 'utf-32' || lower === 'utf32' || lower === 'ucs-4') return 'utf-32be';
	if (lower === 'utf-16' || lower === 'utf16') return 'utf-16le';
	if (lower === 'utf8') return 'utf-8';
	return lower;
}

function isSupported(charset: string): boolean {
	const label = normaliseLabel(charset);
	if (label === 'utf-32le' || label === 'utf-32be') return true;
	try {
		new TextDecoder(label);
		return true;
	} catch {
		return false;
	}
}

function detectBom(bytes: Uint8Array): { charset: string; length: number } | null {
	const [a, b, c, d] = bytes;
	if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { charset: 'utf-32be', length: 4 };
	if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { charset: 'utf-32le', length: 4 };
	if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
	if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
	if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
	return null;
}

/** UTF-16/32 without a BOM, recognised by the zero bytes around the first `<` (XML spec, appendix F). */
function sniffWideEncoding(bytes: Uint8Array): string | null {
	const [a, b, c, d] = bytes;
	if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
	if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
	if (a === 0x00 && b === 0x3c && c === 0x00) return 'utf-16be';
	if (a === 0x3c && b === 0x00 && c !== 0x00) return 'utf-16le';
	return null;
}

function latin1Head(bytes: Uint8Array): string {
	const head = bytes.subarray(0, HEAD_BYTES);
	let out = '';
	for (let i = 0; i < head.length; i++) out += String.fromCharCode(head[i] as number);
	return out;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const codePoints: string[] = [];
	for (let i = 0; i + 4 <= bytes.byteLength; i += 4) {
		const cp = view.getUint32(i, littleEndian);
		codePoints.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd');
	}
	return codePoints.join('');
}

// Windows-1252's printable characters at 0x80-0x9F, where ISO-8859-1 has C1 controls.
const CP1252_C1 =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/**
 * Maps C1 controls to the cp1252 characters they stand for. Text with C1 controls was written by Windows tools
 * and labelled Latin-1 (or escaped as `&#146;`); C1 controls are never meant as text.
 */
export function mapC1ToCp1252(text: string): string {
	C1.lastIndex = 0;
	if (!C1.test(text)) return text;
	return text.replace(C1, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80));
}
