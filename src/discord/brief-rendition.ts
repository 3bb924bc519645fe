/**
 * How a brief reads for one guild when a language model translated or summarised it: the rendition the delivery
 * worker receives from the composition root (src/llm builds it; this folder only knows its shape). Pure.
 */
import type { Quote } from '../briefs/types.js';
import { getBriefLabels, type BriefLabels } from './i18n/brief-labels.js';
import { toSafeMarkdown } from './discord-text.js';

export interface BriefRendition {
	/** The language the reader gets (labels and quotation marks follow it). */
	language: string;
	/** The article's language when the brief was translated, else null. */
	translatedFrom: string | null;
	/** Shown instead of the brief's summary when set. */
	summary: string[] | null;
	/** A translation per quote, in the order of `brief.quotes`; null keeps the original alone. */
	quoteTranslations: Array<string | null>;
	abstractive: boolean;
}

/**
 * A translated quote, with its original under it in the article's quotation marks. The speaker is the one the
 * extractive pipeline found in the original: the model never names who said what.
 */
export function formatTranslatedQuote(quote: Quote, translation: string, labels: BriefLabels, originalLanguage: string, suffix: string, room: number): string {
	const source = getBriefLabels(originalLanguage);
	const half = Math.max(20, Math.floor((room - source.open.length - source.close.length - 2) / 2));
	const translated = `${labels.open}${toSafeMarkdown(translation, half)}${labels.close}${suffix}`;
	return `${translated}\n> ${source.open}${toSafeMarkdown(quote.text, half)}${source.close}`;
}

/** Footer notes: "translated from French", "summary by a language model". */
export function renditionNotes(rendition: BriefRendition, labels: BriefLabels): string[] {
	const notes: string[] = [];
	if (rendition.translatedFrom) notes.push(labels.translatedFrom.replace('{language}', languageName(rendition.translatedFrom, labels.locale)));
	if (rendition.abstractive) notes.push(labels.abstractNote);
	return notes;
}

/** The language as the locale writes it mid-sentence ("French", "français", "Französisch"). */
function languageName(tag: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
	} catch {
		return tag;
	}
}
