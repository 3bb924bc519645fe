/**
 * After a new brief is stored: match it against the in-memory index of subscriptions, per guild that received
 * it, and plan the DMs, mentions and digests. The index is rebuilt from the store when subscriptions change.
 */
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { DeliveryStore, SubscriptionStore } from '../store/types.js';
import { planNotifications } from '../subscriptions/plan-notifications.js';
import { createSubscriptionMatcher, type SubscriptionMatcher } from '../subscriptions/subscription-matcher.js';
import type { OnIngested } from './ports.js';

export interface SubscriberNotifier {
	onIngested: OnIngested;
	rebuild(): Promise<void>;
	readonly size: number;
}

export function createSubscriberNotifier(deps: {
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	logger: Logger;
	now: () => number;
	ratePerHour: number;
}): SubscriberNotifier {
	let matcher: SubscriptionMatcher = createSubscriptionMatcher([]);
	return {
		get size() {
			return matcher.size;
		},
		async rebuild() {
			matcher = createSubscriptionMatcher(await deps.subscriptions.listAll());
		},
		async onIngested({ brief, result, targets }) {
			if (matcher.size === 0) return;
			const guilds = [...new Set(targets.map((t) => t.guildId))];
			const deliveries = await deps.deliveries.listForArticle(result.articleId);
			for (const guildId of guilds) {
				const matches = matcher.match(brief, { guildId });
				if (matches.length === 0) continue;
				try {
					await planNotifications({
						brief,
						articleId: result.articleId,
						guildId,
						channelDeliveries: deliveries.filter((d) => d.guildId === guildId && d.kind === 'channel'),
						matches,
						subscriptions: deps.subscriptions,
						deliveries: deps.deliveries,
						now: deps.now(),
						ratePerHour: deps.ratePerHour,
					});
				} catch (error) {
					deps.logger.error({ guildId, article: result.articleId, err: describeError(error) }, 'subscription notifications failed');
				}
			}
		},
	};
}
