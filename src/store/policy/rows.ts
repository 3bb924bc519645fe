import type { Delivery, GuildSettings, Subscription, SubscriptionTopic } from '../types.js';

/** JSON columns: SQLite returns the text, Postgres (jsonb, arrays) the parsed value. */
function fromJson<T>(value: T | string): T {
	return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export interface DeliveryRow {
	id: number;
	article_id: number;
	guild_id: string;
	channel_id: string;
	target_id: number | null;
	kind: 'channel' | 'dm';
	user_id: string | null;
	mention_user_ids: string[] | string;
	nonce: string;
	status: Delivery['status'];
	attempts: number;
	next_attempt_at: number;
	last_error: string | null;
	message_id: string | null;
	created_at: number;
}

export function toDelivery(row: DeliveryRow): Delivery {
	return {
		id: row.id,
		articleId: row.article_id,
		guildId: row.guild_id,
		channelId: row.channel_id,
		targetId: row.target_id,
		kind: row.kind,
		userId: row.user_id,
		mentionUserIds: fromJson<string[]>(row.mention_user_ids),
		nonce: row.nonce,
		status: row.status,
		attempts: row.attempts,
		nextAttemptAt: row.next_attempt_at,
		lastError: row.last_error,
		messageId: row.message_id,
		createdAt: row.created_at,
	};
}

export interface SubscriptionRow {
	id: number;
	guild_id: string;
	user_id: string;
	topic: SubscriptionTopic | string;
	delivery: 'dm' | 'here';
	channel_id: string | null;
	paused: string | null;
	created_at: number;
}

export function toSubscription(row: SubscriptionRow): Subscription {
	return {
		id: row.id,
		guildId: row.guild_id,
		userId: row.user_id,
		topic: fromJson<SubscriptionTopic>(row.topic),
		delivery: row.delivery,
		channelId: row.channel_id,
		paused: row.paused,
		createdAt: row.created_at,
	};
}

export interface GuildSettingsRow {
	guild_id: string;
	language: string;
	summary: GuildSettings['summary'];
	updated_at: number;
}

export function toGuildSettings(row: GuildSettingsRow): GuildSettings {
	return { guildId: row.guild_id, language: row.language, summary: row.summary, updatedAt: row.updated_at };
}
