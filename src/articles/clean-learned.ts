import { junkProbability, lineFeatures, type LineContext, type LineModelWeights } from './line-features.js';
import { LINE_MODEL } from './line-model.js';
import { endsLikeSentence, isKept, normalizeForCompare, type Piece } from './pieces.js';
import { CUE_GROUPS } from './rules/cues.js';
import { hostNameOf } from './source-line.js';
import type { OriginalSource, Paragraph } from './types.js';

// A glued statement is one sentence; the text after it must be a paragraph of its own.
const GLUED_SENTENCE = /^(.{15,300}?[.!?])\s*(?=[\p{Lu}"“«„¿¡])/u;
// The same with no space after it, a word of three letters or a year before the stop (not "U.S.", not "1.500.000"), or a link run into a word.
const TIGHT_SENTENCE = /^(.{15,300}?(?:[\p{L})]{3}[.!?](?=[\p{Lu}\p{N}"“«„¿¡])|\p{N}{4}[.!?](?=\p{Lu}\p{Ll})|https?:\/\/\S{6,}?[\p{Ll}\p{N}](?=\p{Lu}\p{Ll}+\s)))/u;
const MIN_REST_CHARS = 40;
// How many lines from the top a glued statement is looked for.
const LEAD_LINES = 3;
// Glued with no space, the join itself is half the evidence: the classifier needs less certainty.
const TIGHT_GLUE_THRESHOLD = 0.25;
const BETWEEN_PROSE_THRESHOLD = 0.97;
const LONG_SENTENCE_CHARS = 100;
// A short line next to removed junk goes with it from this junk probability on (chosen on the train templates).
const RUN_THRESHOLD = 0.3;
const MAX_RUN_LINE_CHARS = 100;
const MIN_PROSE_CHARS = 40;
const MAX_SUBHEADING_WORDS = 6;

/** A few words, no label colon, figure, handle or link: the shape of a subheading, which junk rarely has. */
const looksLikeSubheading = (text: string): boolean =>
	text.split(/\s+/u).length <= MAX_SUBHEADING_WORDS && !/[:@|/\d©]/u.test(text) && !endsLikeSentence(text);

const isProse = (text: string | null): boolean => text !== null && text.length >= MIN_PROSE_CHARS && endsLikeSentence(text);

/** The lines the classifier reads: the kept pieces, each with its neighbours and the others' text. */
function contexts(pieces: readonly Piece[], title: string | null): LineContext[] {
	const normals = pieces.map((piece) => normalizeForCompare(piece.text));
	return pieces.map((piece, index) => ({
		text: piece.text,
		link: piece.link,
		index,
		count: pieces.length,
		title,
		previous: pieces[index - 1]?.text ?? null,
		next: pieces[index + 1]?.text ?? null,
		others: normals.filter((_, i) => i !== index),
	}));
}

/** Every kept piece's context, for training: the same view the classifier has when it runs. */
export function keptContexts(pieces: readonly Piece[], title: string | null): LineContext[] {
	return contexts(pieces.filter(isKept), title);
}

/** The first sentence of a paragraph, the text after it, and whether the two were run together with no space. */
export function leadSentence(text: string): { sentence: string; rest: string; tight: boolean } | null {
	const match = TIGHT_SENTENCE.exec(text) ?? GLUED_SENTENCE.exec(text);
	const sentence = match?.[1];
	if (!match || !sentence) return null;
	return { sentence, rest: text.slice(match[0].length).trim(), tight: !/\s$/u.test(match[0]) };
}

/**
 * A statement of origin glued in front of the first paragraph ("…first ran on X.The minister said…"): its first
 * sentence is read as a line of its own, and split off when the classifier calls it junk. A dateline or byline the
 * rules kept may sit above it, so the first few lines are read; below the first, only a join with no space counts.
 */
export function splitGluedLead(pieces: Piece[], title: string | null, model: LineModelWeights = LINE_MODEL): void {
	const kept = pieces.filter(isKept);
	for (let k = 0; k < Math.min(kept.length, LEAD_LINES); k++) {
		const piece = kept[k] as Piece;
		const lead = leadSentence(piece.text);
		if (!lead || lead.rest.length < MIN_REST_CHARS) continue;
		const { sentence, rest, tight } = lead;
		// A sentence run into the next with no space was glued on by a machine; otherwise only a statement of origin
		// is split off: a dateline or a short opening sentence is the article's own.
		if (!tight && (k > 0 || !originFromStatement(sentence))) continue;
		const texts = kept.map((other, i) => (i === k ? { ...other, text: sentence } : other));
		const context = contexts(texts, title)[k] as LineContext;
		const needed = tight ? Math.min(model.threshold, TIGHT_GLUE_THRESHOLD) : model.threshold;
		if (junkProbability(lineFeatures(context), model) < needed) continue;
		pieces.splice(pieces.indexOf(piece), 1, { ...piece, text: sentence, reason: 'junk-line' }, { ...piece, text: rest, fragment: false });
		return;
	}
}

const contentWords = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);

/** The words of the title and of the article's prose: what the article is about. */
function topicWords(kept: readonly Piece[], title: string | null): Set<string> {
	const prose = kept.filter((piece) => isProse(piece.text)).map((piece) => piece.text);
	return new Set(contentWords([title ?? '', ...prose].join(' ')));
}

/** At least half of the line's content words are words of the title or the prose. */
function onTopic(text: string, topic: ReadonlySet<string>): boolean {
	const own = contentWords(text);
	return own.length > 0 && own.filter((word) => topic.has(word)).length * 2 >= own.length;
}

/**
 * The junk probability of each paragraph of a cleaned article, as the classifier saw it: for the brief's entities,
 * which should not list a name found only in lines that are likely junk the cleaner kept.
 */
export function paragraphJunkScores(paragraphs: readonly Paragraph[], title: string | null, model: LineModelWeights = LINE_MODEL): number[] {
	const pieces = paragraphs.map((paragraph): Piece => ({ text: paragraph.text, kind: paragraph.kind, reason: null, fragment: false, link: false }));
	return contexts(pieces, title).map((context) => junkProbability(lineFeatures(context), model));
}

/** Marks the kept pieces the classifier calls junk. Returns the pieces it removed. */
export function markLearnedJunk(pieces: Piece[], title: string | null, model: LineModelWeights = LINE_MODEL): Piece[] {
	const kept = pieces.filter(isKept);
	const removed: Piece[] = [];
	const topic = topicWords(kept, title);
	const doubtful = new Map<Piece, number>();
	const normals = kept.map((piece) => normalizeForCompare(piece.text));
	const repeated = new Set(normals.filter((normal, i) => normals.indexOf(normal) !== i));
	contexts(kept, title).forEach((context, i) => {
		// A short line between two paragraphs of prose is most often the article's own subheading: removing it takes
		// more certainty than removing a line at the edges or inside a run of short lines, and when it speaks of what
		// the article speaks of ("Facebook and Twitter respond" under "Regulators fine Facebook…"), it stays.
		const subheading = looksLikeSubheading(context.text) && isProse(context.previous) && isProse(context.next);
		if (subheading && onTopic(context.text, topic)) return;
		// A sentence the article says twice far apart (a refrain, a quote recalled) was judged by the repeat rules.
		if (isProse(context.text) && repeated.has(normalizeForCompare(context.text))) return;
		// A long full sentence is the article's prose far more often than junk (junk is short: a blurb, a prompt, a
		// label); removing one takes the subheading's certainty ("Cases … first appeared in West Michigan at the end of
		// August, officials said on Tuesday." is an AP sentence, not a syndication blurb).
		const longSentence = context.text.length >= LONG_SENTENCE_CHARS && isProse(context.text);
		const needed = subheading || longSentence ? Math.max(model.threshold, BETWEEN_PROSE_THRESHOLD) : model.threshold;
		const probability = junkProbability(lineFeatures(context), model);
		const piece = kept[i] as Piece;
		if (probability >= needed) {
			piece.reason = 'junk-line';
			removed.push(piece);
		} else if (!subheading && probability >= RUN_THRESHOLD && piece.text.length <= MAX_RUN_LINE_CHARS && !onTopic(piece.text, topic)) doubtful.set(piece, probability);
	});
	removed.push(...spreadOverRuns(pieces, doubtful));
	return removed;
}

/**
 * Junk comes in boxes (a newsletter form, a list of links, a consent banner): a short line the classifier doubts goes
 * with the junk right next to it, and the box is taken line by line until a line it does not doubt.
 */
function spreadOverRuns(pieces: Piece[], doubtful: ReadonlyMap<Piece, number>): Piece[] {
	const removed: Piece[] = [];
	const isJunkNeighbour = (index: number): boolean => {
		const neighbour = pieces[index];
		return neighbour !== undefined && neighbour.reason !== null && neighbour.reason !== 'duplicate';
	};
	let changed = true;
	while (changed) {
		changed = false;
		pieces.forEach((piece, index) => {
			if (!isKept(piece) || !doubtful.has(piece)) return;
			if (!isJunkNeighbour(index - 1) && !isJunkNeighbour(index + 1)) return;
			piece.reason = 'junk-line';
			removed.push(piece);
			changed = true;
		});
	}
	return removed;
}

const wordSet = (group: string): Set<string> => new Set((CUE_GROUPS[group] ?? []).filter((word) => !word.endsWith('*')));
const ORIGIN_WORDS = wordSet('origin');
const ORIGIN_PREFIXES = (CUE_GROUPS['origin'] ?? []).filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
const MEDIA_PREFIXES = (CUE_GROUPS['media'] ?? []).map((word) => word.replace(/\*$/u, ''));
// Lower-case words that may sit inside a publication's name ("La Gazette du Morvan", "El Faro del Sur").
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'del', 'la', 'le', 'el', 'von', 'der', 'of', 'the', 'and', '&']);

const tokensOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when the line speaks of pictures, graphics or their credits: such a line never names the article's source. */
export function mentionsMedia(text: string): boolean {
	return tokensOf(text).some((token) => MEDIA_PREFIXES.some((prefix) => token === prefix || (prefix.length >= 5 && token.startsWith(prefix))));
}

/** The last run of capitalised words (with name particles inside), skipping the sentence's first word. */
function lastName(text: string): string | null {
	const words = text.replace(/\([^)]*\)/gu, ' ').split(/\s+/u).filter(Boolean);
	let best: string[] = [];
	let run: string[] = [];
	words.forEach((raw, index) => {
		const word = raw.replace(/^[«"“(]+|[».,;:!?"”)]+$/gu, '');
		if (index > 0 && /^\p{Lu}/u.test(word)) run.push(word);
		else if (run.length > 0 && NAME_PARTICLES.has(word.toLowerCase())) run.push(word);
		else {
			if (run.length > 0) best = run;
			run = [];
		}
		if (/[.,;:!?)]$/u.test(raw) && run.length > 0) {
			best = run;
			run = [];
		}
	});
	if (run.length > 0) best = run;
	while (best.length > 0 && NAME_PARTICLES.has((best[best.length - 1] ?? '').toLowerCase())) best.pop();
	return best.length > 0 ? best.join(' ') : null;
}

/**
 * The publisher a junk line credits as the article's origin, when the line is a statement of origin: it has an origin
 * word ("originally", "zuerst", "initialement", "fuente") and no word about pictures. The URL it gives wins over a name.
 */
export function originFromStatement(text: string): OriginalSource | null {
	const tokens = tokensOf(text);
	const origin = tokens.some((token) => ORIGIN_WORDS.has(token) || ORIGIN_PREFIXES.some((prefix) => token.startsWith(prefix)));
	if (!origin || mentionsMedia(text)) return null;
	const url = /https?:\/\/[^\s<>"')]+/u.exec(text)?.[0]?.replace(/[.,;]+$/u, '');
	const host = url ? hostNameOf(url) : null;
	if (url && host) return { name: host, url };
	const name = lastName(text);
	return name ? { name, url: null } : null;
}
