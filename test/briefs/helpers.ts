import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brief } from '../../src/briefs/types.js';
import { buildBrief } from '../../src/briefs/build-brief.js';
import { buildRawArticle } from '../../src/briefs/raw-article.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function readFixture(name: string): string {
	return readFileSync(path.resolve(here, '../fixtures/briefs', name), 'utf8');
}

export function briefOf(text: string, language: string): Brief {
	return buildBrief(buildRawArticle(text, { language }));
}
