/** Scores a cleaned article against its junk document's labels: per line, per kind, per language. */
import type { Article } from '../../src/articles/types.js';
import { sameSite } from '../../src/articles/source.js';
import type { Entity } from '../../src/briefs/types.js';
import type { JunkDoc } from './generate.js';

const norm = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface DocScore {
	/** Per junk kind: [removed, total]. */
	junk: Map<string, [number, number]>;
	bodyKept: number;
	bodyTotal: number;
	/** Whether the expected original source was found (null when the doc names none). */
	sourceFound: boolean | null;
	/** A source was credited when the doc names none (a caption or credit taken for a source). */
	falseSource: boolean;
	leakedNames: string[];
}

/**
 * A junk line is removed when no kept paragraph is it (standalone junk) or contains it (glued junk). A body paragraph
 * is kept when a kept paragraph is it. Pull quotes repeat body text, so only a standalone copy counts against them.
 */
export function scoreDoc(doc: JunkDoc, article: Article, entities: readonly Entity[]): DocScore {
	const kept = article.paragraphs.map((paragraph) => norm(paragraph.text));
	const keptSet = new Map<string, number>();
	for (const text of kept) keptSet.set(text, (keptSet.get(text) ?? 0) + 1);
	const junk = new Map<string, [number, number]>();
	let bodyKept = 0;
	let bodyTotal = 0;
	for (const line of doc.lines) {
		const text = norm(line.text);
		if (line.kind === null) {
			bodyTotal++;
			if (keptSet.has(text)) bodyKept++;
			continue;
		}
		if (!text) continue;
		const left = line.gluedTo ? kept.some((paragraph) => paragraph.includes(text)) : keptSet.has(text);
		const entry = junk.get(line.kind) ?? [0, 0];
		entry[1]++;
		if (!left) entry[0]++;
		junk.set(line.kind, entry);
	}
	const found = article.originalSource;
	const sourceFound = doc.expectedSource === null ? null : found !== null && sameSite(found.name, doc.expectedSource);
	const entityNames = entities.map((entity) => norm(entity.name));
	const leakedNames = doc.junkNames.filter((name) => {
		const wanted = norm(name);
		return entityNames.some((entity) => entity.length >= 4 && (entity.includes(wanted) || wanted.includes(entity)));
	});
	return { junk, bodyKept, bodyTotal, sourceFound, falseSource: doc.expectedSource === null && found !== null, leakedNames };
}

export interface Figures {
	docs: number;
	junkRemoved: number;
	bodyKept: number;
	originalFound: number;
	falseSources: number;
	leakedNames: number;
	junkLines: number;
	bodyLines: number;
	perKind: Record<string, number>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 10_000) / 10_000);

export function summariseScores(scores: readonly DocScore[]): Figures {
	const kinds = new Map<string, [number, number]>();
	let removed = 0;
	let junkTotal = 0;
	let bodyKept = 0;
	let bodyTotal = 0;
	let sourceDocs = 0;
	let sourceFound = 0;
	for (const score of scores) {
		for (const [kind, [r, t]] of score.junk) {
			const entry = kinds.get(kind) ?? [0, 0];
			entry[0] += r;
			entry[1] += t;
			kinds.set(kind, entry);
			removed += r;
			junkTotal += t;
		}
		bodyKept += score.bodyKept;
		bodyTotal += score.bodyTotal;
		if (score.sourceFound !== null) {
			sourceDocs++;
			if (score.sourceFound) sourceFound++;
		}
	}
	return {
		docs: scores.length,
		junkRemoved: ratio(removed, junkTotal),
		bodyKept: ratio(bodyKept, bodyTotal),
		originalFound: ratio(sourceFound, sourceDocs),
		falseSources: scores.filter((score) => score.falseSource).length,
		leakedNames: scores.reduce((sum, score) => sum + score.leakedNames.length, 0),
		junkLines: junkTotal,
		bodyLines: bodyTotal,
		perKind: Object.fromEntries([...kinds.entries()].sort().map(([kind, [r, t]]) => [kind, ratio(r, t)])),
	};
}
