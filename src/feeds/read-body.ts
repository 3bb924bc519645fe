/**
 * Reads a response body into memory: decompressed (gzip, deflate, br) and capped while streaming,
 * so an endless or decompression-bomb body stops at the cap instead of exhausting memory.
 */
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw, constants } from 'node:zlib';
import { BodyTooLargeError } from '../shared/errors.js';

const ZLIB_OPTIONS = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

export async function readBody(
	body: Readable,
	contentEncoding: string | null,
	maxBytes: number,
	signal: AbortSignal,
): Promise<Buffer> {
	const decoders = decodersFor(contentEncoding);
	// Most feeds come uncompressed: reading the stream directly skips stream.pipeline, whose per-call abort
	// controller (a DOMException with a stack trace on every finish) cost more than the read itself.
	if (decoders.length === 0) return readPlain(body, maxBytes, signal);
	const chunks: Buffer[] = [];
	let total = 0;
	const sink = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			total += chunk.length;
			if (total > maxBytes) {
				callback(new BodyTooLargeError(`body larger than ${maxBytes} bytes`));
				return;
			}
			chunks.push(chunk);
			callback();
		},
	});
	await pipeline([body, ...decoders, sink], { signal });
	return Buffer.concat(chunks, total);
}

/** The deadline needs no listener here: undici destroys the body when the request's signal aborts. */
async function readPlain(body: Readable, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
	signal.throwIfAborted();
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of body as AsyncIterable<Buffer>) {
		total += chunk.length;
		if (total > maxBytes) {
			body.destroy();
			throw new BodyTooLargeError(`body larger than ${maxBytes} bytes`);
		}
		chunks.push(chunk);
	}
	return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** One decoder per coding, last applied first (RFC 9110 §8.4). Unknown codings are passed through. */
function decodersFor(contentEncoding: string | null): Transform[] {
	if (!contentEncoding) return [];
	const codings = contentEncoding
		.toLowerCase()
		.split(',')
		.map((c) => c.trim())
		.filter((c) => c && c !== 'identity');
	return codings.reverse().flatMap((coding): Transform[] => {
		if (coding === 'gzip' || coding === 'x-gzip') return [createGunzip(ZLIB_OPTIONS)];
		if (coding === 'br') return [createBrotliDecompress()];
		if (coding === 'deflate') return [createDeflateDecoder()];
		return [];
	});
}

/**
 * "deflate" should be zlib-wrapped, but some servers send raw deflate; the first byte tells them apart
 * (a zlib header's low nibble is 8, the deflate method).
 */
function createDeflateDecoder(): Transform {
	let inner: Transform | null = null;
	return new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			if (!inner) {
				inner = ((chunk[0] ?? 0) & 0x0f) === 8 ? createInflate(ZLIB_OPTIONS) : createInflateRaw(ZLIB_OPTIONS);
				inner.on('data', (data: Buffer) => this.push(data));
				inner.on('error', (error) => this.destroy(error));
			}
			inner.write(chunk, () => callback());
		},
		flush(callback) {
			if (!inner) {
				callback();
				return;
			}
			inner.once('end', () => callback());
			inner.end();
		},
	});
}
