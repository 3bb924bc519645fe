import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel, type NerModel } from './model.js';

// The committed weights, beside the sources (models/ner/) or beside a build in dist/ (../models/ner/).
const CANDIDATES = ['../../../models/ner/', '../../../../models/ner/'];
const loaded = new Map<string, NerModel | null>();

export class ModelLoadError extends Error {
	override name = 'ModelLoadError';
}

/** The tagger of a language, read from disk the first time that language is seen; null when none was trained. */
export function loadModel(language: string): NerModel | null {
	const key = language.slice(0, 2).toLowerCase();
	if (loaded.has(key)) return loaded.get(key) ?? null;
	let model: NerModel | null = null;
	for (const candidate of CANDIDATES) {
		const file = fileURLToPath(new URL(`${candidate}${key}.bin.gz`, import.meta.url));
		if (!/^[a-z]{2}$/.test(key) || !existsSync(file)) continue;
		try {
			model = decodeModel(readFileSync(file));
		} catch (error) {
			throw new ModelLoadError(`entity tagger for "${key}" could not be read from ${file}`, { cause: error });
		}
		break;
	}
	loaded.set(key, model);
	return model;
}
