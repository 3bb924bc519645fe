export interface Delivery {
	id: number;
	articleId: number;
	guildId: string;
	channelId: string;
	targetId: number | null;
	/** DM deliveries carry the user; channel posts may carry users to mention. */
	kind: 'channel' | 'dm';
	userId: string | null;
	mentionUserIds: string[];
	/** Sent as the message nonce with enforce_nonce, so a resend after a crash is not a second message. */
	nonce: string;
	status: 'pending' | 'sent' | 'failed';
	attempts: number;
	nextAttemptAt: number;
	lastError: string | null;
	messageId: string | null;
	createdAt: number;
}

export interface DeliveryStore {
	/** Pending deliveries whose nextAttemptAt <= now, in creation order (which is order per channel). */
	pending(now: number, limit: number): Promise<Delivery[]>;
	enqueue(input: {
		articleId: number;
		guildId: string;
		channelId: string;
		targetId?: number | null;
		kind: 'channel' | 'dm';
		userId?: string | null;
		mentionUserIds?: string[];
		now?: number;
	}): Promise<Delivery>;
	addMentions(deliveryId: number, userIds: string[]): Promise<void>;
	/** Every delivery of an article, in creation order (subscription planning reads the channel posts). */
	listForArticle(articleId: number): Promise<Delivery[]>;
	markSent(deliveryId: number, messageId: string, at: number): Promise<void>;
	markRetry(deliveryId: number, error: string, nextAttemptAt: number): Promise<void>;
	markFailed(deliveryId: number, error: string): Promise<void>;
	countPending(): Promise<number>;
}
