/**
 * Chooses how doubtful a kept line must be before a name found only there is left out of the entities
 * (src/briefs/junk-spans.ts), on the TRAIN side only: train-split bodies in TRAIN templates. For each threshold it
 * counts junk names still listed and the article's own names lost (listed without the filter, named in a body line).
 * Usage: node --import tsx scripts/cleaning/entity-doubt.ts [--docs N] [--seed S]
 */
import { pathToFileURL } from 'node:url';
import { parseBenchArgs } from '../../bench/bench-args.js';
import { processText } from '../../src/articles/process.js';
import { extractEntities } from '../../src/briefs/entities.js';
import { DOUBTFUL_LINE, doubtfulSpans } from '../../src/briefs/junk-spans.js';
import { datasetsPresent, LANGS, loadBodies } from './bodies.js';
import { docText, generateCorpus } from './generate.js';
import { scoreDoc } from './score.js';
import { TRAIN_NAMES, TRAIN_TEMPLATES } from './templates/train.js';

const THRESHOLDS = [1.01, 0.5, 0.4, 0.3, 0.2, 0.1];
const norm = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function main(argv: string[]): number {
	if (!datasetsPresent()) {
		console.log('skipped: ../shared/datasets not found');
		return 0;
	}
	const args = parseBenchArgs('cleaning:entity-doubt', { docs: 'number', seed: 'number' }, argv);
	const rows = THRESHOLDS.map((threshold) => ({ threshold, leaked: 0, bodyNamesLost: 0 }));
	for (const lang of LANGS) {
		const docs = generateCorpus(loadBodies(lang, 'train'), lang, args.number('docs', 150), { templates: TRAIN_TEMPLATES, names: TRAIN_NAMES, variant: 'train', seed: args.number('seed', 300) + LANGS.indexOf(lang) });
		for (const doc of docs) {
			const article = processText(docText(doc), { title: doc.title });
			const body = norm(doc.lines.filter((line) => line.kind === null).map((line) => line.text).join(' '));
			const all = extractEntities(article.text, lang);
			rows.forEach((row) => {
				const entities = extractEntities(article.text, lang, { doubtful: doubtfulSpans(article, row.threshold) });
				row.leaked += scoreDoc(doc, article, entities).leakedNames.length;
				const kept = new Set(entities.map((entity) => entity.name));
				const lost = all.filter((entity) => !kept.has(entity.name) && body.includes(norm(entity.name)));
				row.bodyNamesLost += lost.length;
				// SHOW_LOST=1 prints the article's names lost at the shipped threshold, with the lines that hold them.
				if (process.env['SHOW_LOST'] && lost.length > 0 && row.threshold === DOUBTFUL_LINE) {
					console.log(lost.map((e) => e.name), article.paragraphs.filter((p) => lost.some((e) => p.text.includes(e.name))).map((p) => p.text.slice(0, 120)));
				}
			});
		}
	}
	console.log(JSON.stringify({ templates: 'train', split: 'train', rows }));
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
