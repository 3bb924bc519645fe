import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processHtml, processText } from '../../src/articles/process.js';
import type { Article } from '../../src/articles/types.js';

// Golden outputs for the fixtures written for these tests (en, fr, de, es); rewrite with UPDATE_GOLDEN=1 and review.
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const inputs = readdirSync(DIR).filter((name) => /\.(?:html|txt)$/.test(name));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function golden(article: Article): unknown {
	const { minhash, text, ...rest } = article;
	return { ...rest, minhashLength: minhash.length, textLength: text.length };
}

describe('article fixtures', () => {
	for (const name of inputs) {
		it(`cleans ${name} as its golden file says`, () => {
			const content = readFileSync(path.join(DIR, name), 'utf8');
			const article = name.endsWith('.html') ? processHtml(content, { url: null }) : processText(content);
			const goldenPath = path.join(DIR, name.replace(/\.(?:html|txt)$/, '.expected.json'));
			// Writing is a separate, deliberate run whose diff a person reviews; a run that compares never writes, so a
			// missing golden file fails instead of approving whatever the code produced.
			if (UPDATE) {
				writeFileSync(goldenPath, `${JSON.stringify(golden(article), null, '\t')}\n`);
				return;
			}
			if (!existsSync(goldenPath)) {
				throw new Error(`no golden file ${path.basename(goldenPath)}: run UPDATE_GOLDEN=1 npx vitest run test/articles/fixtures.test.ts, then review the diff`);
			}
			expect(golden(article)).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
		});
	}
});
