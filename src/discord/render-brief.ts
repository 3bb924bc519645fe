/**
 * Brief → Discord message payload. Pure: the same brief always gives the same payload.
 * Every piece of article text is markdown-escaped and mention-neutralised, and every limit Discord
 * enforces is respected here, because only EmbedBuilder checks limits and we send raw JSON.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { APIAllowedMentions, APIEmbed, APIEmbedField } from 'discord.js';
import type { Brief, Entity, Quote } from '../briefs/types.js';
import { describeLanguage, getBriefLabels, type BriefLabels } from './i18n/brief-labels.js';
import { formatTranslatedQuote, renditionNotes, type BriefRendition } from './brief-rendition.js';
import { hostOf, isEmbeddableUrl, toSafeMarkdown, toSafePlain, truncateText } from './discord-text.js';

export const EMBED_LIMITS = {
	title: 256,
	description: 4_096,
	fields: 25,
	fieldName: 256,
	fieldValue: 1_024,
	footer: 2_048,
	author: 256,
	total: 6_000,
	content: 2_000,
	allowedUsers: 100,
} as const;

const MAX_KEY_QUOTES = 3;
const MAX_QUOTE_CHARS = 300;
const MAX_PEOPLE = 8;
const MAX_COMPANIES = 8;
const MAX_ROLE_CHARS = 60;
const MAX_FOOTER_CHARS = 300;
const MAX_ALSO_REPORTED = 5;
const BRIEF_COLOR = 0x5865f2;

export interface RenderBriefOptions {
	/** Other sources that carried the same story. */
	alsoReportedBy?: string[];
	/** Subscribers to ping in `content`; only these ids are allowed to be mentioned. */
	mentionUserIds?: string[];
	/** A short note shown above the embed (e.g. why the brief is partial). */
	fallbackNote?: string;
	/** The guild's translation or abstract of the brief, from the language model (src/llm); absent: the brief as is. */
	rendition?: BriefRendition | null;
	/** The reader's language for field labels and the footer (the guild's); quotation marks follow the article. */
	labelsLocale?: string | null;
}

export interface BriefMessagePayload {
	content?: string;
	embeds: [APIEmbed];
	allowed_mentions: APIAllowedMentions;
}

export function renderBrief(brief: Brief, options: RenderBriefOptions = {}): BriefMessagePayload {
	const rendition = options.rendition ?? null;
	// A translation's labels follow its language; otherwise the reader's (the guild's) locale, or the article's.
	const labels = rendition ? getBriefLabels(rendition.language) : readerLabels(brief.language, options.labelsLocale);
	const embed: APIEmbed = { color: BRIEF_COLOR };

	const title = toSafeMarkdown(brief.title, EMBED_LIMITS.title) || toSafeMarkdown(brief.url ?? '', EMBED_LIMITS.title) || '…';
	embed.title = title;
	const link = [brief.canonicalUrl, brief.url].find(isEmbeddableUrl);
	if (link) embed.url = link;

	const author = buildAuthor(brief, labels);
	if (author) embed.author = author;

	const fields = buildFields(brief, labels, rendition);
	if (fields.length > 0) embed.fields = fields;

	const footer = buildFooter(brief, labels, options.alsoReportedBy ?? [], rendition);
	if (footer) embed.footer = { text: footer };

	const timestamp = toIsoTimestamp(brief.publishedAt);
	if (timestamp) embed.timestamp = timestamp;

	const used = embedChars(embed);
	const descriptionBudget = Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - used);
	const description = toSafeMarkdown((rendition?.summary ?? brief.summary).join(' '), descriptionBudget);
	if (description) embed.description = description;

	return { ...buildContent(options), embeds: [embed] };
}

/** Labels in the reader's language around quotation marks of the article's. */
export function readerLabels(language: string, readerLocale?: string | null): BriefLabels {
	const article = getBriefLabels(language);
	if (!readerLocale) return article;
	return { ...getBriefLabels(readerLocale), open: article.open, close: article.close };
}

/** Characters Discord counts toward the 6,000 total of a message's embeds. */
export function embedChars(embed: APIEmbed): number {
	let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
	total += (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0);
	for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
	return total;
}

function buildContent(options: RenderBriefOptions): Pick<BriefMessagePayload, 'content' | 'allowed_mentions'> {
	const lines: string[] = [];
	const users: string[] = [];
	if (options.fallbackNote) lines.push(toSafeMarkdown(options.fallbackNote, 300));
	const ids = [...new Set(options.mentionUserIds ?? [])].filter((id) => /^\d{1,20}$/.test(id));
	let mentions = '';
	for (const id of ids) {
		const next = `${mentions}${mentions ? ' ' : ''}<@${id}>`;
		if (users.length >= EMBED_LIMITS.allowedUsers || next.length > EMBED_LIMITS.content - 350) break;
		mentions = next;
		users.push(id);
	}
	if (mentions) lines.push(mentions);
	const allowed_mentions: APIAllowedMentions = users.length > 0 ? { parse: [], users } : { parse: [] };
	return lines.length > 0 ? { content: lines.join('\n'), allowed_mentions } : { allowed_mentions };
}

function buildAuthor(brief: Brief, labels: BriefLabels): APIEmbed['author'] | null {
	const source = brief.originalSource?.name ?? brief.siteName ?? hostOf(brief.url);
	if (!source) return null;
	const sourceUrl = brief.originalSource?.url;
	const via = brief.republishedVia.filter((name) => !sameSite(name.toLowerCase().replace(/^www\./, ''), source.toLowerCase()));
	// A brief read on an aggregator page names the original source; the page's host is then the republisher.
	const pageHost = hostOf(brief.url);
	const sourceHost = hostOf(sourceUrl) ?? source.toLowerCase().replace(/^www\./, '');
	if (via.length === 0 && pageHost && brief.originalSource && !sameSite(pageHost, sourceHost)) via.push(pageHost);
	const name = via.length > 0 ? `${source} ${labels.via} ${via.join(', ')}` : source;
	const author: NonNullable<APIEmbed['author']> = { name: toSafePlain(name, EMBED_LIMITS.author) };
	if (isEmbeddableUrl(sourceUrl)) author.url = sourceUrl;
	return author.name ? author : null;
}

function sameSite(a: string, b: string): boolean {
	return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function buildFields(brief: Brief, labels: BriefLabels, rendition: BriefRendition | null): APIEmbedField[] {
	const fields: APIEmbedField[] = [];
	const quotes = formatQuotes(brief.quotes, labels, rendition);
	if (quotes) fields.push({ name: labels.quotes, value: quotes });
	const people = formatEntities(brief.entities, 'person', MAX_PEOPLE);
	if (people) fields.push({ name: labels.people, value: people, inline: true });
	const companies = formatEntities(brief.entities, 'organization', MAX_COMPANIES);
	if (companies) fields.push({ name: labels.companies, value: companies, inline: true });
	return fields.slice(0, EMBED_LIMITS.fields);
}

function formatQuotes(quotes: Quote[], labels: BriefLabels, rendition: BriefRendition | null): string {
	const keys = quotes.filter((q) => q.key && q.text.trim()).slice(0, MAX_KEY_QUOTES);
	const budget = Math.floor(EMBED_LIMITS.fieldValue / Math.max(1, keys.length)) - 2;
	const lines = keys.map((q) => {
		const speaker = q.speaker ?? q.speakerText;
		const suffix = speaker ? ` — **${toSafeMarkdown(speaker, 80)}**` : '';
		const room = Math.min(MAX_QUOTE_CHARS, budget - suffix.length - labels.open.length - labels.close.length);
		const translation = rendition?.translatedFrom ? rendition.quoteTranslations[quotes.indexOf(q)] : null;
		if (translation && rendition?.translatedFrom) return formatTranslatedQuote(q, translation, labels, rendition.translatedFrom, suffix, room);
		return `${labels.open}${toSafeMarkdown(q.text, room)}${labels.close}${suffix}`;
	});
	return joinWithin(lines, '\n', EMBED_LIMITS.fieldValue);
}

function formatEntities(entities: Entity[], type: Entity['type'], max: number): string {
	const picked = entities
		.filter((e) => e.type === type && e.name.trim())
		.sort((a, b) => b.mentions.length - a.mentions.length)
		.slice(0, max);
	const lines = picked.map((e) => {
		const name = toSafeMarkdown(e.name, 100);
		const role = e.roles.find((r) => r.trim());
		return role ? `${name} (${toSafeMarkdown(role, MAX_ROLE_CHARS)})` : name;
	});
	return joinWithin(lines, '\n', EMBED_LIMITS.fieldValue);
}

/** Joins whole lines while they fit; a single line too long on its own is truncated. */
function joinWithin(lines: string[], separator: string, max: number): string {
	let out = '';
	for (const line of lines) {
		const next = out ? `${out}${separator}${line}` : line;
		if (next.length > max) return out || truncateText(line, max);
		out = next;
	}
	return out;
}

function buildFooter(brief: Brief, labels: BriefLabels, alsoReportedBy: string[], rendition: BriefRendition | null): string {
	const parts: string[] = [];
	const language = rendition?.translatedFrom ? null : describeLanguage(brief.language, labels.locale);
	if (language) parts.push(language);
	if (rendition) parts.push(...renditionNotes(rendition, labels));
	if (brief.contentSource === 'feed') parts.push(labels.fromFeed);
	const others = [...new Set(alsoReportedBy.map((s) => s.trim()).filter(Boolean))];
	if (others.length > 0) {
		const shown = others.slice(0, MAX_ALSO_REPORTED).join(', ');
		const more = others.length > MAX_ALSO_REPORTED ? ` +${others.length - MAX_ALSO_REPORTED}` : '';
		parts.push(`${labels.alsoReportedBy} ${shown}${more}`);
	}
	return toSafePlain(parts.join(' · '), Math.min(MAX_FOOTER_CHARS, EMBED_LIMITS.footer));
}

function toIsoTimestamp(value: string | null): string | null {
	if (!value) return null;
	const time = Date.parse(value);
	if (Number.isNaN(time)) return null;
	const year = new Date(time).getUTCFullYear();
	return year >= 1970 && year < 10_000 ? new Date(time).toISOString() : null;
}
