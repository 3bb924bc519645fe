import { z } from 'zod';
import { REMOVAL_REASONS } from '../articles/types.js';

export const BRIEF_SCHEMA_VERSION = 1;

const offsetSpan = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const quoteSchema = z.object({
	/** The quote without its quotation marks; `brief.text.slice(start, end) === text`. */
	text: z.string(),
	...offsetSpan,
	/** Full name of the person or organisation, or null when the article names none. */
	speaker: z.string().nullable(),
	/** The words in the article that name the source ("a spokesman", "Yao"). */
	speakerText: z.string().nullable(),
	speakerEntityId: z.string().nullable(),
	/** The speech verb or phrase ("a déclaré", "said", "according to"). */
	cue: z.string().nullable(),
	/** Calibrated probability (0-1) that the speaker is right; 0 when no speaker is given. Absent in older briefs. */
	confidence: z.number().min(0).max(1).optional(),
	/** The evidence for the speaker: `cue-after`, `colon-before`, `according-to`, `pronoun`, `role`, `previous-quote`, … */
	attribution: z.string().optional(),
	/** One of the up-to-3 key quotes of the brief. */
	key: z.boolean(),
});

export const entitySchema = z.object({
	/** Stable within one brief: "e1", "e2", ... */
	id: z.string(),
	name: z.string(),
	type: z.enum(['person', 'organization']),
	aliases: z.array(z.string()),
	roles: z.array(z.string()),
	mentions: z.array(z.object({ ...offsetSpan, text: z.string() })),
});

/**
 * The Brief, schema version 1: everything `extract` prints, plus summary, quotes, entities and topics.
 * Offsets are UTF-16 code unit indices into `text`, end-exclusive.
 */
export const briefSchema = z.object({
	schemaVersion: z.literal(BRIEF_SCHEMA_VERSION),
	title: z.string(),
	url: z.string().nullable(),
	canonicalUrl: z.string().nullable(),
	originalSource: z.object({ name: z.string(), url: z.string().nullable() }).nullable(),
	republishedVia: z.array(z.string()).default([]),
	siteName: z.string().nullable().default(null),
	language: z.string(),
	publishedAt: z.string().nullable(),
	byline: z.string().nullable(),
	paragraphs: z.array(z.object({ text: z.string(), kind: z.enum(['heading', 'paragraph']) })),
	text: z.string(),
	removed: z.array(z.object({ text: z.string(), reason: z.enum(REMOVAL_REASONS) })),
	minhash: z.array(z.number()).default([]),
	summary: z.array(z.string()),
	quotes: z.array(quoteSchema),
	entities: z.array(entitySchema),
	topics: z.array(z.string()),
	/** Where the text came from: the article page, or the feed's own content when the page could not be had. */
	contentSource: z.enum(['page', 'feed', 'input']).optional(),
	/** Why the page was not used, when contentSource is `feed`. */
	contentNote: z.string().optional(),
});

export type Brief = z.infer<typeof briefSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = Entity['type'];
