/**
 * One scheduler tick: poll every due feed, a few at a time. One bad feed never stops the others.
 */
import { describeError } from '../shared/errors.js';
import type { PipelineDeps } from './ports.js';
import { pollFeed, type PollOutcome } from './poll-feed.js';

const DEFAULT_FEED_CONCURRENCY = 16;
const MAX_FEEDS_PER_CYCLE = 50_000;

export interface CycleReport {
	polled: number;
	unchanged: number;
	failed: number;
	newItems: number;
	stored: number;
	duplicates: number;
	durationMs: number;
}

export interface CycleOptions {
	shouldStop?: () => boolean;
	/** Progress for long cycles: called with the number of due feeds, then once per feed polled. */
	onStart?: (dueFeeds: number) => void;
	onFeedDone?: () => void;
}

export async function runPollCycle(deps: PipelineDeps, options: CycleOptions = {}): Promise<CycleReport> {
	const started = deps.now();
	const due = await deps.store.feeds.dueFeeds(started, MAX_FEEDS_PER_CYCLE);
	options.onStart?.(due.length);
	const report: CycleReport = { polled: 0, unchanged: 0, failed: 0, newItems: 0, stored: 0, duplicates: 0, durationMs: 0 };
	let next = 0;
	const worker = async () => {
		while (next < due.length && !options.shouldStop?.()) {
			const feed = due[next++]!;
			let outcome: PollOutcome;
			try {
				outcome = await pollFeed(feed, deps);
			} catch (error) {
				deps.logger.error({ feed: feed.url, err: describeError(error) }, 'feed poll crashed');
				outcome = { status: 'failed', error: describeError(error), disabled: false };
			}
			tally(report, outcome);
			options.onFeedDone?.();
		}
	};
	const concurrency = Math.max(1, Math.min(deps.feedConcurrency ?? DEFAULT_FEED_CONCURRENCY, due.length));
	await Promise.all(Array.from({ length: concurrency }, worker));
	report.durationMs = deps.now() - started;
	return report;
}

function tally(report: CycleReport, outcome: PollOutcome): void {
	report.polled++;
	if (outcome.status === 'unchanged') report.unchanged++;
	else if (outcome.status === 'failed') report.failed++;
	else {
		report.newItems += outcome.newItems;
		report.stored += outcome.stored;
		report.duplicates += outcome.duplicates;
	}
}
