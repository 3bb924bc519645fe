import type { EntityType } from '../../briefs/types.js';

export interface QuoteHit {
	quoteId: number;
	text: string;
	speaker: string | null;
	speakerEntityId: number | null;
	articleId: number;
	articleTitle: string;
	articleUrl: string | null;
	publishedAt: number | null;
	createdAt: number;
}

export interface EntitySummary {
	id: number;
	name: string;
	type: EntityType;
	aliases: string[];
	mentionCount: number;
}

export interface EntityCard extends EntitySummary {
	/** Every mention in the guild's articles (a name said five times in one article counts five); `mentionCount` counts articles. */
	mentionTotal: number;
	roles: Array<{ role: string; articleId: number; articleTitle: string; articleUrl: string | null }>;
	firstSeen: number;
	lastSeen: number;
	latestArticles: Array<{ articleId: number; title: string; url: string | null; publishedAt: number | null }>;
	topQuotes: QuoteHit[];
	related: Array<{ id: number; name: string; type: EntityType; count: number }>;
}

export interface QuoteQuery {
	guildId: string;
	speakerEntityId?: number;
	/** Free text; always treated as plain search terms, never as FTS syntax. */
	about?: string;
	since?: number;
	limit: number;
	offset?: number;
}

/** What /who and /quote read. Every query is scoped to what the guild's feeds delivered. */
export interface MentionStore {
	searchQuotes(query: QuoteQuery): Promise<{ hits: QuoteHit[]; total: number }>;
	/** Prefix search over names and aliases, accent- and case-insensitive. */
	autocompleteEntities(guildId: string, prefix: string, limit: number): Promise<EntitySummary[]>;
	/** Exact match on name or alias (normalised), else null. */
	findEntity(guildId: string, name: string): Promise<EntitySummary | null>;
	/** The closest names to an unknown one. */
	closestEntities(guildId: string, name: string, limit: number): Promise<EntitySummary[]>;
	entityCard(guildId: string, entityId: number): Promise<EntityCard | null>;
	/**
	 * The summary of one entity the guild has seen, else null: what an autocomplete pick (`e:<id>`) resolves to.
	 */
	getEntity(guildId: string, entityId: number): Promise<EntitySummary | null>;
}
