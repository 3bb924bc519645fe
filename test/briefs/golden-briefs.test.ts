/**
 * Golden briefs per language: each `test/fixtures/briefs/<lang>/<name>.txt` (and the older `<lang>-<name>.txt` beside
 * the folders) has its quotes, speakers and evidence in `<lang>/<name>.golden.json`. The files are written only with
 * `UPDATE_GOLDEN=1` (after a retrain, say) and reviewed in the diff; otherwise they are compared, and a missing one
 * fails the test.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/briefs/build-brief.js';
import { buildRawArticle } from '../../src/briefs/raw-article.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/briefs');
const LANGUAGES = ['en', 'fr', 'de', 'es'];
const update = process.env.UPDATE_GOLDEN === '1';

function cases(): Array<{ language: string; name: string; textPath: string }> {
	const found: Array<{ language: string; name: string; textPath: string }> = [];
	for (const language of LANGUAGES) {
		for (const file of readdirSync(path.join(DIR, language)).filter((f) => f.endsWith('.txt')).sort()) found.push({ language, name: file.replace(/\.txt$/, ''), textPath: path.join(DIR, language, file) });
		for (const file of readdirSync(DIR).filter((f) => f.startsWith(`${language}-`) && f.endsWith('.txt')).sort()) found.push({ language, name: file.replace(/\.txt$/, ''), textPath: path.join(DIR, file) });
	}
	return found;
}

/** What a reader sees of the quotes: text, speaker, the words naming it, the evidence, and whether it passes 0.5. */
function view(text: string, language: string) {
	return buildBrief(buildRawArticle(text, { language })).quotes.map((q) => ({
		text: q.text,
		speaker: q.speaker,
		speakerText: q.speakerText,
		attribution: q.attribution,
		confident: (q.confidence ?? 0) >= 0.5,
	}));
}

describe('golden briefs', () => {
	for (const { language, name, textPath } of cases()) {
		it(`${language}/${name}`, () => {
			const goldenPath = path.join(DIR, language, `${name}.golden.json`);
			const actual = view(readFileSync(textPath, 'utf8'), language);
			if (update) writeFileSync(goldenPath, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(existsSync(goldenPath), `${goldenPath} is missing: run UPDATE_GOLDEN=1 npx vitest run test/briefs/golden-briefs.test.ts and review it`).toBe(true);
			expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
		});
	}
});
