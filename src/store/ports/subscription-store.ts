export type SubscriptionTopic =
	| { kind: 'entity'; entityId: number; label: string }
	| { kind: 'keywords'; query: string; label: string };

export interface Subscription {
	id: number;
	guildId: string;
	userId: string;
	topic: SubscriptionTopic;
	delivery: 'dm' | 'here';
	/** The channel of `/subscribe ... here`, used for mention delivery. */
	channelId: string | null;
	paused: string | null;
	createdAt: number;
}

export interface SubscriptionStore {
	/**
	 * With `maxPerUser`, the count and the insert happen in one transaction, so concurrent calls cannot pass the cap:
	 * over it, LimitExceededError (shared/errors) and nothing is stored.
	 */
	add(input: Omit<Subscription, 'id' | 'createdAt' | 'paused'> & { now?: number; maxPerUser?: number }): Promise<Subscription>;
	remove(guildId: string, userId: string, subscriptionId: number): Promise<boolean>;
	listForUser(guildId: string, userId: string): Promise<Subscription[]>;
	/** Every active subscription, for rebuilding the in-memory reverse index. */
	listAll(): Promise<Subscription[]>;
	setPaused(subscriptionId: number, reason: string | null): Promise<void>;
	setDelivery(subscriptionId: number, delivery: 'dm' | 'here'): Promise<void>;
	/** Records one notification per (user, article); false when it was already recorded. */
	claimNotification(input: { guildId: string; userId: string; articleId: number; at: number }): Promise<boolean>;
	/** Notifications sent to the user since `since` (rate limit). */
	countNotificationsSince(guildId: string, userId: string, since: number): Promise<number>;
	/**
	 * Keeps a match that came beyond the user's rate limit for their next digest. Idempotent per
	 * (guild, user, article).
	 */
	addToDigest(input: { guildId: string; userId: string; articleId: number; subscriptionId: number; at: number }): Promise<void>;
	/**
	 * Removes and returns the pending digest items, grouped per (guild, user), articles oldest first.
	 * Only items collected at or before `until` are taken.
	 */
	takeDigests(until: number): Promise<Array<{ guildId: string; userId: string; articleIds: number[] }>>;
}
