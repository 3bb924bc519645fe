/**
 * Console mode says when a feed stops being polled: a disabled feed (or channel target) is printed once, with its
 * reason and what to do, at start and as soon as it happens, instead of leaving a reader wondering why nothing comes.
 */
import type { FeedStore } from '../store/types.js';

export interface DisabledFeedsReporter {
	/** Prints the feeds disabled since the last call (all of them on the first). Returns how many were printed. */
	report(): Promise<number>;
}

export function createDisabledFeedsReporter(deps: { feeds: Pick<FeedStore, 'listGuildFeeds'>; guildId: string; write: (text: string) => void }): DisabledFeedsReporter {
	const told = new Set<string>();
	return {
		async report() {
			let printed = 0;
			for (const feed of await deps.feeds.listGuildFeeds(deps.guildId)) {
				const reason = feed.disabledReason ?? feed.targets.find((t) => t.disabledReason !== null)?.disabledReason ?? null;
				if (reason === null) continue;
				const key = `${feed.id}\u0000${reason}`;
				if (told.has(key)) continue;
				told.add(key);
				deps.write(`! feed disabled, not polled: ${feed.title ?? feed.url} <${feed.url}>\n  why: ${reason}\n`);
				printed++;
			}
			return printed;
		},
	};
}
