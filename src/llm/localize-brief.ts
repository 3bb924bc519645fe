/**
 * A brief as one guild reads it: translated into the guild's language and, if the guild asked, with a checked
 * abstractive summary. Never throws and never waits past its deadline: on any failure the answer is null, and the
 * caller posts the extractive original. Speakers and entities are never sent for the model to decide: only the
 * quote texts are translated, and each stays attached to the speaker the extractive pipeline found.
 */
import { createHash } from 'node:crypto';
import type { Brief } from '../briefs/types.js';
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { createAnswerCache } from './answer-cache.js';
import { checkSentences, strictNamesFor } from './check-summary.js';
import { parseAnswer } from './parse-answer.js';
import { buildMessages, estimateTokens, type LocalizeTask } from './prompt.js';
import type { TokenBudget } from './token-budget.js';
import { SILENT_OBSERVER, type BriefRendition, type CompleteChat, type FallbackReason, type LlmObserver, type ReaderSettings } from './types.js';

export interface BriefLocalizerOptions {
	complete: CompleteChat;
	budget: TokenBudget;
	/** The guild's settings; a failure to read them is treated as the defaults. */
	settingsFor(guildId: string): Promise<ReaderSettings | null>;
	/** The longest a delivery waits for the model before posting the extractive original. */
	deadlineMs: number;
	maxOutputTokens: number;
	/** Article characters sent for an abstractive summary; the rest is cut. */
	maxInputChars: number;
	cacheEntries: number;
	logger: Logger;
	observer?: LlmObserver;
}

export interface BriefLocalizer {
	localize(brief: Brief, guildId: string): Promise<BriefRendition | null>;
	/** Starts the work `localize` will need, without a deadline and without waiting; failures surface there. */
	prefetch(brief: Brief, guildId: string): void;
}

interface Computed {
	rendition: BriefRendition | null;
	fallback: FallbackReason | null;
}

/** Quotes the embed shows: the key ones, as render-brief picks them. */
const MAX_TRANSLATED_QUOTES = 3;

class FallbackSignal extends Error {
	constructor(readonly reason: FallbackReason) {
		super(reason);
	}
}

export function createBriefLocalizer(options: BriefLocalizerOptions): BriefLocalizer {
	const observer = options.observer ?? SILENT_OBSERVER;
	const cache = createAnswerCache<Computed>(options.cacheEntries);

	async function compute(task: LocalizeTask, quoteIndexes: number[], brief: Brief, guildId: string): Promise<Computed> {
		const messages = buildMessages(task);
		if (!options.budget.allows(guildId, estimateTokens(messages, options.maxOutputTokens))) throw new FallbackSignal('budget');
		let answer;
		try {
			answer = await options.complete(messages, { maxTokens: options.maxOutputTokens });
		} catch (error) {
			options.logger.warn({ guildId, error: describeError(error) }, 'language model failed; posting the extractive brief');
			throw new FallbackSignal('error');
		}
		options.budget.spend(guildId, answer.usage.promptTokens + answer.usage.completionTokens);
		const parsed = answer.complete ? parseAnswer(answer.text, task) : null;
		if (!parsed) return { rendition: null, fallback: 'malformed' };
		const quoteTranslations: Array<string | null> = brief.quotes.map(() => null);
		for (const [i, index] of quoteIndexes.entries()) quoteTranslations[index] = parsed.quotes?.[i] ?? null;
		let summary = parsed.summary;
		let fallback: FallbackReason | null = null;
		let abstractive = false;
		if (task.abstract && parsed.abstract) {
			const facts = { title: brief.title, text: brief.text, names: brief.entities.flatMap((e) => [e.name, ...e.aliases]) };
			const verdicts = checkSentences(parsed.abstract, facts, { strictNames: strictNamesFor(task.target, task.articleLanguage) });
			if (verdicts.every((v) => v.ok)) {
				summary = parsed.abstract;
				abstractive = true;
			} else fallback = 'unchecked';
		} else if (task.abstract) fallback = 'malformed';
		const translatedFrom = task.summary.length > 0 || quoteIndexes.length > 0 ? task.articleLanguage : null;
		// An abstract refused and nothing translated: the plain brief is the answer.
		if (!abstractive && translatedFrom === null) return { rendition: null, fallback };
		return { rendition: { language: task.target, translatedFrom, summary, quoteTranslations, abstractive }, fallback };
	}

	async function localize(brief: Brief, guildId: string): Promise<BriefRendition | null> {
		const settings = await options.settingsFor(guildId).catch((error: unknown) => {
			options.logger.warn({ guildId, error: describeError(error) }, 'could not read guild settings; using the defaults');
			return null;
		});
		if (!settings) return null;
		const plan = planTask(brief, settings, options.maxInputChars);
		if (!plan) return null;
		// One fallback counted per delivery: after the deadline, the late outcome no longer concerns this one.
		let late = false;
		const work = cache.get(keyOf(brief, plan.task, settings), () => compute(plan.task, plan.quoteIndexes, brief, guildId)).then(
			(computed) => {
				if (computed.fallback && !late) observer.fallback(computed.fallback);
				return computed.rendition;
			},
			(error: unknown) => {
				if (!late) observer.fallback(error instanceof FallbackSignal ? error.reason : 'error');
				return null;
			},
		);
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<null>((resolve) => {
			timer = setTimeout(() => {
				late = true;
				observer.fallback('deadline');
				resolve(null);
			}, options.deadlineMs);
		});
		// The request left running past the deadline still fills the cache for this article's other deliveries.
		return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
	}

	function prefetch(brief: Brief, guildId: string): void {
		options
			.settingsFor(guildId)
			.then((settings) => {
				const plan = settings ? planTask(brief, settings, options.maxInputChars) : null;
				if (settings && plan) return cache.get(keyOf(brief, plan.task, settings), () => compute(plan.task, plan.quoteIndexes, brief, guildId));
				return null;
			})
			// The delivery's own localize() call reports the outcome; a head start never throws.
			.catch(() => undefined);
	}

	return { localize, prefetch };
}

function keyOf(brief: Brief, task: LocalizeTask, settings: ReaderSettings): string {
	return `${articleHash(brief)}:${task.target}:${settings.summary}`;
}

/** What to ask for, or null when the guild reads this brief as it is (no call is made). */
export function planTask(brief: Brief, settings: ReaderSettings, maxInputChars: number): { task: LocalizeTask; quoteIndexes: number[] } | null {
	const articleLanguage = primaryLanguage(brief.language);
	const known = articleLanguage !== 'und' && articleLanguage !== '';
	const translate = settings.language !== 'original' && known && articleLanguage !== settings.language;
	const target = settings.language !== 'original' ? settings.language : articleLanguage;
	const abstract = settings.summary === 'abstractive' && brief.text.trim().length > 0 && (known || settings.language !== 'original');
	const quoteIndexes = translate
		? brief.quotes.flatMap((q, i) => (q.key && q.text.trim() ? [i] : [])).slice(0, MAX_TRANSLATED_QUOTES)
		: [];
	const somethingToTranslate = translate && (brief.summary.length > 0 || quoteIndexes.length > 0);
	if (!somethingToTranslate && !abstract) return null;
	const task: LocalizeTask = {
		target,
		summary: somethingToTranslate ? brief.summary : [],
		quotes: quoteIndexes.map((i) => brief.quotes[i]!.text),
		abstract,
		title: brief.title,
		articleLanguage,
		articleText: abstract ? brief.text.slice(0, maxInputChars) : '',
	};
	return { task, quoteIndexes };
}

function primaryLanguage(tag: string): string {
	return (tag.toLowerCase().split(/[-_]/)[0] ?? '').trim();
}

/** The article's content, not its id: a re-ingested copy with the same text shares the cached answer. */
function articleHash(brief: Brief): string {
	const hash = createHash('sha256');
	for (const part of [brief.title, brief.text, ...brief.summary, ...brief.quotes.map((q) => q.text)]) hash.update(part).update('\u0000');
	return hash.digest('hex').slice(0, 32);
}
