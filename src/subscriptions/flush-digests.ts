/**
 * Sends the digests collected while users were over their hourly limit: one DM per (guild, user) listing the
 * briefs, oldest first. The sending itself is a port, so this stays free of Discord.
 */
import type { ArticleStore, DeliveryStore, SubscriptionStore } from '../store/types.js';
import { handleDmClosed } from './handle-dm-closed.js';

export interface DigestEntry {
	articleId: number;
	title: string;
	url: string | null;
}

export interface DigestMessage {
	guildId: string;
	userId: string;
	entries: DigestEntry[];
}

export type SendDigest = (message: DigestMessage) => Promise<{ status: 'sent' } | { status: 'dm-closed' }>;

export interface FlushDigestsInput {
	subscriptions: SubscriptionStore;
	articles: ArticleStore;
	deliveries: DeliveryStore;
	send: SendDigest;
	now: number;
}

/** Sends every pending digest; returns how many DMs went out and how many users had DMs closed. */
export async function flushDigests(input: FlushDigestsInput): Promise<{ sent: number; dmClosed: number }> {
	const { subscriptions, articles } = input;
	const digests = await subscriptions.takeDigests(input.now);
	let sent = 0;
	let dmClosed = 0;
	for (const digest of digests) {
		const entries: DigestEntry[] = [];
		for (const articleId of digest.articleIds) {
			const article = await articles.getArticle(articleId);
			if (article) entries.push({ articleId, title: article.title, url: article.canonicalUrl ?? article.url });
		}
		if (entries.length === 0) continue;
		const outcome = await input.send({ guildId: digest.guildId, userId: digest.userId, entries });
		if (outcome.status === 'sent') {
			sent++;
			continue;
		}
		dmClosed++;
		const last = entries[entries.length - 1];
		if (last) {
			await handleDmClosed({
				delivery: { guildId: digest.guildId, userId: digest.userId, articleId: last.articleId },
				subscriptions,
				deliveries: input.deliveries,
				now: input.now,
			});
		}
	}
	return { sent, dmClosed };
}
