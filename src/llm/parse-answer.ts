/**
 * The model's answer → checked strings, or null when it does not have the shape asked for. A wrong count, an empty
 * or over-long string, or text outside one JSON object means the whole answer is refused: a translation that may
 * be misaligned with its quote is worse than the original.
 */
import { z } from 'zod';
import type { LocalizeTask } from './prompt.js';

export interface ParsedAnswer {
	summary: string[] | null;
	quotes: string[] | null;
	abstract: string[] | null;
}

const strings = z.array(z.string()).max(50);
const answerSchema = z.object({ summary: strings.optional(), quotes: strings.optional(), abstract: strings.optional() });

/** A translation may run longer than its source (German), but not by this much. */
const MAX_GROWTH = 3;
const GROWTH_SLACK = 60;
const MAX_ABSTRACT_SENTENCE = 400;

export function parseAnswer(text: string, task: LocalizeTask): ParsedAnswer | null {
	const json = extractObject(text);
	if (json === null) return null;
	const parsed = answerSchema.safeParse(json);
	if (!parsed.success) return null;
	const { data } = parsed;
	const summary = task.summary.length > 0 ? aligned(data.summary, task.summary) : null;
	const quotes = task.quotes.length > 0 ? aligned(data.quotes, task.quotes) : null;
	if ((task.summary.length > 0 && !summary) || (task.quotes.length > 0 && !quotes)) return null;
	let abstract: string[] | null = null;
	if (task.abstract) {
		abstract = splitSentences((data.abstract ?? []).map(clean).join(' '), task.target);
		if (abstract.length < 2 || abstract.some((s) => s.length > MAX_ABSTRACT_SENTENCE)) abstract = null;
		else abstract = abstract.slice(0, 3);
	}
	return { summary, quotes, abstract };
}

function aligned(answer: string[] | undefined, source: string[]): string[] | null {
	if (!answer || answer.length !== source.length) return null;
	const out = answer.map(clean);
	for (const [i, text] of out.entries()) {
		if (!text || text.length > (source[i]?.length ?? 0) * MAX_GROWTH + GROWTH_SLACK) return null;
	}
	return out;
}

/** One JSON object, allowing the code fence some models put around it, and nothing else of substance. */
function extractObject(text: string): unknown {
	const trimmed = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
	if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
	try {
		const value: unknown = JSON.parse(trimmed);
		return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}

/** Control characters out, whitespace collapsed: what reaches the embed is one plain line. */
function clean(text: string): string {
	return text.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function splitSentences(text: string, locale: string): string[] {
	const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
	return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}
