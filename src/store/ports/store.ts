import type { ArticleStore } from './article-store.js';
import type { BoilerplateStore } from './boilerplate-store.js';
import type { DeliveryStore } from './delivery-store.js';
import type { FeedStore } from './feed-store.js';
import type { GuildSettingsStore } from './guild-settings-store.js';
import type { MentionStore } from './mention-store.js';
import type { SubscriptionStore } from './subscription-store.js';

/** Everything, for the composition root. */
export interface Store {
	feeds: FeedStore;
	articles: ArticleStore;
	mentions: MentionStore;
	subscriptions: SubscriptionStore;
	deliveries: DeliveryStore;
	boilerplate: BoilerplateStore;
	guildSettings: GuildSettingsStore;
	/** SQLite's integrity_check, or the Postgres equivalent: "ok" when healthy. */
	checkIntegrity(): Promise<string>;
	close(): Promise<void>;
}
