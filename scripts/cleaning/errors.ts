/**
 * Error analysis on the TRAIN side only: body lines the cleaner lost (with the reason it gave) and junk lines it left,
 * on train-split bodies wrapped in TRAIN templates (the held-out half with --half 1). The eval templates are never read.
 * Usage: node --import tsx scripts/cleaning/errors.ts [--docs N] [--seed S] [--lang en] [--kind byline] [--lost-only]
 */
import { pathToFileURL } from 'node:url';
import { parseBenchArgs } from '../../bench/bench-args.js';
import { processText } from '../../src/articles/process.js';
import { LANGS, loadBodies, type Lang } from './bodies.js';
import { docText, generateCorpus } from './generate.js';
import { halfOf } from './halves.js';
import { TRAIN_NAMES, TRAIN_TEMPLATES } from './templates/train.js';

const norm = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function main(argv: string[]): number {
	const args = parseBenchArgs('cleaning:errors', { docs: 'number', seed: 'number', lang: 'string', kind: 'string', half: 'number', 'lost-only': 'boolean' }, argv);
	const langs = args.string('lang') ? [args.string('lang') as Lang] : LANGS;
	const half = args.number('half', -1);
	const templates = half === 0 || half === 1 ? halfOf(TRAIN_TEMPLATES, half) : TRAIN_TEMPLATES;
	for (const lang of langs) {
		const docs = generateCorpus(loadBodies(lang, 'train'), lang, args.number('docs', 150), { templates, names: TRAIN_NAMES, variant: 'train', seed: args.number('seed', 77) + LANGS.indexOf(lang) });
		for (const doc of docs) {
			const article = processText(docText(doc), { title: doc.title });
			const kept = new Set(article.paragraphs.map((p) => norm(p.text)));
			const reasons = new Map(article.removed.map((r) => [norm(r.text), r.reason]));
			for (const line of doc.lines) {
				if (line.gluedTo) continue;
				const text = norm(line.text);
				if (line.kind === null && !kept.has(text)) console.log(`LOST ${lang} [${reasons.get(text) ?? '?'}] ${line.text.slice(0, 160)}`);
				if (line.kind !== null && !args.flag('lost-only') && kept.has(text) && (!args.string('kind') || args.string('kind') === line.kind)) console.log(`LEFT ${lang} ${line.kind}: ${line.text.slice(0, 160)}`);
			}
		}
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
