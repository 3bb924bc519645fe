import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, decodeBodyDetailed } from '../../src/feeds/decode-body.js';

const xml = (encoding: string, body: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${body}</title></channel></rss>`;

describe('decodeBody', () => {
	it('trusts a BOM over everything else', () => {
		const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml('ISO-8859-1', 'Ça va'), 'utf16le').swap16()]);
		expect(decodeBody(utf16be, 'text/xml; charset=iso-8859-1')).toContain('Ça va');
		const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('windows-1252', 'Grüße'))]);
		expect(decodeBodyDetailed(utf8, null)).toMatchObject({ charset: 'utf-8', source: 'bom' });
		expect(decodeBody(utf8, null)).toContain('Grüße');
	});

	it('takes the Content-Type charset over the XML declaration', () => {
		const bytes = Buffer.from(xml('utf-8', 'Málaga'), 'latin1');
		expect(decodeBodyDetailed(bytes, 'application/rss+xml; charset="ISO-8859-1"')).toMatchObject({ source: 'content-type', text: expect.stringContaining('Málaga') });
	});

	it('maps windows-1252 punctuation, which Node 20 decodes as C1 controls', () => {
		const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), Buffer.from([0x93, 0x80, 0x96, 0x94]), Buffer.from('</t>')]);
		expect(decodeBody(bytes, null)).toContain('“€–”');
	});

	it('reads Shift_JIS from the XML declaration', () => {
		// 東京 in Shift_JIS
		const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><t>'), Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), Buffer.from('</t>')]);
		expect(decodeBody(bytes, null)).toContain('東京');
	});

	it('reads the charset of an HTML meta tag', () => {
		const bytes = Buffer.from('<html><head><meta charset="iso-8859-15"></head><body>Prix : 5 \u20ac</body></html>', 'latin1');
		bytes[bytes.indexOf(0xac)] = 0xa4; // € is 0xA4 in ISO-8859-15
		expect(decodeBodyDetailed(bytes, 'text/html')).toMatchObject({ source: 'meta', text: expect.stringContaining('5 €') });
	});

	it('recognises UTF-16 without a BOM from its zero bytes', () => {
		expect(decodeBody(Buffer.from(xml('UTF-16', 'Привет'), 'utf16le'), null)).toContain('Привет');
	});

	it('reads UTF-32 with a BOM', () => {
		const text = xml('UTF-32', 'Ελλάδα');
		const bytes = Buffer.alloc(4 + [...text].length * 4);
		bytes.writeUInt32LE(0xfeff, 0);
		[...text].forEach((ch, i) => bytes.writeUInt32LE(ch.codePointAt(0) as number, 4 + i * 4));
		expect(decodeBody(bytes, null)).toContain('Ελλάδα');
	});

	it('falls back to windows-1252 when bytes claimed as UTF-8 are not', () => {
		const bytes = Buffer.from(xml('utf-8', 'Señor'), 'latin1');
		expect(decodeBody(bytes, null)).toContain('Señor');
	});

	it('ignores an unknown charset label', () => {
		expect(decodeBody(Buffer.from(xml('x-no-such-charset', 'plain')), null)).toContain('plain');
	});
});

describe('charsetFromContentType', () => {
	it('reads quoted and unquoted parameters', () => {
		expect(charsetFromContentType('text/xml; charset="Big5"')).toBe('big5');
		expect(charsetFromContentType('text/xml;charset=utf-8;q=1')).toBe('utf-8');
		expect(charsetFromContentType('text/xml')).toBeNull();
	});
});
