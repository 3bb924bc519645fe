import { gunzipSync, gzipSync } from 'node:zlib';
import { BUCKET_BITS } from './hash.js';
import { TAG_COUNT } from './tags.js';

/** A trained tagger: one weight row per feature bucket, plus transition and start scores. */
export interface NerModel {
	/** The weight row of each feature bucket, -1 where the bucket was pruned: an array, not a Map, for speed. */
	rows: Int32Array;
	weights: Float32Array;
	transitions: Float32Array;
	start: Float32Array;
}

const MAGIC = 0x3152454e; // "NER1"

export class ModelFormatError extends Error {
	override name = 'ModelFormatError';
}

/** Emission scores of every token: the sum of its features' rows. The hot loop of tagging, hence the casts. */
export function emissionsOf(model: NerModel, features: readonly Uint32Array[]): Float32Array {
	const out = new Float32Array(features.length * TAG_COUNT);
	const { rows, weights } = model;
	for (let i = 0; i < features.length; i++) {
		const ids = features[i] as Uint32Array;
		const base = i * TAG_COUNT;
		for (let k = 0; k < ids.length; k++) {
			const row = rows[ids[k] as number] as number;
			if (row < 0) continue;
			const from = row * TAG_COUNT;
			for (let t = 0; t < TAG_COUNT; t++) out[base + t] = (out[base + t] as number) + (weights[from + t] as number);
		}
	}
	return out;
}

/**
 * Compact binary form, gzipped: header, transitions and start as float32, bucket ids ascending (delta-coded, so gzip
 * packs them), then each row's weights as int16 over one shared scale.
 */
export function encodeModel(model: { buckets: Uint32Array; weights: Float32Array; transitions: Float32Array; start: Float32Array }): Buffer {
	const count = model.buckets.length;
	let max = 0;
	for (const w of model.weights) max = Math.max(max, Math.abs(w));
	const scale = max > 0 ? max / 32767 : 1;
	const header = new Uint32Array([MAGIC, count, TAG_COUNT]);
	const floats = new Float32Array([scale, ...model.transitions, ...model.start]);
	const deltas = new Uint32Array(count);
	for (let i = 0; i < count; i++) deltas[i] = (model.buckets[i] ?? 0) - (i > 0 ? (model.buckets[i - 1] ?? 0) : 0);
	const quantised = new Int16Array(count * TAG_COUNT);
	// Column-major (all rows' weight for tag 0, then tag 1, ...): similar values sit together and compress better.
	for (let r = 0; r < count; r++) for (let t = 0; t < TAG_COUNT; t++) quantised[t * count + r] = Math.round((model.weights[r * TAG_COUNT + t] ?? 0) / scale);
	const parts = [header, floats, deltas, quantised].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
	return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gzipped: Uint8Array): NerModel {
	const raw = gunzipSync(gzipped);
	const bytes = new Uint8Array(raw.byteLength);
	bytes.set(raw);
	const header = new Uint32Array(bytes.buffer, 0, 3);
	if (header[0] !== MAGIC || header[2] !== TAG_COUNT) throw new ModelFormatError('not an entity tagger model of this version');
	const count = header[1] ?? 0;
	let offset = 12;
	const floats = new Float32Array(bytes.buffer, offset, 1 + TAG_COUNT * TAG_COUNT + TAG_COUNT);
	offset += floats.byteLength;
	const deltas = new Uint32Array(bytes.buffer, offset, count);
	offset += deltas.byteLength;
	const quantised = new Int16Array(bytes.buffer, offset, count * TAG_COUNT);
	if (offset + quantised.byteLength !== bytes.byteLength) throw new ModelFormatError('entity tagger model is truncated');
	const scale = floats[0] ?? 1;
	const rows = new Int32Array(1 << BUCKET_BITS).fill(-1);
	const weights = new Float32Array(count * TAG_COUNT);
	let bucket = 0;
	for (let r = 0; r < count; r++) {
		bucket += deltas[r] ?? 0;
		if (bucket >= rows.length) throw new ModelFormatError('entity tagger model has a bucket out of range');
		rows[bucket] = r;
		for (let t = 0; t < TAG_COUNT; t++) weights[r * TAG_COUNT + t] = (quantised[t * count + r] ?? 0) * scale;
	}
	return {
		rows,
		weights,
		transitions: floats.slice(1, 1 + TAG_COUNT * TAG_COUNT),
		start: floats.slice(1 + TAG_COUNT * TAG_COUNT),
	};
}
